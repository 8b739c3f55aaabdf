#include "CsvWriter.h"

namespace guichet::CsvWriter {
namespace {

bool startsLikeFormula(const QString& value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

void appendRecord(QString& out, const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += u',';
        out += field(fields.at(i));
    }
    out += QStringLiteral("\r\n");
}

} // namespace

QString field(const QString& value)
{
    QString text = startsLikeFormula(value) ? u'\'' + value : value;
    const bool quote =
        text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!quote)
        return text;
    text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

QByteArray document(const QStringList& header, const QList<QStringList>& rows)
{
    QString text;
    appendRecord(text, header);
    for (const QStringList& row : rows)
        appendRecord(text, row);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace guichet::CsvWriter
