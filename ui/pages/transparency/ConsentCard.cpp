#include "ConsentCard.h"

#include "PlainText.h"
#include "Provenance.h"
#include "SpaceTexts.h"
#include "TransparencyTexts.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

using SpaceTexts::field;

ConsentCard::ConsentCard(const QJsonObject& consent, const QString& revocationState, bool canRevoke,
                         QWidget* parent)
    : QFrame(parent), m_consentId(field(consent, "id"))
{
    setObjectName(QStringLiteral("consentCard"));
    setProperty("consentId", m_consentId);
    setFrameShape(QFrame::StyledPanel);
    new QVBoxLayout(this);

    const QString purpose = field(consent, "purposeText");
    QLabel* title = addLine(purpose, "consentPurpose");
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    addLine(tr("Data: %1").arg(forms::sourceDisplayName(field(consent, "source"))),
            "consentSource");
    addLine(tr("Fetched by: %1").arg(SpaceTexts::administrationName(consent)),
            "consentAdministration");
    const QString givenBy = field(consent, "givenBy");
    const QString given = SpaceTexts::dateTime(field(consent, "givenAt"));
    addLine(givenBy.isEmpty() ? tr("Given on %1").arg(given)
                              : tr("Given on %1 by %2").arg(given, givenBy),
            "consentGiven");
    const QString expires = field(consent, "expiresAt");
    addLine(expires.isEmpty() ? tr("No end date")
                              : tr("Valid until %1").arg(SpaceTexts::dateTime(expires)),
            "consentExpiry");
    const QString status = field(consent, "status");
    QString statusText = TransparencyTexts::consentStatus(status);
    if (status == u"revoked" && !field(consent, "revokedAt").isEmpty())
        statusText = tr("Revoked on %1").arg(SpaceTexts::dateTime(field(consent, "revokedAt")));
    if (!revocationState.isEmpty())
        statusText = revocationState;
    addLine(tr("Status: %1").arg(statusText), "consentStatus");

    if (canRevoke) {
        m_revoke = new QPushButton(tr("&Revoke…"), this);
        m_revoke->setObjectName(QStringLiteral("consentRevoke"));
        m_revoke->setAccessibleName(tr("Revoke the consent: %1").arg(purpose));
        m_revoke->setAutoDefault(true); // Enter on the focused button activates it
        layout()->addWidget(m_revoke);
        connect(m_revoke, &QPushButton::clicked, this,
                [this] { Q_EMIT revokeRequested(m_consentId); });
    }
    setAccessibleName(tr("Consent: %1").arg(purpose));
}

QLabel* ConsentCard::addLine(const QString& text, const char* objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText); // every line holds text from the portal
    label->setWordWrap(true);
    PlainText::fitToLayout(label); // one long word never widens the page
    label->setText(text);
    layout()->addWidget(label);
    return label;
}

} // namespace guichet
