#include "CorrectionPanel.h"

#include "FormLabels.h"
#include "Provenance.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

CorrectionPanel::CorrectionPanel(const QString& fieldId, QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("correction_") + fieldId);
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    m_text = FormLabels::fieldLabel(this);
    m_text->setFont(font()); // not bold: it is an explanation, not a label
    m_proposal = FormLabels::fieldLabel(this);
    m_proposal->setFont(font());
    m_proposal->setObjectName(QStringLiteral("correctionProposal_") + fieldId);
    m_reasonLabel = FormLabels::fieldLabel(this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("correctionReason_") + fieldId);
    m_reasonLabel->setBuddy(m_reason);
    m_withdraw = new QPushButton(this);
    m_withdraw->setObjectName(QStringLiteral("withdrawCorrection_") + fieldId);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_withdraw);
    layout->addWidget(m_text);
    layout->addWidget(m_proposal);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addLayout(buttons);
    connect(m_reason, &QLineEdit::textEdited, this, &CorrectionPanel::reasonEdited);
    connect(m_withdraw, &QPushButton::clicked, this, &CorrectionPanel::withdrawRequested);
    retranslate();
}

void CorrectionPanel::showProposal(const QString& source, const QString& proposed,
                                   const QString& reason)
{
    m_source = source;
    m_proposed = proposed;
    if (m_reason->text() != reason)
        m_reason->setText(reason);
    retranslate();
}

QList<QWidget*> CorrectionPanel::tabChain() const
{
    return {m_reason, m_withdraw};
}

QString CorrectionPanel::explanation() const
{
    return m_text->text();
}

void CorrectionPanel::retranslate()
{
    m_text->setText(tr("You propose a correction to %1. The form keeps the registered value "
                       "until the administration decides.")
                        .arg(forms::sourceDisplayName(m_source)));
    m_proposal->setText(tr("Your correction: %1").arg(m_proposed));
    m_proposal->setVisible(!m_proposed.isEmpty());
    m_reasonLabel->setText(tr("Why is the registered value wrong? (optional)"));
    m_withdraw->setText(tr("Withdraw"));
    m_withdraw->setAccessibleName(tr("Withdraw the correction"));
}

} // namespace guichet
