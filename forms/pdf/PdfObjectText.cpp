#include "PdfObjectText.h"

#include <QString>

namespace guichet::forms::pdf {

QByteArray referenceText(int number, int generation)
{
    return QByteArray::number(number) + ' ' + QByteArray::number(generation) + " R";
}

QByteArray referenceText(QPDFObjectHandle indirectObject)
{
    const QPDFObjGen id = indirectObject.getObjGen();
    return referenceText(id.getObj(), id.getGen());
}

QByteArray dictionaryText(QPDFObjectHandle dictionary,
                          const std::map<std::string, QByteArray>& replaced)
{
    QByteArray text = "<<";
    for (const std::string& key : dictionary.getKeys()) {
        if (replaced.count(key) != 0)
            continue;
        // unparse() writes indirect values as "N G R" and direct ones in full.
        text += ' ' + QByteArray::fromStdString(QPDFObjectHandle::newName(key).unparse()) + ' ' +
                QByteArray::fromStdString(dictionary.getKey(key).unparse());
    }
    for (const auto& [key, value] : replaced)
        text +=
            ' ' + QByteArray::fromStdString(QPDFObjectHandle::newName(key).unparse()) + ' ' + value;
    return text + " >>";
}

QByteArray arrayTextWith(QPDFObjectHandle array, const QByteArray& appended)
{
    QByteArray text = "[";
    if (array.isArray())
        for (int i = 0; i < array.getArrayNItems(); ++i)
            text += QByteArray::fromStdString(array.getArrayItem(i).unparse()) + ' ';
    return text + appended + ']';
}

QByteArray textStringText(const QString& text)
{
    return QByteArray::fromStdString(
        QPDFObjectHandle::newUnicodeString(text.toStdString()).unparse());
}

} // namespace guichet::forms::pdf
