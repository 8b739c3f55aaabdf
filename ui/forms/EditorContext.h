#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace guichet {

class AttachmentFiles;

// What editors need beyond their field: where attached files go, and how to ask the
// person for a file (a file dialog, replaced by tests).
struct EditorContext
{
    AttachmentFiles* files = nullptr;
    std::function<QString(QWidget* parent)> chooseFile;
    // Whether the form lets a document of the person's space be re-used for this
    // attachment requirement (AttachmentRequirement::personalReuse).
    std::function<bool(const QString& requirementId)> allowsReuse;
};

} // namespace guichet
