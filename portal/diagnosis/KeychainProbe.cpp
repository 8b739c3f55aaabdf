#include "KeychainProbe.h"

#include "CredentialStore.h"
#include "ErrorCodes.h"

#include <QElapsedTimer>
#include <QPromise>
#include <QTimer>

namespace guichet {

using diagnosis::Check;
using diagnosis::CheckState;
using diagnosis::Layer;

KeychainProbe::KeychainProbe(int timeoutMs, QObject* parent)
    : QObject(parent), m_timeoutMs(timeoutMs), m_store(new CredentialStore({}, this)),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
}

KeychainProbe::~KeychainProbe() = default;

void KeychainProbe::start()
{
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    connect(m_timer, &QTimer::timeout, this, [this, started] {
        Check check;
        check.layer = Layer::Keychain;
        check.state = CheckState::Failed;
        check.code = QLatin1String(ErrorCode::KeychainUnavailable);
        check.add(QStringLiteral("detail"), QStringLiteral("no answer within %1 ms (no session "
                                                           "bus, or a locked keyring waiting)")
                                                .arg(m_timeoutMs));
        check.durationMs = started->elapsed();
        finish(check);
    });
    m_timer->start(m_timeoutMs);
    m_store->load(QStringLiteral("diagnosis-probe"), [this, started](Result<QByteArray> read) {
        Check check;
        check.layer = Layer::Keychain;
        check.durationMs = started->elapsed();
        if (read || read.error().code() == QLatin1String(ErrorCode::CredentialMissing)) {
            check.state = CheckState::Ok;
            check.add(QStringLiteral("answer"), QStringLiteral("reachable"));
        } else {
            check.state = CheckState::Failed;
            check.code = read.error().code();
            check.add(QStringLiteral("detail"), read.error().detail());
        }
        finish(check);
    });
}

void KeychainProbe::finish(Check check)
{
    if (m_done)
        return;
    m_done = true;
    m_timer->stop();
    Q_EMIT finished(check);
}

diagnosis::Probe keychainProbe(int timeoutMs)
{
    diagnosis::Probe probe;
    probe.layers = {Layer::Keychain};
    probe.start = [timeoutMs]() {
        auto promise = std::make_shared<QPromise<QList<Check>>>();
        promise->start();
        auto* ask = new KeychainProbe(timeoutMs);
        QObject::connect(ask, &KeychainProbe::finished, ask, [ask, promise](const Check& check) {
            promise->addResult(QList<Check>{check});
            promise->finish();
            ask->deleteLater();
        });
        ask->start();
        return promise->future();
    };
    return probe;
}

} // namespace guichet
