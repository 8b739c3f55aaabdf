#pragma once

#include "Error.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace guichet {

class CredentialStore;
class Settings;

// The part of Settings that says which portal to use and how to reach it: its
// address, an extra certificate file, the key pins an administrator set, and the
// proxy (system, manual with user and password, or none). Values are checked before
// they are kept (a wrong address or unreadable file is refused with its code) and
// apply from the next start; the proxy password goes to the keychain, never to the
// settings file. Values an administrator locked are shown but cannot be changed.
class PortalSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PortalSettingsPanel(Settings* settings, QWidget* parent = nullptr);
    ~PortalSettingsPanel() override;

Q_SIGNALS:
    void errorOccurred(const guichet::Error& error);
    void saved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void load();
    void applyLocks();
    void save();
    void updateProxyFields();

    Settings* m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    QLabel* m_heading = nullptr;
    QLabel* m_urlLabel = nullptr;
    QLineEdit* m_url = nullptr;
    QLabel* m_caLabel = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLabel* m_pins = nullptr;
    QLabel* m_proxyLabel = nullptr;
    QComboBox* m_proxyMode = nullptr;
    QLabel* m_hostLabel = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLabel* m_userLabel = nullptr;
    QLineEdit* m_user = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace guichet
