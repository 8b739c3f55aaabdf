#include "NotificationLedger.h"

#include <QSettings>

namespace guichet::notify {
namespace {

// One group per space; the space id is a portal id, so it is kept as a value and the
// group is numbered (QSettings would otherwise read '/' in an id as a subgroup).
constexpr char SpacesArray[] = "spaces";
constexpr char CertificatesKey[] = "certificates/told";

QStringList sorted(const QSet<QString>& set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

QSet<QString> setOf(const QVariant& value)
{
    const QStringList list = value.toStringList();
    return {list.begin(), list.end()};
}

} // namespace

NotificationLedger::NotificationLedger(QString file) : m_file(std::move(file))
{
    load();
}

ToldState& NotificationLedger::space(const QString& spaceId)
{
    return m_spaces[spaceId];
}

void NotificationLedger::load()
{
    if (m_file.isEmpty())
        return;
    QSettings ini(m_file, QSettings::IniFormat);
    m_certificates = setOf(ini.value(QLatin1String(CertificatesKey)));
    const int count = ini.beginReadArray(QLatin1String(SpacesArray));
    for (int i = 0; i < count; ++i) {
        ini.setArrayIndex(i);
        ToldState state;
        state.baseline = true;
        const QStringList dossiers = ini.value(QStringLiteral("dossiers")).toStringList();
        // id and status alternate: both are portal tokens without '|' guarantees, so a
        // list keeps them apart whatever they contain.
        for (qsizetype d = 0; d + 1 < dossiers.size(); d += 2)
            state.dossierStatus.insert(dossiers.at(d), dossiers.at(d + 1));
        state.messages = setOf(ini.value(QStringLiteral("messages")));
        state.accessesUpTo = ini.value(QStringLiteral("accessesUpTo")).toLongLong();
        state.accessesAtUpTo = setOf(ini.value(QStringLiteral("accessesAtUpTo")));
        for (const QString& id : ini.value(QStringLiteral("refused")).toStringList())
            state.refusedRequests.insert(id.toLongLong());
        for (const QString& id : ini.value(QStringLiteral("late")).toStringList())
            state.lateRequests.insert(id.toLongLong());
        m_spaces.insert(ini.value(QStringLiteral("id")).toString(), state);
    }
    ini.endArray();
}

void NotificationLedger::save() const
{
    if (m_file.isEmpty())
        return;
    QSettings ini(m_file, QSettings::IniFormat);
    ini.clear();
    ini.setValue(QLatin1String(CertificatesKey), sorted(m_certificates));
    ini.beginWriteArray(QLatin1String(SpacesArray));
    int index = 0;
    for (auto it = m_spaces.constBegin(); it != m_spaces.constEnd(); ++it) {
        if (!it->baseline)
            continue;
        ini.setArrayIndex(index++);
        ini.setValue(QStringLiteral("id"), it.key());
        QStringList dossiers;
        QStringList ids(it->dossierStatus.keyBegin(), it->dossierStatus.keyEnd());
        ids.sort();
        for (const QString& id : ids)
            dossiers << id << it->dossierStatus.value(id);
        ini.setValue(QStringLiteral("dossiers"), dossiers);
        ini.setValue(QStringLiteral("messages"), sorted(it->messages));
        ini.setValue(QStringLiteral("accessesUpTo"), it->accessesUpTo);
        ini.setValue(QStringLiteral("accessesAtUpTo"), sorted(it->accessesAtUpTo));
        QStringList refused;
        for (const qint64 id : it->refusedRequests)
            refused.append(QString::number(id));
        ini.setValue(QStringLiteral("refused"), refused);
        QStringList late;
        for (const qint64 id : it->lateRequests)
            late.append(QString::number(id));
        ini.setValue(QStringLiteral("late"), late);
    }
    ini.endArray();
    ini.sync();
}

} // namespace guichet::notify
