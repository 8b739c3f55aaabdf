#pragma once

#include "Error.h"
#include "Page.h"

#include <QHash>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTemporaryDir;
class QTreeWidget;

namespace guichet {

class DataStateNotice;
class SpaceSource;

// The documents of the space: open one (decrypted into a private temporary folder
// for the system's viewer), save a copy, keep it available offline, or add a file.
class DocumentsPage : public Page
{
    Q_OBJECT

public:
    explicit DocumentsPage(SpaceSource& source, QWidget* parent = nullptr);
    ~DocumentsPage() override;

    [[nodiscard]] QString pageId() const override { return QStringLiteral("documents"); }
    [[nodiscard]] QString title() const override;

    // Seams for tests (and for the app, which may prefer its own viewer): each gets
    // the default (QDesktopServices / QFileDialog) unless replaced. A chooser returns
    // an empty path when the person cancels.
    using FileOpener = std::function<bool(const QString& path)>;
    using PathChooser = std::function<QString(const QString& suggestedName)>;
    void setFileOpener(FileOpener opener) { m_opener = std::move(opener); }
    void setSaveLocationChooser(PathChooser chooser) { m_chooseSaveLocation = std::move(chooser); }
    void setUploadFileChooser(PathChooser chooser) { m_chooseUpload = std::move(chooser); }
    // Where decrypted copies for the system's viewer go: a folder the app owns (the app
    // gives one in its data folder), emptied now (what an earlier run left), when the
    // person signs out and when the page goes. Unset: a private temporary folder.
    void setOpenedCopiesFolder(const QString& folder);

    void openCurrent();
    // Chooses the document in the list and opens it (a message's attachment).
    void openDocument(const QString& documentId);
    void saveCurrent();
    void chooseUpload();
    // A viewer of the space cannot add documents: the button is disabled and says why.
    // Empty = allowed.
    void setReadOnlyReason(const QString& reason);

Q_SIGNALS:
    // The decrypted copy was written to path and handed to the opener.
    void documentOpened(const QString& documentId, const QString& path);
    // The person chose a file to add to the space; the app queues its upload.
    void uploadRequested(const QString& filePath);
    void errorOccurred(const guichet::Error& error);

protected:
    void retranslate() override;

private:
    void reload();
    void rebuildList();
    void showPendingUploads();
    void updateActions();
    void setPinned(bool pinned);
    void showMessage(const QString& text);
    [[nodiscard]] QJsonObject currentDocument() const;
    // The content, or an explanation in the message line when it is not here.
    [[nodiscard]] std::optional<QByteArray> currentContent();
    // The folder for opened copies, made (owner-only) when needed; empty if it cannot be.
    [[nodiscard]] QString openedCopiesFolder();
    void removeOpenedCopies();

    SpaceSource& m_source;
    QList<QJsonObject> m_documents;
    QHash<QString, bool> m_pinned;
    std::unique_ptr<QTemporaryDir> m_openedFolder; // when no folder was given
    QString m_openedRoot;
    FileOpener m_opener;
    PathChooser m_chooseSaveLocation;
    PathChooser m_chooseUpload;
    QLabel* m_heading = nullptr;
    DataStateNotice* m_notice = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_upload = nullptr;
    QCheckBox* m_pin = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_pending = nullptr; // uploads not yet on the portal, with their state
};

} // namespace guichet
