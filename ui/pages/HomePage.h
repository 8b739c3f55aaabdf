#pragma once

#include "Page.h"
#include "ShellContext.h"
#include "TokenTypes.h"
#include "home/AttentionItems.h"

class QLabel;
class QStackedWidget;

namespace guichet {

class AttentionPanel;
class StartPanel;

// The person's desk. Signed in: what needs their attention now, most urgent first,
// each with one click to the place (AttentionPanel). Signed out: how to start and the
// state of the card (StartPanel). Facts for developers (version, data folder, log
// file) are on About and Diagnostics.
class HomePage : public Page
{
    Q_OBJECT

public:
    explicit HomePage(const ShellContext& context, QWidget* parent = nullptr);

    [[nodiscard]] QString pageId() const override { return QStringLiteral("home"); }
    [[nodiscard]] QString title() const override;

    // What the attention list shows now (tests, and the screenshots' checks).
    [[nodiscard]] QList<AttentionItem> attention() const;
    // Reads the space again now (Home does it by itself when shown or when the space
    // changes while it is shown).
    void refresh();

Q_SIGNALS:
    // Open this page, and on it this item (a dossier, a thread, a draft) when not empty.
    void openRequested(const QString& pageId, const QString& itemId);
    void errorOccurred(const guichet::Error& error);

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    [[nodiscard]] bool signedIn() const;
    void updateHeading();
    void refreshWhenShown();
    void showTokens(const QList<TokenStatus>& tokens);

    const ShellContext& m_context;
    QLabel* m_heading = nullptr;
    QLabel* m_today = nullptr;
    QStackedWidget* m_panels = nullptr;
    StartPanel* m_start = nullptr;
    AttentionPanel* m_attention = nullptr;
    QList<AttentionFacts::Certificate> m_certificates;
    bool m_stale = true;
};

} // namespace guichet
