#pragma once

#include "Error.h"
#include "Page.h"
#include "TokenTypes.h"

class QLabel;
class QPushButton;

namespace guichet {

class CardService;
class SessionManager;

// Signing in to the portal with the card's authentication certificate, and the
// signed-in state (who, which portal); sign out.
class SignInPage : public Page
{
    Q_OBJECT

public:
    SignInPage(SessionManager& sessions, CardService* cards, QWidget* parent = nullptr);

    [[nodiscard]] QString pageId() const override { return QStringLiteral("signin"); }
    [[nodiscard]] QString title() const override;

Q_SIGNALS:
    void errorOccurred(const guichet::Error& error);

protected:
    void retranslate() override;

private:
    void showTokens(const QList<TokenStatus>& tokens);
    void signIn();
    // The first token's authentication certificate, if any.
    [[nodiscard]] std::optional<std::pair<QString, TokenCertificate>> authenticationKey() const;

    SessionManager& m_sessions;
    CardService* m_cards;
    QList<TokenStatus> m_tokens;
    QLabel* m_heading = nullptr;
    QLabel* m_portal = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_training = nullptr;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_signOut = nullptr;
};

} // namespace guichet
