#include "CorrectionDialog.h"

#include "DisabledReason.h"
#include "PlainText.h"
#include "Provenance.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {
namespace {

constexpr int DocumentIdRole = Qt::UserRole;

QLabel* plainLabel(const QString& text, QWidget* parent, const char* objectName = nullptr)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // labels and values come from the portal
    label->setWordWrap(true);
    label->setText(text);
    if (objectName) {
        PlainText::fitToLayout(label); // a long value never makes the dialog too wide
        label->setObjectName(QLatin1String(objectName));
        // Marks data, for the tests that check every other text is translated.
        label->setProperty("guichetData", true);
    }
    return label;
}

} // namespace

CorrectionDialog::CorrectionDialog(Item item, const QList<ProofDocument>& documents,
                                   QWidget* parent)
    : QDialog(parent), m_item(std::move(item))
{
    setObjectName(QStringLiteral("correctionDialog"));
    setWindowTitle(tr("Request a correction"));
    auto* layout = new QVBoxLayout(this);

    auto* facts = new QFormLayout;
    facts->addRow(plainLabel(tr("Source:"), this),
                  plainLabel(forms::sourceDisplayName(m_item.source), this, "correctionSource"));
    facts->addRow(plainLabel(tr("Item:"), this), plainLabel(m_item.label, this, "correctionItem"));
    facts->addRow(plainLabel(tr("Value held now:"), this),
                  plainLabel(m_item.currentValue, this, "correctionCurrentValue"));
    layout->addLayout(facts);

    auto* form = new QFormLayout;
    m_proposed = new QLineEdit(this);
    m_proposed->setObjectName(QStringLiteral("correctionProposedValue"));
    m_proposed->setMaxLength(MaxProposedValue);
    m_proposed->setText(m_item.currentValue);
    m_proposed->setAccessibleName(tr("Correct value"));
    auto* proposedLabel = plainLabel(tr("&Correct value (required):"), this);
    proposedLabel->setBuddy(m_proposed);
    form->addRow(proposedLabel, m_proposed);

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reason->setTabChangesFocus(true); // Tab moves on, as in every other field
    m_reason->setAccessibleName(tr("Why the value held is wrong"));
    auto* reasonLabel = plainLabel(tr("&Why is it wrong? (required)"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);

    m_documents = new QListWidget(this);
    m_documents->setObjectName(QStringLiteral("correctionDocuments"));
    m_documents->setAccessibleName(tr("Proof documents from your space"));
    for (const ProofDocument& document : documents) {
        auto* entry = new QListWidgetItem(document.title, m_documents);
        entry->setData(DocumentIdRole, document.id);
        entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        entry->setCheckState(Qt::Unchecked);
    }
    auto* documentsLabel =
        plainLabel(tr("&Proof documents (optional, up to %1):").arg(MaxDocuments), this);
    documentsLabel->setBuddy(m_documents);
    form->addRow(documentsLabel, m_documents);
    if (documents.isEmpty()) {
        m_documents->hide();
        documentsLabel->hide();
    }
    layout->addLayout(form);
    auto* explanation = plainLabel(tr("The authority checks your request and answers in your "
                                      "space. Until it decides, forms keep the value it holds."),
                                   this);
    explanation->setObjectName(QStringLiteral("correctionExplanation"));
    layout->addWidget(explanation);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* send = m_buttons->button(QDialogButtonBox::Ok);
    send->setObjectName(QStringLiteral("correctionSend"));
    send->setText(tr("&Send the request"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("correctionCancel"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isComplete())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_proposed, &QLineEdit::textChanged, this, &CorrectionDialog::updateSendButton);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &CorrectionDialog::updateSendButton);
    connect(m_documents, &QListWidget::itemChanged, this, &CorrectionDialog::updateSendButton);
    m_proposed->setFocus();
    m_proposed->selectAll();
    updateSendButton();
}

QStringList CorrectionDialog::chosenDocuments() const
{
    QStringList ids;
    for (int row = 0; row < m_documents->count(); ++row) {
        const QListWidgetItem* entry = m_documents->item(row);
        if (entry->checkState() == Qt::Checked)
            ids.append(entry->data(DocumentIdRole).toString());
    }
    return ids;
}

bool CorrectionDialog::isComplete() const
{
    const QString proposed = m_proposed->text().trimmed();
    const QString reason = m_reason->toPlainText().trimmed();
    // The same value would be no correction at all; the portal limits the rest.
    return !proposed.isEmpty() && proposed != m_item.currentValue.trimmed() && !reason.isEmpty() &&
           reason.size() <= MaxReason && chosenDocuments().size() <= MaxDocuments;
}

void CorrectionDialog::updateSendButton()
{
    DisabledReason::apply(m_buttons->button(QDialogButtonBox::Ok), isComplete(),
                          tr("Write the right value and why it is right first."));
}

QJsonObject CorrectionDialog::request() const
{
    QJsonObject request{{QStringLiteral("source"), m_item.source},
                        {QStringLiteral("itemId"), m_item.itemId},
                        {QStringLiteral("currentValue"), m_item.currentValue},
                        {QStringLiteral("proposedValue"), m_proposed->text().trimmed()},
                        {QStringLiteral("reason"), m_reason->toPlainText().trimmed()}};
    const QStringList documents = chosenDocuments();
    if (!documents.isEmpty())
        request.insert(QStringLiteral("documentIds"), QJsonArray::fromStringList(documents));
    return request;
}

} // namespace guichet
