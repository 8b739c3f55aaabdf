#include "AttachmentFieldEditor.h"

#include "AnswerText.h"
#include "EditorContext.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QMimeDatabase>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {
namespace {

// The first characters of a digest: enough to compare with the summary by eye.
constexpr int DigestPrefixLength = 12;

} // namespace

AttachmentFieldEditor::AttachmentFieldEditor(forms::FormField field, const EditorContext& context,
                                             QWidget* parent)
    : FieldEditor(std::move(field), parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_fileText = new QLabel(this);
    m_fileText->setObjectName(QStringLiteral("attachment_") + m_field.id);
    m_fileText->setTextFormat(Qt::PlainText); // a file name is the person's text
    m_fileText->setWordWrap(true);
    m_fileText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_choose = new QPushButton(this);
    m_choose->setObjectName(QStringLiteral("chooseFile_") + m_field.id);
    m_fromDocuments = new QPushButton(this);
    m_fromDocuments->setObjectName(QStringLiteral("fromDocuments_") + m_field.id);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeFile_") + m_field.id);
    m_documentsMenu = new QMenu(this);
    m_documentsMenu->setObjectName(QStringLiteral("documentsMenu_") + m_field.id);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_fromDocuments);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addWidget(m_fileText);
    layout->addLayout(buttons);

    connect(m_choose, &QPushButton::clicked, this, &AttachmentFieldEditor::chooseFile);
    connect(m_fromDocuments, &QPushButton::clicked, this, &AttachmentFieldEditor::showDocuments);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        clear();
        reportEdit();
        Q_EMIT editingFinished();
    });
    retranslate();
}

QJsonValue AttachmentFieldEditor::value() const
{
    return m_value.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(m_value);
}

QWidget* AttachmentFieldEditor::focusTarget() const
{
    return m_choose;
}

QList<QWidget*> AttachmentFieldEditor::tabChain() const
{
    return {m_choose, m_fromDocuments, m_remove};
}

void AttachmentFieldEditor::setEditable(bool editable)
{
    for (QWidget* button : tabChain())
        button->setEnabled(editable);
}

void AttachmentFieldEditor::retranslate()
{
    m_choose->setText(tr("Choose a &file…"));
    m_fromDocuments->setText(tr("From my &documents…"));
    m_remove->setText(tr("Remove the file"));
    showFile();
}

void AttachmentFieldEditor::setAccessibleTexts(const QString& name, const QString& description)
{
    m_name = name;
    m_description = description;
    setAccessibleName(name);
    setAccessibleDescription(description);
    // Each button says which file it is about; the description says which file is there.
    m_choose->setAccessibleName(tr("Choose a file for “%1”").arg(name));
    m_fromDocuments->setAccessibleName(tr("Choose one of my documents for “%1”").arg(name));
    m_remove->setAccessibleName(tr("Remove the file of “%1”").arg(name));
    const QString state = description.isEmpty()
                              ? m_fileText->text()
                              : description + QStringLiteral(". ") + m_fileText->text();
    for (QWidget* button : tabChain())
        button->setAccessibleDescription(state);
}

void AttachmentFieldEditor::showValue(const QJsonValue& value)
{
    m_problem.clear();
    m_value = value.toObject();
    m_file =
        m_context.files && !m_value.isEmpty() ? m_context.files->describe(m_value) : AttachedFile{};
    showFile();
}

void AttachmentFieldEditor::showFile()
{
    m_remove->setVisible(!m_value.isEmpty());
    // Re-use is offered only when the form allows it and there is something to re-use.
    const bool allowed =
        !m_context.allowsReuse || m_context.allowsReuse(m_field.attachmentRequirementId);
    const bool reusable =
        allowed && m_context.files && !m_context.files->spaceDocuments().isEmpty();
    m_fromDocuments->setVisible(reusable);
    if (m_value.isEmpty()) {
        m_fileText->setText(tr("No file chosen."));
        if (!m_name.isEmpty())
            setAccessibleTexts(m_name, m_description);
        return;
    }
    QStringList parts{m_file.fileName.isEmpty() ? m_value.value(u"fileName").toString()
                                                : m_file.fileName};
    if (m_file.size >= 0)
        parts.append(AnswerText::fileSize(m_file.size));
    const QString digest = m_value.value(u"sha256").toString();
    parts.append(tr("SHA-256 %1…").arg(digest.left(DigestPrefixLength)));
    if (m_file.isSpaceDocument())
        parts.append(tr("from your documents"));
    m_fileText->setText(parts.join(QStringLiteral(" — ")));
    if (!m_name.isEmpty())
        setAccessibleTexts(m_name, m_description);
}

void AttachmentFieldEditor::clear()
{
    m_value = {};
    m_file = {};
    m_problem.clear();
    showFile();
}

void AttachmentFieldEditor::chooseFile()
{
    if (!m_context.chooseFile)
        return;
    const QString path = m_context.chooseFile(this);
    if (!path.isEmpty())
        attachFile(path);
}

QString AttachmentFieldEditor::refusal(const QString& path) const
{
    const QFileInfo info(path);
    for (const forms::ValidationRule& rule : m_field.validation) {
        if (rule.kind == forms::RuleKind::MaxFileSize && info.size() > rule.value.toInteger())
            return tr("This file is %1; this form accepts files up to %2.")
                .arg(AnswerText::fileSize(info.size()),
                     AnswerText::fileSize(rule.value.toInteger()));
        if (rule.kind == forms::RuleKind::MediaTypes) {
            const QMimeDatabase types;
            const QString type = types.mimeTypeForFile(info).name();
            QStringList accepted;
            QStringList names;
            for (const QJsonValue& allowed : rule.value.toArray()) {
                accepted.append(allowed.toString());
                names.append(types.mimeTypeForName(allowed.toString()).preferredSuffix().toUpper());
            }
            if (!accepted.contains(type))
                return tr("This kind of file is not accepted here. Choose a file of type %1.")
                    .arg(names.join(QStringLiteral(", ")));
        }
    }
    return {};
}

void AttachmentFieldEditor::attachFile(const QString& path)
{
    if (!m_context.files)
        return;
    m_problem = refusal(path);
    if (m_problem.isEmpty()) {
        const Result<AttachedFile> kept = m_context.files->keep(path);
        if (kept) {
            setAttached(kept.value());
            return;
        }
        m_problem = kept.error().userMessage();
    }
    // The previous file, if any, stays attached; the message says why nothing changed.
    Q_EMIT editingFinished();
}

void AttachmentFieldEditor::attachDocument(const forms::SpaceDocument& document)
{
    m_problem.clear();
    setAttached(AttachmentFiles::fromSpace(document));
}

void AttachmentFieldEditor::setAttached(const AttachedFile& file)
{
    m_file = file;
    m_value = AttachmentFiles::toValue(file, m_field.attachmentRequirementId);
    showFile();
    reportEdit();
    Q_EMIT editingFinished();
}

void AttachmentFieldEditor::showDocuments()
{
    m_documentsMenu->clear();
    if (!m_context.files)
        return;
    for (const forms::SpaceDocument& document : m_context.files->spaceDocuments()) {
        const QString text = document.title.isEmpty() ? document.fileName : document.title;
        QAction* action = m_documentsMenu->addAction(
            tr("%1 (%2)").arg(AnswerText::forButton(text), AnswerText::fileSize(document.size)));
        action->setObjectName(QStringLiteral("document_") + document.id);
        connect(action, &QAction::triggered, this, [this, document] { attachDocument(document); });
    }
    // popup(), not exec(): no nested event loop, and tests can pick an action.
    m_documentsMenu->popup(m_fromDocuments->mapToGlobal(QPoint(0, m_fromDocuments->height())));
}

} // namespace guichet
