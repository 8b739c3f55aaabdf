#include "PdfSignatureField.h"

#include "PdfObjectText.h"

#include <QSet>

namespace guichet::forms::pdf {
namespace {

// ISO 32000-1, 12.7.2: bit 1 SignaturesExist, bit 2 AppendOnly.
constexpr long long SignaturesExistAppendOnly = 3;
// Annotation flags Print (4) and Locked (128): printed like the page, not movable.
constexpr int WidgetFlags = 132;

// "Signature1", "Signature2", ...: the first name no top-level field uses yet.
QByteArray freeFieldName(QPDFObjectHandle fields)
{
    QSet<QString> used;
    if (fields.isArray())
        for (int i = 0; i < fields.getArrayNItems(); ++i) {
            QPDFObjectHandle field = fields.getArrayItem(i);
            if (field.isDictionary() && field.getKey("/T").isString())
                used.insert(QString::fromStdString(field.getKey("/T").getUTF8Value()));
        }
    int n = 1;
    while (used.contains(QStringLiteral("Signature%1").arg(n)))
        ++n;
    return textStringText(QStringLiteral("Signature%1").arg(n));
}

// Appends `item` to the array at `owner[key]`: in place when the array is an object
// of its own, otherwise as a replaced entry of the owner.
void appendToArray(PdfIncrementalUpdate& update, QPDFObjectHandle owner, const std::string& key,
                   const QByteArray& item, std::map<std::string, QByteArray>& ownerReplaced)
{
    QPDFObjectHandle array = owner.getKey(key);
    if (array.isIndirect() && array.isArray()) {
        const QPDFObjGen id = array.getObjGen();
        update.putObject(id.getObj(), id.getGen(), arrayTextWith(array, item));
    } else {
        ownerReplaced[key] = arrayTextWith(array, item);
    }
}

void putChanged(PdfIncrementalUpdate& update, QPDFObjectHandle object,
                const std::map<std::string, QByteArray>& replaced)
{
    const QPDFObjGen id = object.getObjGen();
    update.putObject(id.getObj(), id.getGen(), dictionaryText(object, replaced));
}

} // namespace

std::optional<QString> addSignatureField(QPDF& document, PdfIncrementalUpdate& update,
                                         int signatureNumber)
{
    const std::vector<QPDFObjectHandle>& pages = document.getAllPages();
    if (pages.empty())
        return QStringLiteral("the document has no page");
    QPDFObjectHandle page = pages.front();
    QPDFObjectHandle catalog = document.getRoot();
    if (!page.isIndirect() || !catalog.isIndirect())
        return QStringLiteral("the page or the catalog is not an indirect object");
    QPDFObjectHandle acroForm = catalog.getKey("/AcroForm");
    if (!acroForm.isNull() && !acroForm.isDictionary())
        return QStringLiteral("the document's /AcroForm is not a dictionary");

    // The field and its widget in one dictionary; /Rect all zeros makes it invisible
    // (no appearance stream needed).
    const int widgetNumber = update.newObjectNumber();
    const QByteArray widget = referenceText(widgetNumber);
    update.putObject(widgetNumber, 0,
                     "<< /Type /Annot /Subtype /Widget /FT /Sig /T " +
                         freeFieldName(acroForm.isDictionary() ? acroForm.getKey("/Fields")
                                                               : QPDFObjectHandle()) +
                         " /V " + referenceText(signatureNumber) + " /F " +
                         QByteArray::number(WidgetFlags) + " /Rect [0 0 0 0] /P " +
                         referenceText(page) + " >>");

    std::map<std::string, QByteArray> pageReplaced;
    appendToArray(update, page, "/Annots", widget, pageReplaced);
    if (!pageReplaced.empty())
        putChanged(update, page, pageReplaced);

    if (acroForm.isNull()) {
        const int formNumber = update.newObjectNumber();
        update.putObject(formNumber, 0,
                         "<< /Fields [" + widget + "] /SigFlags " +
                             QByteArray::number(SignaturesExistAppendOnly) + " >>");
        putChanged(update, catalog, {{"/AcroForm", referenceText(formNumber)}});
        return std::nullopt;
    }
    const long long flags =
        acroForm.getKey("/SigFlags").isInteger() ? acroForm.getKey("/SigFlags").getIntValue() : 0;
    std::map<std::string, QByteArray> formReplaced{
        {"/SigFlags", QByteArray::number(flags | SignaturesExistAppendOnly)}};
    appendToArray(update, acroForm, "/Fields", widget, formReplaced);
    if (acroForm.isIndirect())
        putChanged(update, acroForm, formReplaced);
    else // a direct dictionary inside the catalog: the catalog changes
        putChanged(update, catalog, {{"/AcroForm", dictionaryText(acroForm, formReplaced)}});
    return std::nullopt;
}

} // namespace guichet::forms::pdf
