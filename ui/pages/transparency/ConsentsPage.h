#pragma once

#include "Error.h"
#include "Page.h"
#include "StoreTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <functional>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace guichet {

class ConsentCard;
class DataStateNotice;
class SpaceSource;

// "My consents": every consent the person gave for an administration to fetch data
// from a source, active ones first, each revocable after a confirmation that says
// what revoking means. The revocation waits in the outbox until it can be sent.
class ConsentsPage : public Page
{
    Q_OBJECT

public:
    explicit ConsentsPage(SpaceSource& source, QWidget* parent = nullptr);

    [[nodiscard]] QString pageId() const override { return QStringLiteral("consents"); }
    [[nodiscard]] QString title() const override;

    // Seam for tests: asks the person to confirm (default a QMessageBox); true = revoke.
    using Confirmation = std::function<bool(const QString& title, const QString& text)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    void revoke(const QString& consentId);
    // Why the person may not revoke in this space (a viewer); empty = they may. The
    // buttons stay visible, disabled, with the reason.
    void setReadOnlyReason(const QString& reason);
    [[nodiscard]] QList<ConsentCard*> cards() const { return m_cards; }

Q_SIGNALS:
    void errorOccurred(const guichet::Error& error);

protected:
    void retranslate() override;

private:
    void reload();
    void rebuild();
    void showMessage(const QString& text);
    [[nodiscard]] QString revocationState(const QString& consentId) const;
    [[nodiscard]] bool canRevoke(const QJsonObject& consent) const;

    SpaceSource& m_source;
    Confirmation m_confirm;
    QString m_readOnlyReason;
    QList<QJsonObject> m_consents;                // active first, then newest first
    QHash<QString, store::OutboxEntry> m_waiting; // consent id -> revocation not sent yet
    QList<ConsentCard*> m_cards;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    DataStateNotice* m_notice = nullptr;
    QScrollArea* m_scroll = nullptr;
    QVBoxLayout* m_list = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace guichet
