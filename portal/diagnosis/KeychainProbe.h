#pragma once

#include "Diagnosis.h"
#include "DiagnosisRunner.h"

#include <QObject>

class QTimer;

namespace guichet {

class CredentialStore;

// Asks the system keychain for an entry that does not exist: "not found" proves the
// keychain answers without reading or writing any secret. A keychain that does not
// answer in time (no D-Bus, a locked keyring waiting for its password) is reported
// as such rather than waited for.
class KeychainProbe : public QObject
{
    Q_OBJECT

public:
    explicit KeychainProbe(int timeoutMs = 3000, QObject* parent = nullptr);
    ~KeychainProbe() override;

    void start();

Q_SIGNALS:
    void finished(const guichet::diagnosis::Check& check);

private:
    void finish(diagnosis::Check check);

    int m_timeoutMs;
    CredentialStore* m_store = nullptr;
    QTimer* m_timer = nullptr;
    bool m_done = false;
};

// The keychain layer as a probe of the diagnosis (same thread as the caller).
[[nodiscard]] diagnosis::Probe keychainProbe(int timeoutMs = 3000);

} // namespace guichet
