#include "DocumentsPage.h"

#include "Announcer.h"
#include "DataStateNotice.h"
#include "DisabledReason.h"
#include "ErrorCodes.h"
#include "OpenableFile.h"
#include "PageLayout.h"
#include "ReadableColumns.h"
#include "SpaceSource.h"
#include "SpaceTexts.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUrl>

namespace guichet {
namespace {

constexpr int IdRole = Qt::UserRole;
enum Column
{
    TitleColumn,
    OriginColumn,
    SizeColumn,
    DateColumn,
    DossierColumn,
    OfflineColumn,
    ColumnCount
};

// A file name from the portal may hold anything: keep only its last part and no
// characters that mean something to a file system.
bool writeFile(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(content);
    return file.commit();
}

} // namespace

using SpaceTexts::field;

DocumentsPage::DocumentsPage(SpaceSource& source, QWidget* parent) : Page(parent), m_source(source)
{
    setObjectName(QStringLiteral("documentsPage"));
    m_opener = [](const QString& path) {
        return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    };
    m_chooseSaveLocation = [this](const QString& suggested) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, tr("Save a copy"),
                                            QDir(folder).filePath(suggested));
    };
    m_chooseUpload = [this](const QString&) {
        return QFileDialog::getOpenFileName(this, tr("Add a document"), {},
                                            tr("Documents (*.pdf *.jpg *.jpeg *.png)"));
    };

    auto* layout = PageLayout::create(this);
    m_heading = PageLayout::heading(this);
    m_notice = new DataStateNotice(this);
    m_notice->setObjectName(QStringLiteral("documentState"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("documentList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    ReadableColumns::apply(m_list, TitleColumn);

    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("documentOpen"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("documentSaveAs"));
    m_upload = new QPushButton(this);
    m_upload->setObjectName(QStringLiteral("documentUpload"));
    m_pin = new QCheckBox(this);
    m_pin->setObjectName(QStringLiteral("documentPin"));
    m_message = PageLayout::paragraph(this);
    m_message->setObjectName(QStringLiteral("documentMessage"));
    m_message->hide();
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_open);
    actions->addWidget(m_save);
    actions->addWidget(m_pin);
    actions->addStretch(1);
    actions->addWidget(m_upload);

    layout->addWidget(m_heading);
    layout->addWidget(m_notice);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("pendingUploads"));
    m_pending->setTextFormat(Qt::PlainText); // file names come from the person's disk
    m_pending->setWordWrap(true);
    m_pending->hide();
    layout->addWidget(m_pending);
    setTabOrder(m_list, m_open);
    setTabOrder(m_open, m_save);
    setTabOrder(m_save, m_pin);
    setTabOrder(m_pin, m_upload);

    connect(m_list, &QTreeWidget::itemActivated, this, &DocumentsPage::openCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DocumentsPage::updateActions);
    connect(m_open, &QPushButton::clicked, this, &DocumentsPage::openCurrent);
    connect(m_save, &QPushButton::clicked, this, &DocumentsPage::saveCurrent);
    connect(m_upload, &QPushButton::clicked, this, &DocumentsPage::chooseUpload);
    connect(m_pin, &QCheckBox::clicked, this, &DocumentsPage::setPinned);
    connect(&m_source, &SpaceSource::changed, this, &DocumentsPage::reload);
    connect(&m_source, &SpaceSource::stateChanged, this, &DocumentsPage::reload);

    reload();
    retranslate();
}

DocumentsPage::~DocumentsPage()
{
    removeOpenedCopies();
}

void DocumentsPage::setOpenedCopiesFolder(const QString& folder)
{
    removeOpenedCopies();
    m_openedRoot = folder;
    removeOpenedCopies();
}

QString DocumentsPage::openedCopiesFolder()
{
    if (!m_openedRoot.isEmpty()) {
        if (!QDir().mkpath(m_openedRoot) ||
            !QFile::setPermissions(m_openedRoot,
                                   QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            return {};
        return m_openedRoot;
    }
    if (!m_openedFolder) {
        m_openedFolder = std::make_unique<QTemporaryDir>();
        if (!m_openedFolder->isValid()) {
            m_openedFolder.reset();
            return {};
        }
    }
    return m_openedFolder->path();
}

void DocumentsPage::removeOpenedCopies()
{
    // Decrypted copies are plaintext: none stays once the person is gone.
    m_openedFolder.reset();
    if (!m_openedRoot.isEmpty())
        QDir(m_openedRoot).removeRecursively();
}

void DocumentsPage::setReadOnlyReason(const QString& reason)
{
    m_upload->setEnabled(reason.isEmpty());
    m_upload->setToolTip(reason);
    m_upload->setAccessibleDescription(reason);
}

QString DocumentsPage::title() const
{
    return tr("Documents");
}

void DocumentsPage::retranslate()
{
    m_heading->setText(tr("My documents"));
    m_list->setHeaderLabels(
        {tr("Title"), tr("Origin"), tr("Size"), tr("Date"), tr("Procedure"), tr("Offline")});
    m_list->setAccessibleName(tr("Documents"));
    m_open->setText(tr("&Open"));
    m_open->setAccessibleName(tr("Open the document"));
    m_save->setText(tr("Save &as…"));
    m_save->setAccessibleName(tr("Save a copy of the document"));
    m_upload->setText(tr("A&dd a document…"));
    m_upload->setAccessibleName(tr("Add a document"));
    m_pin->setText(tr("Available o&ffline"));
    m_pin->setAccessibleName(tr("Keep the document available offline"));
    rebuildList();
}

void DocumentsPage::reload()
{
    if (m_source.spaceId().isEmpty())
        removeOpenedCopies(); // signed out
    const auto documents = m_source.objects(QStringLiteral("document"));
    if (!documents) {
        Q_EMIT errorOccurred(documents.error());
        return;
    }
    m_documents.clear();
    m_pinned.clear();
    for (const store::StoredObject& object : documents.value()) {
        m_documents.append(QJsonDocument::fromJson(object.json).object());
        m_pinned.insert(object.id, object.pinned);
    }
    rebuildList();
    showPendingUploads();
}

void DocumentsPage::showPendingUploads()
{
    // Queued uploads are on disk already; saying so is what lets the person close the app.
    const auto pending = m_source.pendingOutbox();
    QStringList lines;
    for (const store::OutboxEntry& entry : pending.valueOr({})) {
        if (entry.kind != QLatin1String("upload"))
            continue;
        const QString name =
            entry.attachments.isEmpty() ? entry.kind : entry.attachments.first().fileName;
        switch (entry.state) {
        case store::OutboxState::Failed:
            lines.append(tr("%1: not sent (%2). It stays here until you remove it.")
                             .arg(name, entry.lastErrorCode));
            break;
        case store::OutboxState::Sending:
            lines.append(tr("%1: being sent…").arg(name));
            break;
        default:
            lines.append(tr("%1: saved on this computer, waiting to be sent").arg(name));
            break;
        }
    }
    m_pending->setVisible(!lines.isEmpty());
    m_pending->setText(lines.join(u'\n'));
}

void DocumentsPage::rebuildList()
{
    const QString selected =
        m_list->currentItem() ? m_list->currentItem()->data(0, IdRole).toString() : QString();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const QJsonObject& document : std::as_const(m_documents)) {
        const QString id = field(document, "id");
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, IdRole, id);
        item->setText(TitleColumn, field(document, "title"));
        QString origin = SpaceTexts::documentOrigin(field(document, "origin"));
        if (!SpaceTexts::administrationName(document).isEmpty())
            origin += QStringLiteral(" — ") + SpaceTexts::administrationName(document);
        item->setText(OriginColumn, origin);
        item->setText(SizeColumn, SpaceTexts::fileSize(document.value(u"size").toInteger()));
        item->setText(DateColumn, SpaceTexts::dateTime(field(document, "createdAt")));
        item->setText(DossierColumn, field(document, "dossierId"));
        item->setText(OfflineColumn, m_pinned.value(id) ? tr("Kept offline") : QString());
        if (id == selected)
            m_list->setCurrentItem(item);
    }
    m_notice->showState(m_source.state(), !m_documents.isEmpty(),
                        tr("No document yet. Documents you add or receive appear here."));
    updateActions();
}

QJsonObject DocumentsPage::currentDocument() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return {};
    const QString id = item->data(0, IdRole).toString();
    for (const QJsonObject& document : m_documents) {
        if (field(document, "id") == id)
            return document;
    }
    return {};
}

void DocumentsPage::updateActions()
{
    const QJsonObject document = currentDocument();
    const bool chosen = !document.isEmpty();
    const QString choose = tr("Choose a document in the list first.");
    DisabledReason::apply(m_open, chosen, choose);
    DisabledReason::apply(m_save, chosen, choose);
    DisabledReason::apply(m_pin, chosen, choose);
    m_pin->setChecked(chosen && m_pinned.value(field(document, "id")));
}

void DocumentsPage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    Announcer::announce(this, text);
}

std::optional<QByteArray> DocumentsPage::currentContent()
{
    const QString id = field(currentDocument(), "id");
    if (id.isEmpty())
        return std::nullopt;
    const auto content = m_source.documentContent(id);
    if (!content) {
        Q_EMIT errorOccurred(content.error());
        return std::nullopt;
    }
    if (!content.value()) {
        if (m_source.state() != DataState::Offline)
            m_source.requestDocument(id);
        showMessage(m_source.state() == DataState::Offline
                        ? tr("This document is not saved on this computer. Connect to the "
                             "internet to open it.")
                        : tr("This document is being downloaded. Try again in a moment."));
        return std::nullopt;
    }
    showMessage({});
    return content.value();
}

void DocumentsPage::openCurrent()
{
    const QJsonObject document = currentDocument();
    const std::optional<QByteArray> content = currentContent();
    if (!content)
        return;
    // A viewer of the system needs a file: it goes to a folder only this user can
    // read, removed with the page, instead of the shared temporary folder.
    const QString openedRoot = openedCopiesFolder();
    if (openedRoot.isEmpty()) {
        Q_EMIT errorOccurred(Error(QString::fromLatin1(ErrorCode::DataFolderNotWritable),
                                   m_openedRoot.isEmpty() ? QDir::tempPath() : m_openedRoot));
        return;
    }
    const QString id = field(document, "id");
    // Only types on the allow-list, checked against the bytes, under a name of ours:
    // anything else could be run by the click that opens it.
    const QString name =
        OpenableFile::openName(field(document, "fileName"), field(document, "mediaType"), *content);
    if (name.isEmpty()) {
        showMessage(tr("For your safety this kind of file is not opened from here. Use “Save "
                       "as…” to keep a copy, and check it before you open it."));
        return;
    }
    // The folder is named after a hash of the id: no id becomes a path.
    QDir folder(QDir(openedRoot).filePath(OpenableFile::folderFor(id)));
    if (!folder.mkpath(QStringLiteral("."))) {
        Q_EMIT errorOccurred(
            Error(QString::fromLatin1(ErrorCode::DataFolderNotWritable), folder.path()));
        return;
    }
    const QString path = folder.filePath(name);
    const QString root = QFileInfo(openedRoot).canonicalFilePath();
    if (root.isEmpty() || QFileInfo(folder.path()).canonicalPath() != root) {
        Q_EMIT errorOccurred(Error(QString::fromLatin1(ErrorCode::DataFolderNotWritable), path));
        return;
    }
    if (!writeFile(path, *content)) {
        Q_EMIT errorOccurred(Error(QString::fromLatin1(ErrorCode::DataFolderNotWritable), path));
        return;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    if (m_opener && !m_opener(path))
        showMessage(tr("No application on this computer can open this document. Use "
                       "“Save as…” to keep a copy."));
    Q_EMIT documentOpened(id, path);
}

void DocumentsPage::openDocument(const QString& documentId)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        if (item->data(0, IdRole).toString() == documentId) {
            m_list->setCurrentItem(item);
            m_list->setFocus();
            openCurrent();
            return;
        }
    }
    // Not in the list yet (sent with a message, before the next sync).
    showMessage(tr("This document is not on this computer yet. It appears here after the "
                   "next synchronisation."));
}

void DocumentsPage::saveCurrent()
{
    const QJsonObject document = currentDocument();
    if (document.isEmpty())
        return;
    const QString path =
        m_chooseSaveLocation(OpenableFile::safeBaseName(field(document, "fileName")));
    if (path.isEmpty())
        return;
    const std::optional<QByteArray> content = currentContent();
    if (!content)
        return;
    if (!writeFile(path, *content)) {
        Q_EMIT errorOccurred(Error(QString::fromLatin1(ErrorCode::DataFolderNotWritable), path));
        return;
    }
    showMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(path)));
}

void DocumentsPage::chooseUpload()
{
    if (!m_upload->isEnabled())
        return; // a viewer of the space
    const QString path = m_chooseUpload({});
    if (path.isEmpty())
        return;
    showMessage(tr("%1 will be added to your documents when the portal can be reached.")
                    .arg(QFileInfo(path).fileName()));
    Q_EMIT uploadRequested(path);
}

void DocumentsPage::setPinned(bool pinned)
{
    const QString id = field(currentDocument(), "id");
    if (id.isEmpty())
        return;
    const Status done = m_source.setDocumentPinned(id, pinned);
    if (!done) {
        Q_EMIT errorOccurred(done.error());
        updateActions();
        return;
    }
    m_pinned.insert(id, pinned);
    rebuildList();
}

} // namespace guichet
