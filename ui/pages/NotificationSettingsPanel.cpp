#include "NotificationSettingsPanel.h"

#include "PageLayout.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "background/StartAtLogin.h"
#include "background/TrayPresence.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace guichet {

NotificationSettingsPanel::NotificationSettingsPanel(Settings* settings, QWidget* parent)
    : QWidget(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("notificationSettings"));
    m_heading = PageLayout::subheading(this);
    m_kindsLabel = PageLayout::paragraph(this);
    addChoice("notifyDossiers", SettingKeys::NotifyDossiers,
              QT_TR_NOOP("a dossier has a new status"));
    addChoice("notifyMessages", SettingKeys::NotifyMessages,
              QT_TR_NOOP("an administration writes to me"));
    addChoice("notifyAccesses", SettingKeys::NotifyAccesses,
              QT_TR_NOOP("an administration consults my data"));
    addChoice("notifyRequests", SettingKeys::NotifyRequests,
              QT_TR_NOOP("a request is refused, or still not sent after an hour"));
    addChoice("notifyCertificates", SettingKeys::NotifyCertificates,
              QT_TR_NOOP("a certificate of my card ends within 60 days"));
    addChoice("notifyDetails", SettingKeys::NotifyDetails,
              QT_TR_NOOP("Name dossiers and administrations in notifications (they may be seen "
                         "on the lock screen)"));
    addChoice("keepRunning", SettingKeys::KeepRunningInBackground,
              QT_TR_NOOP("Keep running in the notification area when the window is closed"));
    m_startAtLogin = new QCheckBox(this);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    m_note = PageLayout::paragraph(this);
    m_note->setObjectName(QStringLiteral("notificationSettingsNote"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_kindsLabel);
    for (qsizetype i = 0; i < m_choices.size(); ++i) {
        // The five kinds are the list under "Tell me when"; the rest stand alone.
        if (i < 5)
            layout->addWidget(m_choices.at(i).box, 0, Qt::AlignLeft);
        else
            layout->addWidget(m_choices.at(i).box);
        if (i == 4)
            layout->addSpacing(6);
    }
    layout->addWidget(m_startAtLogin);
    layout->addWidget(m_note);

    for (const Choice& choice : m_choices)
        connect(choice.box, &QCheckBox::toggled, this,
                [this, choice](bool on) { onToggled(choice, on); });
    connect(m_startAtLogin, &QCheckBox::toggled, this,
            &NotificationSettingsPanel::onStartAtLoginToggled);
    if (m_settings)
        connect(m_settings, &Settings::valueChanged, this, [this] { load(); });
    retranslate();
}

void NotificationSettingsPanel::addChoice(const char* objectName, const SettingDefinition& setting,
                                          const char* text)
{
    auto* box = new QCheckBox(this);
    box->setObjectName(QLatin1String(objectName));
    m_choices.append({box, &setting, text});
}

void NotificationSettingsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NotificationSettingsPanel::retranslate()
{
    m_heading->setText(tr("Notifications and background"));
    m_kindsLabel->setText(tr("Tell me when:"));
    for (const Choice& choice : m_choices)
        choice.box->setText(tr(choice.text));
    m_startAtLogin->setText(tr("Start Guichet Desktop in the notification area when I log in"));
    load();
}

void NotificationSettingsPanel::load()
{
    m_filling = true;
    const bool tray = TrayPresence::isSupported();
    for (const Choice& choice : m_choices) {
        const bool locked = !m_settings || m_settings->isLocked(*choice.setting);
        choice.box->setChecked(m_settings ? m_settings->rawValue(*choice.setting).toBool()
                                          : choice.setting->defaultValue.toBool());
        const bool needsTray = choice.setting == &SettingKeys::KeepRunningInBackground;
        choice.box->setEnabled(!locked && (!needsTray || tray));
    }
    m_startAtLogin->setChecked(StartAtLogin::isEnabled());
    m_startAtLogin->setEnabled(m_settings &&
                               !m_settings->isLocked(SettingKeys::StartAtLoginSetting));
    QStringList notes;
    if (!tray)
        notes << tr("This desktop has no notification area: closing the window ends the "
                    "application.");
    if (m_settings && std::any_of(m_choices.begin(), m_choices.end(), [this](const Choice& c) {
            return m_settings->isLocked(*c.setting);
        }))
        notes << tr("Some of these choices are managed by your administrator.");
    m_note->setText(notes.join(u' '));
    m_note->setVisible(!notes.isEmpty());
    m_filling = false;
}

void NotificationSettingsPanel::onToggled(const Choice& choice, bool on)
{
    if (m_filling || !m_settings)
        return;
    if (Status saved = m_settings->setValue(*choice.setting, on); !saved)
        Q_EMIT errorOccurred(saved.error());
    // Whoever chose in Settings was not asked at the first close, and need not be.
    if (choice.setting == &SettingKeys::KeepRunningInBackground)
        (void)m_settings->setValue(SettingKeys::BackgroundAsked, true);
}

void NotificationSettingsPanel::onStartAtLoginToggled(bool on)
{
    if (m_filling || !m_settings)
        return;
    if (Status written = StartAtLogin::setEnabled(on); !written) {
        Q_EMIT errorOccurred(written.error());
        load();
        return;
    }
    if (Status saved = m_settings->setValue(SettingKeys::StartAtLoginSetting, on); !saved)
        Q_EMIT errorOccurred(saved.error());
}

} // namespace guichet
