#include "OpenableFile.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QStringList>

namespace guichet::OpenableFile {
namespace {

constexpr int MaxNameLength = 120;

bool isBidiControl(char16_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

bool isReservedDeviceName(const QString& base)
{
    static const QRegularExpression reserved(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$"),
        QRegularExpression::CaseInsensitiveOption);
    return reserved.match(base.section(QLatin1Char('.'), 0, 0).trimmed()).hasMatch();
}

} // namespace

QString safeBaseName(const QString& name)
{
    QString base = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    static const QString forbidden = QStringLiteral(":*?\"<>|");
    QString cleaned;
    cleaned.reserve(base.size());
    for (const QChar c : std::as_const(base)) {
        if (isBidiControl(c.unicode()) || c.category() == QChar::Other_Format)
            continue; // invisible: dropped, so what is shown is what is written
        cleaned.append(
            c.unicode() < 0x20 || c.unicode() == 0x7f || forbidden.contains(c) ? QChar(u'_') : c);
    }
    while (cleaned.startsWith(u'.') || cleaned.startsWith(u' '))
        cleaned.remove(0, 1);
    // Windows drops trailing dots and spaces, which could make "a.pdf." into "a.pdf".
    while (cleaned.endsWith(u'.') || cleaned.endsWith(u' '))
        cleaned.chop(1);
    if (isReservedDeviceName(cleaned))
        cleaned.prepend(u'_');
    if (cleaned.size() > MaxNameLength) {
        const QString suffix = QFileInfo(cleaned).suffix().left(10);
        cleaned = cleaned.left(MaxNameLength - suffix.size() - 1) +
                  (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    }
    return cleaned.isEmpty() ? QStringLiteral("document") : cleaned;
}

QString allowedExtension(const QString& mediaType)
{
    const QString type = mediaType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (type == QLatin1String("application/pdf"))
        return QStringLiteral("pdf");
    if (type == QLatin1String("image/png"))
        return QStringLiteral("png");
    if (type == QLatin1String("image/jpeg"))
        return QStringLiteral("jpg");
    if (type == QLatin1String("text/plain"))
        return QStringLiteral("txt");
    return {};
}

QString shownName(const QString& fileName, const QString& mediaType)
{
    const QString extension = allowedExtension(mediaType);
    if (extension.isEmpty())
        return safeBaseName(fileName);
    // Every extension of the portal's name goes: "report.pdf.exe" opens as "report.pdf".
    QString stem = safeBaseName(fileName).section(QLatin1Char('.'), 0, 0);
    if (stem.isEmpty())
        stem = QStringLiteral("document");
    return stem + QLatin1Char('.') + extension;
}

QString openName(const QString& fileName, const QString& mediaType, const QByteArray& content)
{
    if (allowedExtension(mediaType).isEmpty())
        return {};
    // What the bytes are, not what the portal says they are.
    const QMimeType sniffed = QMimeDatabase().mimeTypeForData(content);
    const QString declared = mediaType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (!sniffed.inherits(declared))
        return {};
    return shownName(fileName, mediaType);
}

QString folderFor(const QString& documentId)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(documentId.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

} // namespace guichet::OpenableFile
