#include "CredentialStore.h"

#include "ErrorCodes.h"

#include <qt6keychain/keychain.h>

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

} // namespace

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
