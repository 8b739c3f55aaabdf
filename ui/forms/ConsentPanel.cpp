#include "ConsentPanel.h"

#include "FormGateway.h"
#include "FormLabels.h"
#include "Provenance.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

ConsentPanel::ConsentPanel(forms::ConsentNeeded consent, QString formId,
                           forms::FormGateway* gateway, QWidget* parent)
    : QFrame(parent), m_consent(std::move(consent)), m_formId(std::move(formId)), m_gateway(gateway)
{
    setObjectName(QStringLiteral("consent_") + m_consent.source);
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    m_heading = FormLabels::fieldLabel(this);
    m_request = FormLabels::help(this);
    m_request->setFont(font());
    m_request->show();
    m_purpose = FormLabels::help(this);
    m_purpose->setObjectName(QStringLiteral("consentPurpose"));
    m_purpose->setFont(font());
    m_purpose->show();
    m_note = FormLabels::help(this);
    m_note->show();
    m_status = FormLabels::help(this);
    m_errorText = FormLabels::message(this);
    m_errorText->setObjectName(QStringLiteral("consentError"));
    m_agree = new QPushButton(this);
    m_agree->setObjectName(QStringLiteral("consentAgree"));
    m_notNow = new QPushButton(this);
    m_notNow->setObjectName(QStringLiteral("consentNotNow"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_agree);
    buttons->addWidget(m_notNow);
    buttons->addStretch(1);
    layout->addWidget(m_heading);
    layout->addWidget(m_request);
    layout->addWidget(m_purpose);
    layout->addWidget(m_note);
    layout->addWidget(m_status);
    layout->addWidget(m_errorText);
    layout->addLayout(buttons);
    connect(m_agree, &QPushButton::clicked, this, &ConsentPanel::agree);
    connect(m_notNow, &QPushButton::clicked, this, &ConsentPanel::postpone);
    retranslate();
}

QString ConsentPanel::keyOf(const forms::ConsentNeeded& consent)
{
    return consent.source + u'|' + consent.purpose;
}

void ConsentPanel::setTexts(const QString& purposeText, const QString& administrationName)
{
    if (!purposeText.isEmpty())
        m_consent.purposeText = purposeText;
    if (!administrationName.isEmpty())
        m_consent.administrationName = administrationName;
    retranslate();
}

QList<QWidget*> ConsentPanel::tabChain() const
{
    return {m_agree, m_notNow};
}

QString ConsentPanel::text() const
{
    QStringList parts{m_heading->text(), m_request->text()};
    if (m_purpose->isVisibleTo(this))
        parts.append(m_purpose->text());
    parts.append(m_note->text());
    return parts.join(u'\n');
}

void ConsentPanel::retranslate()
{
    const QString source = forms::sourceDisplayName(m_consent.source);
    m_heading->setText(tr("Your consent is needed"));
    m_request->setText(
        m_postponed ? tr("You have not given your consent: %1 cannot fetch this data from %2, and "
                         "these answers stay empty.")
                          .arg(m_consent.administrationName, source)
                    : tr("%1 asks to fetch data about you from %2, for this purpose:")
                          .arg(m_consent.administrationName, source));
    m_purpose->setText(m_consent.purposeText);
    m_purpose->setVisible(!m_postponed);
    m_note->setText(tr("Nothing is fetched unless you agree. Your consent is recorded, and you "
                       "can see and withdraw it under “My consents”."));
    m_note->setVisible(!m_postponed);
    m_agree->setText(tr("I agree"));
    m_agree->setAccessibleName(
        tr("I agree that %1 fetches this data from %2").arg(m_consent.administrationName, source));
    m_notNow->setText(tr("Not now"));
    m_notNow->setVisible(!m_postponed);
    m_agree->setEnabled(!m_busy);
    m_notNow->setEnabled(!m_busy);
    m_status->setText(tr("Recording your consent…"));
    m_status->setVisible(m_busy);
    m_errorText->setText(m_error ? m_error->userMessage() : QString());
    m_errorText->setVisible(m_error.has_value());
    setAccessibleName(m_heading->text());
    setAccessibleDescription(text());
}

void ConsentPanel::agree()
{
    if (!m_gateway || m_busy)
        return;
    m_busy = true;
    m_error.reset();
    retranslate();
    m_gateway->giveConsent(m_consent, m_formId, this, [this](const Result<QJsonObject>& recorded) {
        m_busy = false;
        if (!recorded) {
            m_error = recorded.error();
            retranslate();
            return;
        }
        retranslate();
        Q_EMIT consentGiven();
    });
}

void ConsentPanel::postpone()
{
    m_postponed = true;
    retranslate();
    m_agree->setFocus(Qt::OtherFocusReason);
}

} // namespace guichet
