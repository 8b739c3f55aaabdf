#include "PortalSettingsPanel.h"

#include "CredentialStore.h"
#include "PageLayout.h"
#include "PortalEndpoint.h"
#include "SettingKeys.h"
#include "Settings.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace guichet {
PortalSettingsPanel::PortalSettingsPanel(Settings* settings, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_credentials(std::make_unique<CredentialStore>())
{
    setObjectName(QStringLiteral("portalSettings"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = PageLayout::subheading(this);

    const auto field = [this](QLabel*& label, QLineEdit*& edit, const char* name) {
        label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        label->setBuddy(edit);
    };
    field(m_urlLabel, m_url, "portalUrl");
    m_url->setPlaceholderText(QStringLiteral("https://"));
    field(m_caLabel, m_caFile, "portalCaFile");
    m_pins = PageLayout::paragraph(this);
    m_pins->setObjectName(QStringLiteral("portalPins"));
    m_proxyLabel = new QLabel(this);
    m_proxyLabel->setTextFormat(Qt::PlainText);
    m_proxyMode = new QComboBox(this);
    m_proxyMode->setObjectName(QStringLiteral("proxyMode"));
    m_proxyLabel->setBuddy(m_proxyMode);
    field(m_hostLabel, m_host, "proxyHost");
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("proxyPort"));
    m_port->setRange(1, 65535);
    field(m_userLabel, m_user, "proxyUser");
    field(m_passwordLabel, m_password, "proxyPassword");
    m_password->setEchoMode(QLineEdit::Password);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("savePortalSettings"));
    m_note = PageLayout::paragraph(this);
    m_note->setObjectName(QStringLiteral("portalSettingsNote"));

    auto* hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(m_port);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    int row = 0;
    grid->addWidget(m_urlLabel, row, 0);
    grid->addWidget(m_url, row++, 1);
    grid->addWidget(m_caLabel, row, 0);
    grid->addWidget(m_caFile, row++, 1);
    grid->addWidget(m_pins, row++, 1);
    grid->addWidget(m_proxyLabel, row, 0);
    grid->addWidget(m_proxyMode, row++, 1);
    grid->addWidget(m_hostLabel, row, 0);
    grid->addLayout(hostRow, row++, 1);
    grid->addWidget(m_userLabel, row, 0);
    grid->addWidget(m_user, row++, 1);
    grid->addWidget(m_passwordLabel, row, 0);
    grid->addWidget(m_password, row++, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch(1);

    layout->addWidget(m_heading);
    layout->addLayout(grid);
    layout->addLayout(buttons);
    layout->addWidget(m_note);

    connect(m_proxyMode, &QComboBox::currentIndexChanged, this,
            &PortalSettingsPanel::updateProxyFields);
    connect(m_save, &QPushButton::clicked, this, &PortalSettingsPanel::save);
    retranslate();
    load();
}

PortalSettingsPanel::~PortalSettingsPanel() = default;

void PortalSettingsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PortalSettingsPanel::retranslate()
{
    m_heading->setText(tr("Portal and network"));
    m_urlLabel->setText(tr("Portal &address:"));
    m_caLabel->setText(tr("Extra &certificate file:"));
    m_caFile->setPlaceholderText(tr("none (the system's certificates only)"));
    m_proxyLabel->setText(tr("Pro&xy:"));
    m_hostLabel->setText(tr("Proxy &host and port:"));
    m_userLabel->setText(tr("Proxy &user:"));
    m_passwordLabel->setText(tr("Proxy pass&word:"));
    m_password->setPlaceholderText(tr("kept in the system keychain"));
    m_port->setAccessibleName(tr("Proxy port"));
    m_save->setText(tr("&Save portal settings"));
    const int mode = m_proxyMode->currentIndex();
    m_proxyMode->clear();
    m_proxyMode->addItem(tr("The system's proxy settings"), QStringLiteral("system"));
    m_proxyMode->addItem(tr("This proxy:"), QStringLiteral("manual"));
    m_proxyMode->addItem(tr("No proxy"), QStringLiteral("none"));
    m_proxyMode->setCurrentIndex(qMax(0, mode));
    const int pins = m_settings ? int(m_settings->value(SettingKeys::PortalPinnedKeys).size()) : 0;
    m_pins->setText(pins == 0 ? tr("The portal's certificate is checked against the trusted "
                                   "certificate authorities.")
                              : tr("The portal's certificate must also carry one of the %n "
                                   "key(s) your administrator pinned.",
                                   nullptr, pins));
    m_note->setText(tr("Changes apply the next time you start the application."));
    applyLocks();
}

void PortalSettingsPanel::load()
{
    if (!m_settings)
        return;
    m_url->setText(m_settings->value(SettingKeys::PortalUrl));
    m_caFile->setText(QDir::toNativeSeparators(m_settings->value(SettingKeys::PortalCaFile)));
    m_proxyMode->setCurrentIndex(
        qMax(0, m_proxyMode->findData(m_settings->value(SettingKeys::ProxyMode))));
    m_host->setText(m_settings->value(SettingKeys::ProxyHost));
    m_port->setValue(m_settings->value(SettingKeys::ProxyPort));
    m_user->setText(m_settings->value(SettingKeys::ProxyUser));
    updateProxyFields();
    applyLocks();
}

void PortalSettingsPanel::applyLocks()
{
    const auto locked = [this](const SettingDefinition& setting) {
        return !m_settings || m_settings->isLocked(setting);
    };
    m_url->setEnabled(!locked(SettingKeys::PortalUrl));
    m_caFile->setEnabled(!locked(SettingKeys::PortalCaFile));
    m_proxyMode->setEnabled(!locked(SettingKeys::ProxyMode));
    m_host->setEnabled(!locked(SettingKeys::ProxyHost) && m_host->isEnabled());
    const bool anyLocked = locked(SettingKeys::PortalUrl) || locked(SettingKeys::PortalCaFile) ||
                           locked(SettingKeys::ProxyMode);
    m_note->setText(anyLocked ? tr("Some of these values are managed by your administrator. "
                                   "Changes apply the next time you start the application.")
                              : tr("Changes apply the next time you start the application."));
}

void PortalSettingsPanel::updateProxyFields()
{
    const bool manual = m_proxyMode->currentData().toString() == QLatin1String("manual");
    const bool hostLocked = !m_settings || m_settings->isLocked(SettingKeys::ProxyHost);
    m_host->setEnabled(manual && !hostLocked);
    m_port->setEnabled(manual && !(m_settings && m_settings->isLocked(SettingKeys::ProxyPort)));
    m_user->setEnabled(manual && !(m_settings && m_settings->isLocked(SettingKeys::ProxyUser)));
    m_password->setEnabled(manual);
}

void PortalSettingsPanel::save()
{
    if (!m_settings)
        return;
    // Checked first: a wrong value is refused with its code and nothing is kept.
    const QString url = m_url->text().trimmed();
    if (!url.isEmpty()) {
        const Result<QUrl> checked =
            net::checkPortalUrl(url, m_settings->value(SettingKeys::PortalAllowPlainLoopback));
        if (!checked) {
            Q_EMIT errorOccurred(checked.error());
            return;
        }
    }
    const QString caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    if (!caFile.isEmpty()) {
        if (const auto anchors = net::readTrustAnchors(caFile); !anchors) {
            Q_EMIT errorOccurred(anchors.error());
            return;
        }
    }
    const QList<std::pair<const SettingDefinition*, QVariant>> values{
        {&SettingKeys::PortalUrl, url},
        {&SettingKeys::PortalCaFile, caFile},
        {&SettingKeys::ProxyMode, m_proxyMode->currentData()},
        {&SettingKeys::ProxyHost, m_host->text().trimmed()},
        {&SettingKeys::ProxyPort, m_port->value()},
        {&SettingKeys::ProxyUser, m_user->text().trimmed()}};
    for (const auto& [setting, value] : values) {
        if (m_settings->isLocked(*setting))
            continue;
        if (Status kept = m_settings->setValue(*setting, value); !kept) {
            Q_EMIT errorOccurred(kept.error());
            return;
        }
    }
    if (!m_password->text().isEmpty()) {
        QByteArray secret = m_password->text().toUtf8();
        m_password->clear();
        m_credentials->store(net::ProxySettings::passwordAccount(), secret,
                             [this](const Status& stored) {
                                 if (!stored)
                                     Q_EMIT errorOccurred(stored.error());
                             });
        secret.fill('\0');
    }
    Q_EMIT saved();
}

} // namespace guichet
