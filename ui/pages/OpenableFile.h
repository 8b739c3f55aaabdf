#pragma once

#include <QByteArray>
#include <QString>

// What may be handed to the system's opener, and under which name. A document's
// id, file name and media type come from the portal, which is not trusted to name
// files on this computer: a name like "report.pdf.exe", "x.desktop" or "../../.config/
// autostart/x" would otherwise be written and run by the click that opens it.
namespace guichet::OpenableFile {

// The portal's file name reduced to a plain base name: no folders, no control or
// bidirectional-override characters (which can show "exe.pdf" for "fdp.exe"), none of
// the characters Windows forbids, no leading dots, no reserved device names (CON,
// NUL, COM1 ...), at most 120 characters. Never empty.
[[nodiscard]] QString safeBaseName(const QString& name);

// The extension the opener may be given for a declared media type: pdf, png, jpg or
// txt (the allow-list); empty for any other type, which is offered for "Save as" only.
[[nodiscard]] QString allowedExtension(const QString& mediaType);

// The name a document of this file name and declared type would be opened under (its
// safe stem with the extension of its type), or its safe base name when the type is
// not on the allow-list (then it can only be saved). What a message shows for an
// attachment, so the label is the file that opens.
[[nodiscard]] QString shownName(const QString& fileName, const QString& mediaType);

// The name the document is opened under: its safe base name with the extension of
// its declared type in place of its own, when the type is on the allow-list and the
// bytes really are of that type; empty when it must not be opened from here.
[[nodiscard]] QString openName(const QString& fileName, const QString& mediaType,
                               const QByteArray& content);

// A folder name for one document's opened copy that no id can turn into a path.
[[nodiscard]] QString folderFor(const QString& documentId);

} // namespace guichet::OpenableFile
