#include "StringFormats.h"

#include <QHash>
#include <QRegularExpression>

namespace guichet::test {

namespace {

using namespace Qt::StringLiterals;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Reads `count` decimal digits at `from`; the date and time checks run once per
// timestamp of every page, so they avoid regular expressions.
bool readDigits(QStringView text, qsizetype from, qsizetype count, int& number)
{
    if (from + count > text.size())
        return false;
    number = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        if (!isAsciiDigit(text[i]))
            return false;
        number = number * 10 + (text[i].unicode() - u'0');
    }
    return true;
}

// RFC 3339 full-date: years 0000-9999 and the Gregorian month lengths.
bool isValidFullDate(int year, int month, int day)
{
    static constexpr int kDaysInMonth[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month == 2 && !leap)
        return day <= 28;
    return day <= kDaysInMonth[month - 1];
}

bool isDate(QStringView text)
{
    int year = 0;
    int month = 0;
    int day = 0;
    return text.size() == 10 && readDigits(text, 0, 4, year) && text[4] == u'-' &&
           readDigits(text, 5, 2, month) && text[7] == u'-' && readDigits(text, 8, 2, day) &&
           isValidFullDate(year, month, day);
}

// RFC 3339 section 5.6 "date-time": full-date "T" full-time, with Z or an offset.
bool isDateTime(QStringView text)
{
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (text.size() < 20 || !isDate(text.first(10)) || (text[10] != u'T' && text[10] != u't') ||
        !readDigits(text, 11, 2, hour) || text[13] != u':' || !readDigits(text, 14, 2, minute) ||
        text[16] != u':' || !readDigits(text, 17, 2, second))
        return false;
    // Second 60 exists (leap second); RFC 3339 allows it.
    if (hour > 23 || minute > 59 || second > 60)
        return false;
    qsizetype position = 19;
    if (text[position] == u'.') {
        const qsizetype fractionStart = ++position;
        while (position < text.size() && isAsciiDigit(text[position]))
            ++position;
        if (position == fractionStart)
            return false;
    }
    const QStringView zone = text.mid(position);
    if (zone == u"Z" || zone == u"z")
        return true;
    int offsetHours = 0;
    int offsetMinutes = 0;
    return zone.size() == 6 && (zone[0] == u'+' || zone[0] == u'-') &&
           readDigits(zone, 1, 2, offsetHours) && zone[3] == u':' &&
           readDigits(zone, 4, 2, offsetMinutes) && offsetHours <= 23 && offsetMinutes <= 59;
}

// RFC 3986: only these ASCII characters, and '%' followed by two hex digits.
bool hasOnlyUriCharacters(QStringView text)
{
    static const QString allowed = u"-._~:/?#[]@!$&'()*+,;="_s;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'%') {
            if (i + 2 >= text.size() || !isHexDigit(text[i + 1]) || !isHexDigit(text[i + 2]))
                return false;
            i += 2;
        } else if (!isAsciiLetter(c) && !isAsciiDigit(c) && !allowed.contains(c)) {
            return false;
        }
    }
    return true;
}

bool isScheme(QStringView text)
{
    if (text.isEmpty() || !isAsciiLetter(text[0]))
        return false;
    for (const QChar c : text) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'+' && c != u'-' && c != u'.')
            return false;
    }
    return true;
}

bool isUriReference(QStringView text)
{
    // A colon before any '/', '?' or '#' ends a scheme, which must then be valid.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u':')
            return isScheme(text.first(i)) && hasOnlyUriCharacters(text);
        if (text[i] == u'/' || text[i] == u'?' || text[i] == u'#')
            break;
    }
    return hasOnlyUriCharacters(text);
}

// An absolute URI: a scheme, then anything a URI reference allows ("urn:uuid:..." too).
bool isUri(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    return colon > 0 && isScheme(text.first(colon)) && hasOnlyUriCharacters(text);
}

bool isEmail(const QString& text)
{
    static const QRegularExpression shape(
        u"^[^@\\s\"(),:;<>\\[\\]\\\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
        "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"_s);
    return shape.match(text).hasMatch();
}

bool isBase64(const QString& text)
{
    static const QRegularExpression shape(
        u"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"_s);
    return shape.match(text).hasMatch();
}

bool isUuid(const QString& text)
{
    static const QRegularExpression shape(
        u"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"_s);
    return shape.match(text).hasMatch();
}

} // namespace

// "binary" and "password" constrain nothing a JSON string can break.
std::optional<StringFormat> stringFormatFromName(const QString& name)
{
    static const QHash<QString, StringFormat> formats{
        {u"date-time"_s, StringFormat::DateTime},
        {u"date"_s, StringFormat::Date},
        {u"uri"_s, StringFormat::Uri},
        {u"uri-reference"_s, StringFormat::UriReference},
        {u"email"_s, StringFormat::Email},
        {u"byte"_s, StringFormat::Byte},
        {u"uuid"_s, StringFormat::Uuid},
        {u"binary"_s, StringFormat::AnyText},
        {u"password"_s, StringFormat::AnyText}};
    const auto found = formats.constFind(name);
    if (found == formats.cend())
        return std::nullopt;
    return *found;
}

bool matchesStringFormat(StringFormat format, const QString& text)
{
    switch (format) {
    case StringFormat::DateTime:
        return isDateTime(text);
    case StringFormat::Date:
        return isDate(text);
    case StringFormat::Uri:
        return isUri(text);
    case StringFormat::UriReference:
        return isUriReference(text);
    case StringFormat::Email:
        return isEmail(text);
    case StringFormat::Byte:
        return isBase64(text);
    case StringFormat::Uuid:
        return isUuid(text);
    case StringFormat::AnyText:
        break;
    }
    return true;
}

} // namespace guichet::test
