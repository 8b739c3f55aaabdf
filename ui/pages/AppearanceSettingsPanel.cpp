#include "AppearanceSettingsPanel.h"

#include "PageLayout.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "appearance/AppearanceManager.h"
#include "appearance/SystemAppearance.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>

namespace guichet {

AppearanceSettingsPanel::AppearanceSettingsPanel(Settings* settings,
                                                 appearance::AppearanceManager* appearance,
                                                 QWidget* page)
    : QObject(page), m_settings(settings), m_appearance(appearance)
{
    setObjectName(QStringLiteral("appearanceSettings"));
    m_label = new QLabel(page);
    m_choice = new QComboBox(page);
    m_choice->setObjectName(QStringLiteral("themeCombo"));
    m_choice->setMaximumWidth(360);
    m_label->setBuddy(m_choice);
    m_note = PageLayout::paragraph(page);
    m_note->setObjectName(QStringLiteral("themeNote"));
    m_label->installEventFilter(this); // its language changes are the page's

    connect(m_choice, &QComboBox::currentIndexChanged, this, &AppearanceSettingsPanel::onChosen);
    if (m_appearance)
        connect(&m_appearance->system(), &appearance::SystemAppearance::changed, this,
                &AppearanceSettingsPanel::fill); // "Follow the desktop (now: dark)"
    retranslate();
}

bool AppearanceSettingsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_label && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void AppearanceSettingsPanel::retranslate()
{
    m_label->setText(tr("Appea&rance:"));
    fill();
}

void AppearanceSettingsPanel::fill()
{
    const auto lookText = [](appearance::Look look) {
        switch (look) {
        case appearance::Look::Dark:
            return tr("Dark");
        case appearance::Look::HighContrast:
            return tr("High contrast");
        case appearance::Look::Light:
            break;
        }
        return tr("Light");
    };
    m_filling = true;
    m_choice->clear();
    const QString desktop = m_appearance ? lookText(m_appearance->system().preferred()) : QString();
    m_choice->addItem(desktop.isEmpty() ? tr("Follow the desktop")
                                        : tr("Follow the desktop (now: %1)").arg(desktop),
                      QString());
    for (const appearance::Look look :
         {appearance::Look::Light, appearance::Look::Dark, appearance::Look::HighContrast})
        m_choice->addItem(lookText(look), appearance::lookName(look));
    const QString stored = m_appearance ? m_appearance->choice()
                           : m_settings ? m_settings->value(SettingKeys::Theme)
                                        : QString();
    m_choice->setCurrentIndex(qMax(0, m_choice->findData(stored)));
    m_filling = false;

    const bool locked = m_settings && m_settings->isLocked(SettingKeys::Theme);
    m_choice->setEnabled(!locked && m_appearance);
    m_note->setText(locked ? tr("Managed by your administrator.")
                           : tr("Dark and high contrast follow your desktop's settings unless you "
                                "choose one here."));
}

void AppearanceSettingsPanel::onChosen(int index)
{
    if (m_filling || index < 0)
        return;
    const QString choice = m_choice->itemData(index).toString();
    if (m_settings)
        if (Status saved = m_settings->setValue(SettingKeys::Theme, choice); !saved)
            Q_EMIT errorOccurred(saved.error());
    if (m_appearance)
        m_appearance->setChoice(choice);
}

} // namespace guichet
