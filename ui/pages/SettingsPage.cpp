#include "SettingsPage.h"

#include "AccessibleNames.h"
#include "AppearanceSettingsPanel.h"
#include "DataPaths.h"
#include "LanguageManager.h"
#include "Logging.h"
#include "NotificationSettingsPanel.h"
#include "PageLayout.h"
#include "PortalSettingsPanel.h"
#include "SettingKeys.h"
#include "Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace guichet {

SettingsPage::SettingsPage(const ShellContext& context, QWidget* parent)
    : Page(parent), m_context(context)
{
    setObjectName(QStringLiteral("settingsPage"));
    m_chooseFolder = [this] {
        return QFileDialog::getExistingDirectory(this, tr("Choose the data folder"),
                                                 m_context.paths.root());
    };

    // Settings grow with each area (portal, notifications): the page scrolls instead
    // of making the window taller than the screen.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* body = new QWidget(scroll);
    scroll->setWidget(body);
    outer->addWidget(scroll);
    auto* layout = PageLayout::create(body);
    m_heading = PageLayout::heading(this);

    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setMaximumWidth(360);
    m_languageLabel->setBuddy(m_language);
    m_languageLock = PageLayout::paragraph(this);
    m_languageLock->setObjectName(QStringLiteral("languageLock"));

    m_logLevelLabel = new QLabel(this);
    m_logLevel = new QComboBox(this);
    m_logLevel->setObjectName(QStringLiteral("logLevelCombo"));
    m_logLevel->setMaximumWidth(360);
    m_logLevelLabel->setBuddy(m_logLevel);
    m_logLevelLock = PageLayout::paragraph(this);
    m_logLevelLock->setObjectName(QStringLiteral("logLevelLock"));

    m_usePinPad = new QCheckBox(this);
    m_usePinPad->setObjectName(QStringLiteral("usePinPad"));

    m_dataFolderLabel = new QLabel(this);
    m_dataFolder = PageLayout::value(this, QStringLiteral("dataFolderPath"));
    m_dataFolderNote = PageLayout::paragraph(this);
    m_dataFolderNote->setObjectName(QStringLiteral("dataFolderNote"));
    m_changeFolder = new QPushButton(this);
    m_changeFolder->setObjectName(QStringLiteral("changeDataFolder"));
    m_openFolder = new QPushButton(this);
    m_openFolder->setObjectName(QStringLiteral("openDataFolder"));
    m_settingsFile = PageLayout::paragraph(this);
    m_settingsFile->setObjectName(QStringLiteral("settingsFile"));

    auto* folderButtons = new QHBoxLayout;
    folderButtons->addWidget(m_changeFolder);
    folderButtons->addWidget(m_openFolder);
    folderButtons->addStretch(1);

    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_languageLabel, 0, 0);
    grid->addWidget(m_language, 0, 1);
    grid->addWidget(m_languageLock, 1, 1);
    auto* look = new AppearanceSettingsPanel(m_context.settings, m_context.appearance, this);
    connect(look, &AppearanceSettingsPanel::errorOccurred, this, &SettingsPage::errorOccurred);
    grid->addWidget(look->label(), 2, 0);
    grid->addWidget(look->choice(), 2, 1);
    grid->addWidget(look->note(), 3, 1);
    setTabOrder(m_language, look->choice()); // in the order of the rows
    setTabOrder(look->choice(), m_logLevel);
    grid->addWidget(m_logLevelLabel, 4, 0);
    grid->addWidget(m_logLevel, 4, 1);
    grid->addWidget(m_logLevelLock, 5, 1);
    grid->addWidget(m_usePinPad, 6, 1);
    grid->addWidget(m_dataFolderLabel, 7, 0, Qt::AlignTop);
    grid->addWidget(m_dataFolder, 7, 1);
    grid->addLayout(folderButtons, 8, 1);
    grid->addWidget(m_dataFolderNote, 9, 1);

    layout->addWidget(m_heading);
    layout->addSpacing(8);
    layout->addLayout(grid);
    layout->addSpacing(12);

    auto* portal = new PortalSettingsPanel(m_context.settings, this);
    connect(portal, &PortalSettingsPanel::errorOccurred, this, &SettingsPage::errorOccurred);
    layout->addWidget(portal);
    layout->addSpacing(12);
    auto* notifications = new NotificationSettingsPanel(m_context.settings, this);
    connect(notifications, &NotificationSettingsPanel::errorOccurred, this,
            &SettingsPage::errorOccurred);
    layout->addWidget(notifications);
    layout->addSpacing(12);
    layout->addWidget(m_settingsFile);
    layout->addStretch(1);

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::onLanguageChosen);
    connect(m_logLevel, &QComboBox::currentIndexChanged, this, &SettingsPage::onLogLevelChosen);
    connect(m_usePinPad, &QCheckBox::toggled, this, &SettingsPage::onUsePinPadToggled);
    connect(m_changeFolder, &QPushButton::clicked, this, &SettingsPage::onChangeDataFolder);
    connect(m_openFolder, &QPushButton::clicked, this, &SettingsPage::onOpenDataFolder);
    retranslate();
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

void SettingsPage::retranslate()
{
    m_heading->setText(tr("Settings"));
    AccessibleNames::scrollArea(findChild<QScrollArea*>(QStringLiteral("settingsScroll")),
                                tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_logLevelLabel->setText(tr("Log &detail:"));
    m_dataFolderLabel->setText(tr("Data folder:"));
    m_changeFolder->setText(tr("Chan&ge…"));
    m_openFolder->setText(tr("&Open folder"));
    m_language->setAccessibleName(tr("Language"));
    m_logLevel->setAccessibleName(tr("Log detail"));
    fillLanguages();
    fillLogLevels();
    m_usePinPad->setText(tr("Type the PIN on the reader's keypad when the reader has one"));
    m_filling = true;
    m_usePinPad->setChecked(!m_context.settings ||
                            m_context.settings->value(SettingKeys::UsePinPad));
    m_filling = false;

    Settings* settings = m_context.settings;
    const QString configured = settings ? settings->value(SettingKeys::DataDirectory) : QString();
    const QString shown = configured.isEmpty() ? m_context.paths.root() : configured;
    m_dataFolder->setText(QDir::toNativeSeparators(shown));
    m_dataFolderNote->setText(
        QDir::cleanPath(shown) == QDir::cleanPath(m_context.paths.root())
            ? tr("Your data, documents and logs are kept here, one folder per person.")
            : tr("The new folder is used the next time you start the application."));
    m_settingsFile->setText(
        settings ? tr("Settings file: %1").arg(QDir::toNativeSeparators(settings->userFile()))
                 : QString());
    applyLocks();
}

QString SettingsPage::lockNote(const SettingDefinition& setting) const
{
    return m_context.settings && m_context.settings->isLocked(setting)
               ? tr("Managed by your administrator.")
               : QString();
}

void SettingsPage::applyLocks()
{
    const QString languageNote = lockNote(SettingKeys::Language);
    m_language->setEnabled(languageNote.isEmpty());
    m_languageLock->setText(languageNote);
    m_languageLock->setVisible(!languageNote.isEmpty());

    const QString levelNote = lockNote(SettingKeys::LogLevel);
    m_logLevel->setEnabled(levelNote.isEmpty());
    m_logLevelLock->setText(levelNote);
    m_logLevelLock->setVisible(!levelNote.isEmpty());

    m_usePinPad->setEnabled(lockNote(SettingKeys::UsePinPad).isEmpty());

    const bool folderLocked = !lockNote(SettingKeys::DataDirectory).isEmpty();
    m_changeFolder->setEnabled(!folderLocked);
    if (folderLocked)
        m_dataFolderNote->setText(lockNote(SettingKeys::DataDirectory));
}

void SettingsPage::fillLanguages()
{
    m_filling = true;
    m_language->clear();
    m_language->addItem(tr("System language (%1)")
                            .arg(LanguageManager::nativeName(LanguageManager::systemDefault())),
                        QString());
    for (const QString& code : LanguageManager::supportedLanguages())
        m_language->addItem(LanguageManager::nativeName(code), code);
    const QString stored =
        m_context.settings ? m_context.settings->value(SettingKeys::Language) : QString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(stored)));
    m_filling = false;
}

void SettingsPage::fillLogLevels()
{
    m_filling = true;
    m_logLevel->clear();
    m_logLevel->addItem(tr("Problems only"), logLevelName(LogLevel::Warning));
    m_logLevel->addItem(tr("Normal"), logLevelName(LogLevel::Info));
    m_logLevel->addItem(tr("Detailed (for the help desk)"), logLevelName(LogLevel::Debug));
    const QString stored = m_context.settings ? m_context.settings->value(SettingKeys::LogLevel)
                                              : logLevelName(LogLevel::Info);
    m_logLevel->setCurrentIndex(qMax(0, m_logLevel->findData(stored)));
    m_filling = false;
}

void SettingsPage::onLanguageChosen(int index)
{
    if (m_filling || index < 0 || !m_context.settings)
        return;
    const QString code = m_language->itemData(index).toString();
    if (Status saved = m_context.settings->setValue(SettingKeys::Language, code); !saved)
        Q_EMIT errorOccurred(saved.error());
    if (m_context.languages)
        m_context.languages->setLanguage(code.isEmpty() ? LanguageManager::systemDefault() : code);
}

void SettingsPage::onLogLevelChosen(int index)
{
    if (m_filling || index < 0 || !m_context.settings)
        return;
    const QString name = m_logLevel->itemData(index).toString();
    if (Status saved = m_context.settings->setValue(SettingKeys::LogLevel, name); !saved)
        Q_EMIT errorOccurred(saved.error());
    if (const auto level = logLevelFromName(name))
        applyLogLevel(*level);
}

void SettingsPage::onUsePinPadToggled(bool on)
{
    if (m_filling || !m_context.settings)
        return;
    // The card thread reads the setting at the next card operation.
    if (Status saved = m_context.settings->setValue(SettingKeys::UsePinPad, on); !saved)
        Q_EMIT errorOccurred(saved.error());
}

void SettingsPage::onChangeDataFolder()
{
    if (!m_context.settings)
        return;
    const QString chosen = m_chooseFolder ? m_chooseFolder() : QString();
    if (chosen.isEmpty())
        return;
    // Refuse a folder we cannot write to now rather than fail at the next start.
    if (Status writable = DataPaths::ensureWritable(chosen); !writable) {
        Q_EMIT errorOccurred(writable.error());
        return;
    }
    if (Status saved =
            m_context.settings->setValue(SettingKeys::DataDirectory, QDir::cleanPath(chosen));
        !saved) {
        Q_EMIT errorOccurred(saved.error());
        return;
    }
    retranslate();
}

void SettingsPage::onOpenDataFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_context.paths.root()));
}

} // namespace guichet
