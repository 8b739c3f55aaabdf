#include "PdfDate.h"

#include <QTimeZone>

#include <cctype>

namespace guichet::forms::pdf {

QByteArray pdfDate(const QDateTime& time)
{
    return "D:" + time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "+00'00'";
}

QDateTime parsePdfDate(const QByteArray& text)
{
    QByteArray rest = text.trimmed();
    if (rest.startsWith("D:"))
        rest = rest.mid(2);
    // Fields after the year are optional; each has a default (month and day 1, the
    // rest 0).
    int fields[6] = {0, 1, 1, 0, 0, 0};
    const int widths[6] = {4, 2, 2, 2, 2, 2};
    qsizetype position = 0;
    for (int i = 0; i < 6; ++i) {
        if (position + widths[i] > rest.size() || !std::isdigit(uchar(rest.at(position))))
            break;
        bool ok = false;
        fields[i] = rest.mid(position, widths[i]).toInt(&ok);
        if (!ok)
            return {};
        position += widths[i];
    }
    if (position < 4)
        return {};
    int offsetSeconds = 0;
    if (position < rest.size()) {
        const char sign = rest.at(position);
        if (sign == '+' || sign == '-') {
            const QByteArray zone = rest.mid(position + 1).replace('\'', "");
            const int hours = zone.left(2).toInt();
            const int minutes = zone.size() >= 4 ? zone.mid(2, 2).toInt() : 0;
            offsetSeconds = (hours * 3600 + minutes * 60) * (sign == '-' ? -1 : 1);
        } else if (sign != 'Z') {
            return {};
        }
    }
    const QDate date(fields[0], fields[1], fields[2]);
    const QTime time(fields[3], fields[4], fields[5]);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
}

} // namespace guichet::forms::pdf
