#include "CredentialStore.h"

#include "ErrorCodes.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include <atomic>

namespace guichet {
namespace {

Error keychainError(const QKeychain::Job& job, const QString& what)
{
    const QString detail =
        QStringLiteral("%1: %2 (%3)").arg(what, job.errorString()).arg(job.error());
    return Error(job.error() == QKeychain::EntryNotFound ? ErrorCode::CredentialMissing
                                                         : ErrorCode::KeychainUnavailable,
                 detail);
}

std::atomic<bool> simulatedAway{false};

} // namespace

void CredentialStore::simulateNoKeychain(bool unavailable)
{
    simulatedAway = unavailable;
}

bool CredentialStore::failIfSimulatedAway(const QString& what,
                                          const std::function<void(Error)>& fail)
{
    if (!simulatedAway)
        return false;
    const Error error(ErrorCode::KeychainUnavailable,
                      QStringLiteral("%1: No keychain service available (%2)")
                          .arg(what)
                          .arg(int(QKeychain::NoBackendAvailable)));
    QTimer::singleShot(0, this, [fail, error] { fail(error); });
    return true;
}

// Jobs have no parent and delete themselves once finished (QKeychain's autoDelete):
// the libsecret backend calls back into its job when the Secret Service answers, so a
// job deleted with its store before that would be used after it was freed. The
// answer still goes nowhere once the store is gone, through the connection's context.
CredentialStore::CredentialStore(QString service, QObject* parent)
    : QObject(parent), m_service(std::move(service))
{}

void CredentialStore::store(const QString& account, const QByteArray& secret,
                            std::function<void(Status)> done)
{
    if (failIfSimulatedAway(QStringLiteral("write"), [done](const Error& e) { done(e); }))
        return;
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(account);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* j) {
        done(j->error() == QKeychain::NoError ? Status()
                                              : Status(keychainError(*j, QStringLiteral("write"))));
    });
    job->start();
}

void CredentialStore::load(const QString& account, std::function<void(Result<QByteArray>)> done)
{
    if (failIfSimulatedAway(QStringLiteral("read"), [done](const Error& e) { done(e); }))
        return;
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError) {
            done(keychainError(*j, QStringLiteral("read")));
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob*>(j)->binaryData());
    });
    job->start();
}

void CredentialStore::remove(const QString& account, std::function<void(Status)> done)
{
    if (failIfSimulatedAway(QStringLiteral("delete"), [done](const Error& e) { done(e); }))
        return;
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* j) {
        // Already gone is as good as deleted.
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok ? Status() : Status(keychainError(*j, QStringLiteral("delete"))));
    });
    job->start();
}

} // namespace guichet
