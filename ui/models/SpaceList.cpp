#include "SpaceList.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace guichet {
namespace {

const QString LastSpaceKey = QStringLiteral("spaces/last");

// QSettings keys must not contain '/' of their own: space ids never do (sp-...).
QString certificateKey(const QString& spaceId)
{
    return QStringLiteral("signatureCertificates/") + spaceId;
}

} // namespace

std::optional<SpaceInfo> SpaceInfo::fromJson(const QJsonObject& space)
{
    SpaceInfo info;
    info.id = space.value(QStringLiteral("id")).toString();
    if (info.id.isEmpty())
        return std::nullopt;
    info.professional = space.value(QStringLiteral("kind")).toString() == u"professional";
    info.displayName = space.value(QStringLiteral("displayName")).toString();
    const QString role = space.value(QStringLiteral("role")).toString();
    info.role = role == u"administrator" ? SpaceRole::Administrator
                : role == u"manager"     ? SpaceRole::Manager
                                         : SpaceRole::Viewer;
    const QJsonObject company = space.value(QStringLiteral("company")).toObject();
    info.companyName = company.value(QStringLiteral("name")).toString();
    info.rcsNumber = company.value(QStringLiteral("rcsNumber")).toString();
    info.vatNumber = company.value(QStringLiteral("vatNumber")).toString();
    if (info.displayName.isEmpty())
        info.displayName = info.companyName.isEmpty() ? info.id : info.companyName;
    return info;
}

QString SpaceInfo::shownName() const
{
    if (!professional && role == SpaceRole::Administrator)
        return QCoreApplication::translate("SpaceList", "My private space");
    return displayName;
}

void SpaceList::setSpaces(const QList<SpaceInfo>& spaces, const QString& memoryFile)
{
    m_spaces = spaces;
    m_memoryFile = memoryFile;
    const QString last = remembered(LastSpaceKey);
    const bool known = std::any_of(m_spaces.cbegin(), m_spaces.cend(),
                                   [&](const SpaceInfo& space) { return space.id == last; });
    m_currentId = known ? last : (m_spaces.isEmpty() ? QString() : m_spaces.first().id);
    Q_EMIT spacesChanged();
    Q_EMIT currentChanged(m_currentId);
}

void SpaceList::clear()
{
    if (m_spaces.isEmpty() && m_currentId.isEmpty())
        return;
    m_spaces.clear();
    m_memoryFile.clear();
    m_currentId.clear();
    Q_EMIT spacesChanged();
    Q_EMIT currentChanged({});
}

std::optional<SpaceInfo> SpaceList::current() const
{
    for (const SpaceInfo& space : m_spaces)
        if (space.id == m_currentId)
            return space;
    return std::nullopt;
}

bool SpaceList::choose(const QString& spaceId)
{
    const bool known = std::any_of(m_spaces.cbegin(), m_spaces.cend(),
                                   [&](const SpaceInfo& space) { return space.id == spaceId; });
    if (!known)
        return false;
    remember(LastSpaceKey, spaceId);
    if (spaceId == m_currentId)
        return true;
    m_currentId = spaceId;
    Q_EMIT currentChanged(spaceId);
    return true;
}

QString SpaceList::rememberedCertificate(const QString& spaceId) const
{
    return spaceId.isEmpty() ? QString() : remembered(certificateKey(spaceId));
}

void SpaceList::rememberCertificate(const QString& spaceId, const QString& sha256Hex)
{
    if (!spaceId.isEmpty())
        remember(certificateKey(spaceId), sha256Hex);
}

QString SpaceList::remembered(const QString& key) const
{
    if (m_memoryFile.isEmpty())
        return {};
    return QSettings(m_memoryFile, QSettings::IniFormat).value(key).toString();
}

void SpaceList::remember(const QString& key, const QString& value)
{
    if (m_memoryFile.isEmpty())
        return;
    QSettings memory(m_memoryFile, QSettings::IniFormat);
    memory.setValue(key, value);
    memory.sync(); // a choice made just before the app is closed is kept too
}

} // namespace guichet
