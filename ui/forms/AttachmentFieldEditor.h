#pragma once

#include "AttachmentFiles.h"
#include "FieldEditor.h"

#include <QJsonObject>

class QLabel;
class QMenu;
class QPushButton;

namespace guichet {

struct EditorContext;

// A file for the form: chosen on disk (its bytes are copied into the draft at once)
// or re-used from the person's documents. Shows the file's name, size and the start
// of its SHA-256 digest, the digest the signed summary will list.
class AttachmentFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    AttachmentFieldEditor(forms::FormField field, const EditorContext& context,
                          QWidget* parent = nullptr);

    [[nodiscard]] QJsonValue value() const override;
    [[nodiscard]] QString inputProblem() const override { return m_problem; }
    [[nodiscard]] QWidget* focusTarget() const override;
    [[nodiscard]] QList<QWidget*> tabChain() const override;
    void setAccessibleTexts(const QString& name, const QString& description) override;
    void setEditable(bool editable) override;
    void retranslate() override;

    // Attaches the file at `path` as if the person had chosen it (the file dialog's
    // answer; also used by tests).
    void attachFile(const QString& path);
    void attachDocument(const forms::SpaceDocument& document);

protected:
    void showValue(const QJsonValue& value) override;

private:
    void chooseFile();
    void showDocuments();
    void clear();
    void setAttached(const AttachedFile& file);
    void showFile();
    [[nodiscard]] QString refusal(const QString& path) const;

    const EditorContext& m_context;
    QJsonObject m_value;
    AttachedFile m_file;
    QString m_problem;
    QString m_name; // the field's accessible name and description, for the buttons
    QString m_description;
    QLabel* m_fileText = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_fromDocuments = nullptr;
    QPushButton* m_remove = nullptr;
    QMenu* m_documentsMenu = nullptr;
};

} // namespace guichet
