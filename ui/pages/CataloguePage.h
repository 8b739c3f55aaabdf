#pragma once

#include "Error.h"
#include "Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace guichet {

class DataStateNotice;
class LanguageManager;
class ProcedureDetailView;
class SpaceSource;

// The procedure catalogue: search as you type (accents and case do not matter), a
// citizens/businesses filter, the matches, and the chosen procedure's description.
// Reads the catalogue in the current language and follows language changes.
class CataloguePage : public Page
{
    Q_OBJECT

public:
    // languages may be null (then French, the portal's default language).
    CataloguePage(SpaceSource& source, LanguageManager* languages, QWidget* parent = nullptr);

    [[nodiscard]] QString pageId() const override { return QStringLiteral("catalogue"); }
    [[nodiscard]] QString title() const override;

    // Signed out, procedures that need a card say so and cannot be started.
    void setSignedIn(bool signedIn);
    // A viewer of the space cannot start procedures (the reason is shown); empty = can.
    void setReadOnlyReason(const QString& reason);

    // The most matches listed; the person narrows the search to see others.
    static constexpr int MaxResults = 200;

Q_SIGNALS:
    // The person wants to fill in the procedure's online form.
    void startProcedureRequested(const QString& formId);
    void errorOccurred(const guichet::Error& error);

protected:
    void retranslate() override;

private:
    [[nodiscard]] QString language() const;
    void search();
    void showSelected();
    void refreshNotice();

    SpaceSource& m_source;
    LanguageManager* m_languages;
    QString m_searchedLanguage;
    QString m_shownId; // the procedure in the detail pane
    QLabel* m_heading = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_audienceLabel = nullptr;
    QComboBox* m_audience = nullptr;
    DataStateNotice* m_notice = nullptr;
    QLabel* m_more = nullptr;
    QListWidget* m_results = nullptr;
    ProcedureDetailView* m_detail = nullptr;
};

} // namespace guichet
