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

void appendRecord(QString& out, const QStringList& fields, QChar separator)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += separator;
        out += field(fields.at(i), separator);
    }
    out += QStringLiteral("\r\n");
}

} // namespace

QString field(const QString& value, QChar separator)
{
    QString text = startsLikeFormula(value) ? u'\'' + value : value;
    const bool quote = text.contains(separator) || text.contains(u'"') || text.contains(u'\n') ||
                       text.contains(u'\r');
    if (!quote)
        return text;
    text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

QByteArray document(const QStringList& header, const QList<QStringList>& rows, QChar separator)
{
    QString text;
    appendRecord(text, header, separator);
    for (const QStringList& row : rows)
        appendRecord(text, row, separator);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QChar separatorFor(const QLocale& locale)
{
    return locale.decimalPoint() == QStringLiteral(",") ? u';' : u',';
}

} // namespace guichet::CsvWriter
