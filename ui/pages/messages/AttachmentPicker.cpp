#include "AttachmentPicker.h"

#include "DisabledReason.h"
#include "MessageLimits.h"
#include "SpaceTexts.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace guichet {
namespace {

constexpr int KindRole = Qt::UserRole;      // "file" or "document"
constexpr int ValueRole = Qt::UserRole + 1; // the path or the document id
constexpr int SizeRole = Qt::UserRole + 2;  // bytes of a file

} // namespace

AttachmentPicker::AttachmentPicker(QWidget* parent) : QWidget(parent)
{
    m_chooseFiles = [this] {
        return QFileDialog::getOpenFileNames(this, tr("Attach files"), {},
                                             tr("PDF or pictures (*.pdf *.jpg *.jpeg *.png)"));
    };
    m_chooseDocuments = [this](const QList<QPair<QString, QString>>& documents) {
        QStringList titles;
        for (const auto& document : documents)
            titles.append(document.second);
        bool chosen = false;
        const QString title =
            QInputDialog::getItem(this, tr("Attach a document"), tr("Document of your space:"),
                                  titles, 0, false, &chosen);
        const qsizetype index = titles.indexOf(title);
        return chosen && index >= 0 ? QStringList{documents.at(index).first} : QStringList{};
    };

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setMaximumHeight(90);
    m_addFile = new QPushButton(this);
    m_addFile->setObjectName(QStringLiteral("attachFile"));
    m_addDocument = new QPushButton(this);
    m_addDocument->setObjectName(QStringLiteral("attachDocument"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("attachRemove"));
    DisabledReason::apply(m_remove, false, DisabledReason::chooseInList());
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("attachmentProblem"));
    m_problem->setTextFormat(Qt::PlainText); // names files chosen by the person
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addFile);
    buttons->addWidget(m_addDocument);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    m_list->hide(); // shown once something is attached

    connect(m_addFile, &QPushButton::clicked, this, &AttachmentPicker::addFiles);
    connect(m_addDocument, &QPushButton::clicked, this, &AttachmentPicker::addDocuments);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentPicker::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        DisabledReason::apply(m_remove, row >= 0, DisabledReason::chooseInList());
    });
    retranslate();
}

void AttachmentPicker::retranslate()
{
    m_list->setAccessibleName(tr("Attachments"));
    m_addFile->setText(tr("Attach a &file…"));
    m_addFile->setAccessibleName(tr("Attach a file from this computer"));
    m_addDocument->setText(tr("Attach a &document…"));
    m_addDocument->setAccessibleName(tr("Attach a document of your space"));
    m_remove->setText(tr("Remove"));
    m_remove->setAccessibleName(tr("Remove the chosen attachment"));
}

void AttachmentPicker::setDocuments(const QList<QPair<QString, QString>>& documents)
{
    m_documents = documents;
    m_addDocument->setEnabled(!documents.isEmpty());
}

void AttachmentPicker::addFiles()
{
    for (const QString& path : m_chooseFiles()) {
        const QFileInfo file(path);
        if (!file.isFile() || !file.isReadable()) {
            showProblem(tr("%1 cannot be read.").arg(file.fileName()));
            continue;
        }
        if (!MessageLimits::isAcceptedType(MessageLimits::mediaType(path))) {
            showProblem(tr("%1 cannot be attached: only PDF, JPEG and PNG files are accepted.")
                            .arg(file.fileName()));
            continue;
        }
        QList<qint64> sizes{file.size()};
        for (int row = 0; row < m_list->count(); ++row)
            sizes.append(m_list->item(row)->data(SizeRole).toLongLong());
        if (MessageLimits::bodyBytes({}, sizes) > MessageLimits::MaxBodyBytes) {
            showProblem(
                tr("%1 cannot be attached: a message and its files may take at most %2.")
                    .arg(file.fileName(), SpaceTexts::fileSize(MessageLimits::MaxBodyBytes)));
            continue;
        }
        if (QListWidgetItem* item =
                add(QStringLiteral("file"), path,
                    tr("%1 (%2)").arg(file.fileName(), SpaceTexts::fileSize(file.size()))))
            item->setData(SizeRole, file.size());
    }
}

void AttachmentPicker::addDocuments()
{
    for (const QString& id : m_chooseDocuments(m_documents)) {
        const auto document = std::find_if(m_documents.cbegin(), m_documents.cend(),
                                           [&](const auto& d) { return d.first == id; });
        if (document == m_documents.cend() || documentIds().contains(id))
            continue;
        add(QStringLiteral("document"), id, document->second);
    }
}

QListWidgetItem* AttachmentPicker::add(const QString& kind, const QString& value,
                                       const QString& label)
{
    if (count() >= MessageLimits::MaxAttachments) {
        showProblem(tr("A message can carry at most %n attachments.", nullptr,
                       MessageLimits::MaxAttachments));
        return nullptr;
    }
    showProblem({});
    auto* item = new QListWidgetItem(label, m_list); // item texts are never read as HTML
    item->setData(KindRole, kind);
    item->setData(ValueRole, value);
    m_list->show();
    Q_EMIT attachmentsChanged();
    return item;
}

void AttachmentPicker::removeCurrent()
{
    delete m_list->currentItem();
    m_list->setVisible(m_list->count() > 0);
    showProblem({});
    Q_EMIT attachmentsChanged();
}

void AttachmentPicker::clear()
{
    m_list->clear();
    m_list->hide();
    showProblem({});
    Q_EMIT attachmentsChanged();
}

QStringList AttachmentPicker::filePaths() const
{
    QStringList paths;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(KindRole).toString() == u"file")
            paths.append(m_list->item(row)->data(ValueRole).toString());
    }
    return paths;
}

QStringList AttachmentPicker::documentIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(KindRole).toString() == u"document")
            ids.append(m_list->item(row)->data(ValueRole).toString());
    }
    return ids;
}

int AttachmentPicker::count() const
{
    return m_list->count();
}

void AttachmentPicker::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

} // namespace guichet
