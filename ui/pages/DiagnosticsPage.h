#pragma once

#include "Diagnosis.h"
#include "Error.h"
#include "Page.h"

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace guichet {

class CardService;
class LogRedactor;
namespace diagnosis {
class Runner;
}
namespace notify {
class NotificationCenter;
}

// Where it goes wrong, in one look: every layer from the smart card service to the
// local data (the same checks as `guichet --diagnose`), the first failing one on top
// with what to do, the evidence of the selected layer below. Run when the page is
// shown, on demand, and again after each card or reader change while it is shown.
// "Copy report" and "Save report…" give the help desk the whole text plus the last
// log lines, cleaned of personal data; the report itself holds nothing personal.
class DiagnosticsPage : public Page
{
    Q_OBJECT

public:
    explicit DiagnosticsPage(CardService* cards, diagnosis::Runner* runner,
                             QWidget* parent = nullptr);
    // Says whether desktop notifications can be shown (null: not part of this window).
    void setNotifications(const notify::NotificationCenter* notifications);

    [[nodiscard]] QString pageId() const override { return QStringLiteral("diagnostics"); }
    [[nodiscard]] QString title() const override;

    // The log whose last lines go with a copied or saved report; redactor may be null.
    void setLogSource(const QString& logFile, const LogRedactor* redactor);

    // The report as copied and saved: the checks, then the last log lines (for tests).
    [[nodiscard]] QString reportText() const;
    [[nodiscard]] const diagnosis::Report& report() const { return m_report; }
    [[nodiscard]] bool hasReport() const { return m_hasReport; }

    // Test seam: replaces the save dialog (return "" for cancel).
    void setFileChooser(std::function<QString()> chooser) { m_chooseFile = std::move(chooser); }

    // What the field "Explain an error code" shows for a typed code (exposed for tests).
    [[nodiscard]] QString explanationText() const;

    // Demo mode: the training scenarios (id, title source in context "TrainingScenario"),
    // the one in force, and the switch; the page then shows a picker.
    void setTrainingScenarios(QList<std::pair<QString, QString>> scenarios, const QString& current,
                              std::function<void(const QString&)> switchTo);

    // How many log lines a report carries.
    static constexpr int LogLines = 200;

public Q_SLOTS:
    void refresh();
    // Explains the code typed in the field (explainErrorCode), in the current language.
    void explainTypedCode();

Q_SIGNALS:
    void errorOccurred(const guichet::Error& error);
    void reportUpdated();

protected:
    void retranslate() override;
    [[nodiscard]] QString notificationText() const;
    void showEvent(QShowEvent* event) override;

private:
    void onFinished(const diagnosis::Report& report);
    void showChecks();
    void showDetails();
    void showSummary();
    [[nodiscard]] QString logTail() const;
    void copy();
    void chooseScenario(int index);
    void save();

    CardService* m_cards;
    diagnosis::Runner* m_runner;
    diagnosis::Report m_report;
    bool m_hasReport = false;
    bool m_running = false;
    QString m_logFile;
    const LogRedactor* m_redactor = nullptr;
    std::function<QString()> m_chooseFile;
    QTimer* m_changeDelay = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_notificationState = nullptr;
    const notify::NotificationCenter* m_notifications = nullptr;
    QTreeWidget* m_layers = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_explainLabel = nullptr;
    QLineEdit* m_explainCode = nullptr;
    QPushButton* m_explainButton = nullptr;
    QLabel* m_explanation = nullptr;
    QList<std::pair<QString, QString>> m_scenarios;
    std::function<void(const QString&)> m_switchScenario;
    QLabel* m_scenarioLabel = nullptr;
    QComboBox* m_scenarioPicker = nullptr;
};

} // namespace guichet
