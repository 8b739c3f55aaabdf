#include "PdfEmbeddedFile.h"

#include "ErrorCodes.h"
#include "PdfDate.h"

#include <QDateTime>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

namespace guichet::forms {
namespace {

Error failed(const QString& detail)
{
    return Error(QLatin1String(ErrorCode::SummaryPdfFailed), detail);
}

void load(QPDF& document, const QByteArray& pdf, const char* description)
{
    document.setSuppressWarnings(true);
    document.processMemoryFile(description, pdf.constData(), size_t(pdf.size()));
}

// The catalog's /AF array without the entries for `fileName` (being replaced).
QPDFObjectHandle associatedFilesWithout(QPDFObjectHandle catalog, const std::string& fileName)
{
    QPDFObjectHandle kept = QPDFObjectHandle::newArray();
    QPDFObjectHandle current = catalog.getKey("/AF");
    if (current.isArray())
        for (int i = 0; i < current.getArrayNItems(); ++i) {
            QPDFObjectHandle entry = current.getArrayItem(i);
            if (entry.isDictionary() && QPDFFileSpecObjectHelper(entry).getFilename() == fileName)
                continue;
            kept.appendItem(entry);
        }
    return kept;
}

} // namespace

Result<QByteArray> embedFile(const QByteArray& pdf, const QString& fileName,
                             const QByteArray& content, const QString& mediaType,
                             const QString& description)
{
    if (fileName.isEmpty())
        return failed(QStringLiteral("an embedded file needs a name"));
    try {
        QPDF document;
        load(document, pdf, "summary document");
        if (document.isEncrypted())
            return failed(QStringLiteral("the document is encrypted"));
        const std::string name = fileName.toStdString();

        // createEFStream computes /Params /Size and /CheckSum from the bytes.
        QPDFEFStreamObjectHelper stream = QPDFEFStreamObjectHelper::createEFStream(
            document, std::string(content.constData(), size_t(content.size())));
        stream.setSubtype(mediaType.toStdString());
        stream.setModDate(pdf::pdfDate(QDateTime::currentDateTimeUtc()).toStdString());
        QPDFFileSpecObjectHelper spec =
            QPDFFileSpecObjectHelper::createFileSpec(document, name, stream);
        if (!description.isEmpty())
            spec.setDescription(description.toStdString());
        QPDFObjectHandle specObject = spec.getObjectHandle();
        specObject.replaceKey("/AFRelationship", QPDFObjectHandle::newName("/Data"));
        // /AF needs a reference to the same file specification the name tree lists.
        if (!specObject.isIndirect())
            specObject = document.makeIndirectObject(specObject);

        QPDFEmbeddedFileDocumentHelper(document).replaceEmbeddedFile(
            name, QPDFFileSpecObjectHelper(specObject));
        QPDFObjectHandle catalog = document.getRoot();
        QPDFObjectHandle associated = associatedFilesWithout(catalog, name);
        associated.appendItem(specObject);
        catalog.replaceKey("/AF", associated);

        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.write();
        const std::shared_ptr<Buffer> written = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char*>(written->getBuffer()),
                          qsizetype(written->getSize()));
    } catch (const std::exception& e) {
        return failed(QStringLiteral("qpdf: %1").arg(QString::fromUtf8(e.what())));
    }
}

Result<QByteArray> extractEmbeddedFile(const QByteArray& pdf, const QString& fileName)
{
    try {
        QPDF document;
        load(document, pdf, "document with embedded files");
        QPDFEmbeddedFileDocumentHelper files(document);
        std::shared_ptr<QPDFFileSpecObjectHelper> spec =
            files.getEmbeddedFile(fileName.toStdString());
        if (!spec)
            return failed(QStringLiteral("no embedded file named %1").arg(fileName));
        QPDFObjectHandle stream = spec->getEmbeddedFileStream();
        if (!stream.isStream())
            return failed(QStringLiteral("the embedded file %1 has no data").arg(fileName));
        const std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_all);
        return QByteArray(reinterpret_cast<const char*>(data->getBuffer()),
                          qsizetype(data->getSize()));
    } catch (const std::exception& e) {
        return failed(QStringLiteral("qpdf: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace guichet::forms
