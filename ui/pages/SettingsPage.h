#pragma once

#include "Error.h"
#include "Page.h"
#include "ShellContext.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace guichet {

struct SettingDefinition;

// Language, log level and the data folder. A value an administrator has locked is
// shown but cannot be changed, with a note saying why.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(const ShellContext& context, QWidget* parent = nullptr);

    [[nodiscard]] QString pageId() const override { return QStringLiteral("settings"); }
    [[nodiscard]] QString title() const override;

    // Test seam: replaces the folder dialog of "Change…" (returns "" for cancel).
    void setFolderChooser(std::function<QString()> chooser) { m_chooseFolder = std::move(chooser); }

Q_SIGNALS:
    void errorOccurred(const guichet::Error& error);

protected:
    void retranslate() override;

private:
    void fillLanguages();
    void fillLogLevels();
    void applyLocks();
    void onLanguageChosen(int index);
    void onLogLevelChosen(int index);
    void onUsePinPadToggled(bool on);
    void onChangeDataFolder();
    void onOpenDataFolder();
    [[nodiscard]] QString lockNote(const SettingDefinition& setting) const;

    const ShellContext& m_context;
    std::function<QString()> m_chooseFolder;
    QLabel* m_heading = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageLock = nullptr;
    QLabel* m_logLevelLabel = nullptr;
    QComboBox* m_logLevel = nullptr;
    QLabel* m_logLevelLock = nullptr;
    QCheckBox* m_usePinPad = nullptr;
    QLabel* m_dataFolderLabel = nullptr;
    QLabel* m_dataFolder = nullptr;
    QLabel* m_dataFolderNote = nullptr;
    QPushButton* m_changeFolder = nullptr;
    QPushButton* m_openFolder = nullptr;
    QLabel* m_settingsFile = nullptr;
    bool m_filling = false;
};

} // namespace guichet
