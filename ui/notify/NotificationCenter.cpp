#include "NotificationCenter.h"

#include "CardService.h"
#include "CertificateParser.h"
#include "DesktopNotifier.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "SpaceSnapshotReader.h"
#include "SpaceSource.h"
#include "UiLogging.h"
#include "home/AttentionItems.h"

#include <QGuiApplication>

namespace guichet::notify {

NotificationCenter::NotificationCenter(Settings& settings, DesktopNotifier* notifier,
                                       QObject* parent)
    : QObject(parent), m_settings(settings), m_notifier(notifier)
{
    if (m_notifier)
        connect(m_notifier, &DesktopNotifier::activated, this, &NotificationCenter::onActivated);
}

NotificationCenter::~NotificationCenter() = default;

bool NotificationCenter::isAvailable() const
{
    return m_notifier && m_notifier->isAvailable();
}

QString NotificationCenter::describe() const
{
    return m_notifier ? m_notifier->describe() : QStringLiteral("no notification service");
}

bool NotificationCenter::wanted(NewsKind kind) const
{
    switch (kind) {
    case NewsKind::DossierStatus:
        return m_settings.value(SettingKeys::NotifyDossiers);
    case NewsKind::Message:
        return m_settings.value(SettingKeys::NotifyMessages);
    case NewsKind::Access:
        return m_settings.value(SettingKeys::NotifyAccesses);
    case NewsKind::RequestRefused:
    case NewsKind::RequestLate:
        return m_settings.value(SettingKeys::NotifyRequests);
    case NewsKind::CertificateExpiring:
        return m_settings.value(SettingKeys::NotifyCertificates);
    case NewsKind::SessionEnded:
        return true; // without it, a background application would silently stop syncing
    }
    return true;
}

bool NotificationCenter::windowInFront() const
{
    return QGuiApplication::applicationState() == Qt::ApplicationActive;
}

void NotificationCenter::spacesSynced(const QString& ledgerFile, const QList<SyncedSpace>& spaces)
{
    if (!m_ledger || m_ledger->file() != ledgerFile)
        m_ledger = std::make_unique<NotificationLedger>(ledgerFile);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<News> news;
    for (const SyncedSpace& space : spaces) {
        if (!space.source)
            continue;
        ToldState& told = m_ledger->space(space.source->spaceId());
        const Result<SpaceSnapshot> snapshot =
            readSpaceSnapshot(*space.source, space.name, told.accessesUpTo);
        if (!snapshot) {
            // Nothing is recorded as told: it is compared again after the next sync.
            qCWarning(lcUi) << "notifications: space not read:" << snapshot.error().code();
            continue;
        }
        news.append(findNews(snapshot.value(), told, now));
    }
    m_ledger->save();
    tell(news);
}

void NotificationCenter::certificatesPresent(const QList<CertificateFact>& certificates)
{
    QSet<QString>& told = m_ledger ? m_ledger->certificates() : m_certificatesTold;
    const QList<News> news = findCertificateNews(
        certificates, told, QDateTime::currentDateTimeUtc(), CertificateWarningDays);
    if (m_ledger && !news.isEmpty())
        m_ledger->save();
    tell(news);
}

void NotificationCenter::tokensPresent(const QList<TokenStatus>& tokens)
{
    QList<CertificateFact> certificates;
    for (const TokenStatus& token : tokens)
        for (const TokenCertificate& certificate : token.certificates)
            if (const Result<CertificateInfo> info = parseCertificate(certificate.der))
                certificates.append({info.value().holderName, info.value().notAfter});
    certificatesPresent(certificates);
}

void NotificationCenter::sessionEnded()
{
    News news;
    news.kind = NewsKind::SessionEnded;
    news.count = 1;
    news.pageId = QStringLiteral("signin");
    tell({news});
}

void NotificationCenter::signedOut()
{
    m_ledger.reset();
}

void NotificationCenter::tell(const QList<News>& news)
{
    if (news.isEmpty())
        return;
    const bool quiet = windowInFront();
    const Detail detail =
        m_settings.value(SettingKeys::NotifyDetails) ? Detail::Detailed : Detail::Private;
    for (const News& item : news) {
        if (!wanted(item.kind))
            continue;
        const DesktopNotification notification = notificationFor(item, detail);
        m_places.insert(notification.key, {item.spaceId, item.pageId, item.itemId});
        if (quiet || !isAvailable())
            continue;
        qCInfo(lcUi) << "notification:" << int(item.kind) << "count" << item.count;
        m_notifier->show(notification);
        Q_EMIT shown(notification);
    }
}

void NotificationCenter::onActivated(const QString& key)
{
    const auto place = m_places.constFind(key);
    if (place != m_places.constEnd())
        Q_EMIT openRequested(place->spaceId, place->pageId, place->itemId);
}

} // namespace guichet::notify
