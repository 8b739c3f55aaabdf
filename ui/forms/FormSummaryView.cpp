#include "FormSummaryView.h"

#include "AccessibleNames.h"
#include "AnswerText.h"
#include "FormLabels.h"
#include "PageLayout.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace guichet {
namespace {

QLabel* selectable(QLabel* label)
{
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// label | answer | provenance, on one row of the grid.
void addRow(QGridLayout* grid, QWidget* parent, const QString& label, const QString& answer,
            const QString& provenance, int indent)
{
    const int row = grid->rowCount();
    QLabel* caption = FormLabels::fieldLabel(parent);
    caption->setText(label);
    caption->setIndent(indent);
    QLabel* value = selectable(PageLayout::paragraph(parent));
    value->setText(answer);
    value->setObjectName(QStringLiteral("summaryAnswer"));
    QLabel* source = FormLabels::provenance(parent);
    source->setText(provenance);
    source->setVisible(!provenance.isEmpty());
    source->setObjectName(QStringLiteral("summaryProvenance"));
    // Read together by screen readers: "Surname: Schmit. From …".
    // Labels have no text interface on the accessibility bus (Qt 6.4): the answer is in
    // the name, or a screen reader would say the question and never what is signed.
    value->setAccessibleName(label + QStringLiteral(": ") + answer);
    value->setAccessibleDescription(provenance);
    grid->addWidget(caption, row, 0, Qt::AlignTop);
    grid->addWidget(value, row, 1, Qt::AlignTop);
    grid->addWidget(source, row, 2, Qt::AlignTop);
}

} // namespace

FormSummaryView::FormSummaryView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("formSummary"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = PageLayout::subheading(this);
    m_intro = PageLayout::paragraph(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_statement = PageLayout::paragraph(this);
    m_statement->setObjectName(QStringLiteral("summaryStatement"));
    QFont bold = m_statement->font();
    bold.setBold(true);
    m_statement->setFont(bold);
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("summaryBack"));
    m_sign = new QPushButton(this);
    m_sign->setObjectName(QStringLiteral("summarySign"));
    m_sign->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_sign);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_statement);
    layout->addLayout(buttons);
    setTabOrder(m_scroll, m_back);
    setTabOrder(m_back, m_sign);
    connect(m_back, &QPushButton::clicked, this, &FormSummaryView::backRequested);
    connect(m_sign, &QPushButton::clicked, this, &FormSummaryView::signRequested);
    retranslate();
}

void FormSummaryView::showSummary(const forms::SummaryDocument& document,
                                  const QStringList& corrections)
{
    m_document = document;
    m_corrections = corrections;
    retranslate();
}

void FormSummaryView::setSignatureRequired(bool required)
{
    m_signatureRequired = required;
    retranslate();
}

void FormSummaryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FormSummaryView::retranslate()
{
    m_heading->setText(tr("Check your answers"));
    AccessibleNames::scrollArea(m_scroll, tr("Your answers"));
    m_statement->setText(m_document.closingStatement);
    m_back->setText(tr("&Back to the form"));
    if (m_signatureRequired) {
        m_intro->setText(tr("This is what you sign and send. Go back to the form to change an "
                            "answer."));
        m_sign->setText(tr("&Sign and submit"));
        m_sign->setAccessibleName(tr("Sign with your card and submit"));
    } else {
        m_intro->setText(tr("This is what you send. This form is sent without a signature. Go "
                            "back to the form to change an answer."));
        m_sign->setText(tr("&Submit"));
        m_sign->setAccessibleName(tr("Submit without a signature"));
    }
    rebuild();
}

void FormSummaryView::rebuild()
{
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("summaryContent"));
    auto* layout = new QVBoxLayout(content);
    if (m_document.formId.isEmpty()) { // nothing to show yet
        m_scroll->setWidget(content);
        return;
    }
    QLabel* title = PageLayout::subheading(content);
    title->setText(m_document.formTitle);
    layout->addWidget(title);
    QLabel* who = selectable(PageLayout::paragraph(content));
    who->setText(
        m_document.onBehalfOf.isEmpty()
            ? tr("Filled in by %1 for %2.").arg(m_document.personName, m_document.administration)
            : tr("Filled in by %1 on behalf of %2, for %3.")
                  .arg(m_document.personName, m_document.onBehalfOf, m_document.administration));
    layout->addWidget(who);
    for (const forms::SummarySection& section : std::as_const(m_document.sections))
        layout->addWidget(sectionWidget(section, content));
    if (!m_document.attachments.isEmpty())
        layout->addWidget(attachmentsWidget(content));
    if (!m_corrections.isEmpty()) {
        QLabel* heading = PageLayout::subheading(content);
        heading->setText(tr("Corrections you propose"));
        QLabel* lines = selectable(PageLayout::paragraph(content));
        lines->setObjectName(QStringLiteral("summaryCorrections"));
        lines->setText(QStringLiteral("• ") + m_corrections.join(QStringLiteral("\n• ")));
        layout->addWidget(heading);
        layout->addWidget(lines);
    }
    layout->addStretch(1);
    // setWidget() deletes the previous content.
    m_scroll->setWidget(content);
}

QWidget* FormSummaryView::sectionWidget(const forms::SummarySection& section, QWidget* parent) const
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    QLabel* heading = PageLayout::subheading(box);
    heading->setText(section.title);
    layout->addWidget(heading);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    for (const forms::SummaryRow& row : section.rows) {
        if (row.repetitions.isEmpty()) {
            addRow(grid, box, row.label, row.answer, row.provenance, 0);
            continue;
        }
        addRow(grid, box, row.label, row.answer, row.provenance, 0);
        for (int i = 0; i < row.repetitions.size(); ++i) {
            addRow(grid, box, tr("%1.").arg(i + 1), {}, {}, 12);
            for (const forms::SummaryField& field : row.repetitions[i])
                addRow(grid, box, field.label, field.answer, field.provenance, 24);
        }
    }
    layout->addLayout(grid);
    return box;
}

QWidget* FormSummaryView::attachmentsWidget(QWidget* parent) const
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    QLabel* heading = PageLayout::subheading(box);
    heading->setText(tr("Attached files"));
    layout->addWidget(heading);
    for (const forms::SummaryAttachment& file : m_document.attachments) {
        QLabel* line = selectable(PageLayout::paragraph(box));
        line->setObjectName(QStringLiteral("summaryAttachment"));
        QString text =
            tr("%1: %2 (%3)")
                .arg(file.requirement, file.fileName, AnswerText::fileSize(file.sizeBytes));
        if (file.alreadyInSpace)
            text += u' ' + tr("— already in your documents");
        text += u'\n' + tr("SHA-256: %1").arg(file.sha256Hex);
        line->setText(text);
        layout->addWidget(line);
    }
    return box;
}

} // namespace guichet
