#pragma once

// Other shapes of the same PDF, made with the qpdf library, so the signature is
// tested on more than what QPdfWriter writes. Link PkgConfig::QPDF and define
// POINTERHOLDER_TRANSITION=4.
#include <QByteArray>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

#include <functional>

namespace guichet::test {

// Rewrites `pdf` after `change` (if any) has edited the parsed document.
inline QByteArray rewrittenByQpdf(const QByteArray& pdf, bool objectStreams, bool linearize,
                                  const std::function<void(QPDF&)>& change = {})
{
    QPDF document;
    document.processMemoryFile("test input", pdf.constData(), size_t(pdf.size()));
    if (change)
        change(document);
    QPDFWriter writer(document);
    writer.setOutputMemory();
    writer.setObjectStreamMode(objectStreams ? qpdf_o_generate : qpdf_o_disable);
    writer.setLinearization(linearize);
    writer.write();
    const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char*>(out->getBuffer()), qsizetype(out->getSize()));
}

// An interactive form written directly inside the catalog, with a text field whose
// widget sits in page 1's /Annots, also written directly in the page: the signature
// must join both without losing what is there.
inline void addDirectFormWithTextField(QPDF& document)
{
    QPDFObjectHandle page = document.getAllPages().front();
    QPDFObjectHandle field = document.makeIndirectObject(QPDFObjectHandle::parse(
        "<< /Type /Annot /Subtype /Widget /FT /Tx /T (name) /V (Marie) /Rect [50 50 200 70] >>"));
    field.replaceKey("/P", page);
    page.replaceKey("/Annots", QPDFObjectHandle::newArray({field}));
    QPDFObjectHandle form = QPDFObjectHandle::parse("<< /DA (/Helv 0 Tf 0 g) /SigFlags 0 >>");
    form.replaceKey("/Fields", QPDFObjectHandle::newArray({field}));
    document.getRoot().replaceKey("/AcroForm", form);
}

} // namespace guichet::test
