#pragma once

#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace guichet {

// The attachments of a message being written: files from this computer and documents
// already in the space, at most MessageLimits::MaxAttachments, of the accepted types
// and within the size the portal takes. A file that does not fit is refused at once,
// with the reason under the list.
class AttachmentPicker : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentPicker(QWidget* parent = nullptr);

    // Seams (tests, or the app's own dialogs): each returns what the person chose,
    // empty when they cancelled. Defaults: QFileDialog and a list of the documents.
    using FileChooser = std::function<QStringList()>;
    using DocumentChooser =
        std::function<QStringList(const QList<QPair<QString, QString>>& documents)>;
    void setFileChooser(FileChooser chooser) { m_chooseFiles = std::move(chooser); }
    void setDocumentChooser(DocumentChooser chooser) { m_chooseDocuments = std::move(chooser); }
    // The space's documents that can be attached: (id, title).
    void setDocuments(const QList<QPair<QString, QString>>& documents);

    void addFiles();
    void addDocuments();
    void removeCurrent();
    void clear();

    [[nodiscard]] QStringList filePaths() const;
    [[nodiscard]] QStringList documentIds() const;
    [[nodiscard]] int count() const;

    void retranslate();

Q_SIGNALS:
    void attachmentsChanged();

private:
    // The new row, or nullptr when the limit is reached (the reason is shown).
    QListWidgetItem* add(const QString& kind, const QString& value, const QString& label);
    void showProblem(const QString& text);

    FileChooser m_chooseFiles;
    DocumentChooser m_chooseDocuments;
    QList<QPair<QString, QString>> m_documents;
    QListWidget* m_list = nullptr;
    QPushButton* m_addFile = nullptr;
    QPushButton* m_addDocument = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace guichet
