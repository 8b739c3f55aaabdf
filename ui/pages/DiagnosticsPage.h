#pragma once

#include "CardService.h"
#include "Page.h"

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace guichet {

// What the card layer knows, in one report help-desk staff can read over the
// phone or receive as a file: the PC/SC service, readers and their features, ATRs
// and recognised profiles, PKCS#11 modules and versions. Nothing personal.
class DiagnosticsPage : public Page
{
    Q_OBJECT

public:
    explicit DiagnosticsPage(CardService* service, QWidget* parent = nullptr);

    [[nodiscard]] QString pageId() const override { return QStringLiteral("diagnostics"); }
    [[nodiscard]] QString title() const override;

    // The report as text (exposed for tests and for saving).
    [[nodiscard]] static QString formatReport(const CardDiagnostics& report);
    [[nodiscard]] QString reportText() const;

    // Test seam: replaces the save dialog (return "" for cancel).
    void setFileChooser(std::function<QString()> chooser) { m_chooseFile = std::move(chooser); }

    // What the field "Explain an error code" shows for a typed code (exposed for tests).
    [[nodiscard]] QString explanationText() const;

public Q_SLOTS:
    void refresh();
    // Explains the code typed in the field (explainErrorCode), in the current language.
    void explainTypedCode();

Q_SIGNALS:
    void errorOccurred(const guichet::Error& error);
    void reportUpdated();

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    void save();

    CardService* m_service;
    CardDiagnostics m_report;
    bool m_hasReport = false;
    std::function<QString()> m_chooseFile;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_explainLabel = nullptr;
    QLineEdit* m_explainCode = nullptr;
    QPushButton* m_explainButton = nullptr;
    QLabel* m_explanation = nullptr;
};

} // namespace guichet
