#include "CertificateDialog.h"

#include "CardTexts.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace guichet {

CertificateDialog::CertificateDialog(CertificateInfo info, QString trust, QWidget* parent)
    : QDialog(parent), m_info(std::move(info)), m_trust(std::move(trust))
{
    setObjectName(QStringLiteral("certificateDialog"));
    m_form = new QFormLayout;
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
    retranslate();
}

void CertificateDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CertificateDialog::retranslate()
{
    setWindowTitle(tr("Certificate"));
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const auto row = [this](const QString& label, const QString& value, const char* name) {
        if (value.isEmpty())
            return;
        auto* field = new QLabel(value, this);
        field->setObjectName(QLatin1String(name));
        // Certificate fields come from the card: never interpret them as markup.
        field->setTextFormat(Qt::PlainText);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        m_form->addRow(label, field);
    };
    const QLocale locale;
    QStringList usages;
    if (m_info.keyUsage.digitalSignature)
        usages << tr("digital signature");
    if (m_info.keyUsage.nonRepudiation)
        usages << tr("non-repudiation");
    if (m_info.keyUsage.keyEncipherment)
        usages << tr("key encipherment");
    row(tr("Holder:"), m_info.holderName, "certHolder");
    row(tr("National number:"), m_info.nationalNumber, "certNationalNumber");
    row(tr("LuxTrust SSN:"), m_info.luxTrustSsn, "certSsn");
    row(tr("Organisation:"), m_info.organisation, "certOrganisation");
    row(tr("Use:"), CardTexts::role(m_info.role), "certRole");
    row(tr("Issuer:"),
        m_info.issuerCommonName.isEmpty() ? m_info.issuerDn : m_info.issuerCommonName,
        "certIssuer");
    row(tr("Valid from:"), locale.toString(m_info.notBefore.toLocalTime(), QLocale::LongFormat),
        "certNotBefore");
    row(tr("Valid until:"), locale.toString(m_info.notAfter.toLocalTime(), QLocale::LongFormat),
        "certNotAfter");
    row(tr("State:"), CardTexts::validity(m_info), "certValidity");
    row(tr("Trust:"), CardTexts::trust(m_trust), "certTrust");
    row(tr("Key usage:"), usages.join(QStringLiteral(", ")), "certKeyUsage");
    row(tr("Qualified certificate:"),
        m_info.qcStatements.compliance
            ? (m_info.qcStatements.sscd ? tr("yes, key in a qualified device") : tr("yes"))
            : tr("no"),
        "certQualified");
    row(tr("Key:"), m_info.keyAlgorithm, "certKey");
    row(tr("Serial number:"), m_info.serialNumberHex, "certSerial");
    row(tr("SHA-256 fingerprint:"), QString::fromLatin1(m_info.sha256Fingerprint.toHex(':')),
        "certFingerprint");
    row(tr("Subject:"), m_info.subjectDn, "certSubject");
}

} // namespace guichet
