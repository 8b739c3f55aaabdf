#pragma once

#include <QFrame>
#include <QJsonObject>

class QLabel;
class QPushButton;

namespace guichet {

// One consent the person gave (Consent of portal.yaml): its purpose, the source and
// the administration it lets fetch, when it was given and until when, its status,
// and "Revoke…" while it is active and no revocation is waiting to be sent.
class ConsentCard : public QFrame
{
    Q_OBJECT

public:
    // revocationState: where a revocation still in the outbox stands; shown instead
    // of the consent's status. Empty when none is waiting.
    ConsentCard(const QJsonObject& consent, const QString& revocationState, bool canRevoke,
                QWidget* parent = nullptr);

    [[nodiscard]] QString consentId() const { return m_consentId; }
    [[nodiscard]] QPushButton* revokeButton() const { return m_revoke; }

Q_SIGNALS:
    void revokeRequested(const QString& consentId);

private:
    QLabel* addLine(const QString& text, const char* objectName);

    QString m_consentId;
    QPushButton* m_revoke = nullptr;
};

} // namespace guichet
