#include "RawJsonItems.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace guichet::sync {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The position just after the string that starts at `at` (a quote), or -1.
qsizetype skipString(const QByteArray& json, qsizetype at)
{
    for (qsizetype i = at + 1; i < json.size(); ++i) {
        if (json[i] == '\\')
            ++i; // the escaped character, whatever it is
        else if (json[i] == '"')
            return i + 1;
    }
    return -1;
}

// The position just after the value that starts at `at`, or -1. Scalars end at the
// next ',', '}' or ']' of their level.
qsizetype skipValue(const QByteArray& json, qsizetype at)
{
    int depth = 0;
    for (qsizetype i = at; i < json.size();) {
        const char c = json[i];
        if (c == '"') {
            i = skipString(json, i);
            if (i < 0)
                return -1;
            if (depth == 0)
                return i;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return i; // end of the enclosing container: a scalar ended
            if (--depth == 0)
                return i + 1;
        } else if (c == ',' && depth == 0) {
            return i;
        }
        ++i;
    }
    return depth == 0 ? json.size() : -1;
}

qsizetype skipSpace(const QByteArray& json, qsizetype at)
{
    while (at < json.size() && isSpace(json[at]))
        ++at;
    return at;
}

// Whether a member name, as written between its quotes, is `key`. A name with escapes
// ("\u0069tems") is decoded the way QJsonDocument decodes it.
bool nameIs(QByteArrayView name, QLatin1StringView key)
{
    if (!name.contains('\\'))
        return name == QByteArrayView(key.data(), key.size());
    const QJsonArray decoded = QJsonDocument::fromJson("[\"" + name.toByteArray() + "\"]").array();
    return decoded.size() == 1 && decoded.at(0).toString() == key;
}

// The items of the array that starts at `at` (a '['); `at` is left after its ']'.
std::optional<QList<QByteArray>> splitArray(const QByteArray& json, qsizetype& at)
{
    QList<QByteArray> items;
    qsizetype i = skipSpace(json, at + 1);
    while (i < json.size() && json[i] != ']') {
        const qsizetype end = skipValue(json, i);
        // No value here ("[}" or "[,,"): stop. Found by tests/fuzz/fuzz_raw_json_items,
        // the loop appended empty items without moving until memory ran out.
        if (end <= i)
            return std::nullopt;
        items.append(json.sliced(i, end - i).trimmed());
        i = skipSpace(json, end);
        if (i < json.size() && json[i] == ',')
            i = skipSpace(json, i + 1);
    }
    if (i >= json.size())
        return std::nullopt;
    at = i + 1;
    return items;
}

} // namespace

std::optional<QList<QByteArray>> rawArrayItems(const QByteArray& json, QLatin1StringView key)
{
    qsizetype i = skipSpace(json, 0);
    if (i >= json.size() || json[i] != '{')
        return std::nullopt;
    i = skipSpace(json, i + 1);
    // Every member of the top-level object is read: when the key appears twice,
    // QJsonDocument keeps the last one, so the first array's text would be stored for
    // the other array's objects (found by tests/fuzz/fuzz_raw_json_items). Such a page is
    // not split at all; the caller serialises what QJsonDocument parsed instead.
    std::optional<QList<QByteArray>> found;
    int matches = 0;
    // Members of the top-level object: "name" : value , ...
    while (i < json.size() && json[i] == '"') {
        const qsizetype nameEnd = skipString(json, i);
        if (nameEnd < 0)
            return std::nullopt;
        const QByteArrayView name = QByteArrayView(json).sliced(i + 1, nameEnd - i - 2);
        i = skipSpace(json, nameEnd);
        if (i >= json.size() || json[i] != ':')
            return std::nullopt;
        i = skipSpace(json, i + 1);
        if (nameIs(name, key)) {
            if (++matches > 1 || i >= json.size() || json[i] != '[')
                return std::nullopt;
            found = splitArray(json, i);
            if (!found)
                return std::nullopt;
        } else {
            i = skipValue(json, i);
            if (i < 0)
                return std::nullopt;
        }
        i = skipSpace(json, i);
        if (i < json.size() && json[i] == ',')
            i = skipSpace(json, i + 1);
    }
    return found;
}

} // namespace guichet::sync
