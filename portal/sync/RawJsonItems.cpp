#include "RawJsonItems.h"

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

} // namespace

std::optional<QList<QByteArray>> rawArrayItems(const QByteArray& json, QLatin1StringView key)
{
    qsizetype i = skipSpace(json, 0);
    if (i >= json.size() || json[i] != '{')
        return std::nullopt;
    i = skipSpace(json, i + 1);
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
        if (name == QByteArrayView(key.data(), key.size())) {
            if (i >= json.size() || json[i] != '[')
                return std::nullopt;
            QList<QByteArray> items;
            i = skipSpace(json, i + 1);
            while (i < json.size() && json[i] != ']') {
                const qsizetype end = skipValue(json, i);
                if (end < 0)
                    return std::nullopt;
                items.append(json.sliced(i, end - i).trimmed());
                i = skipSpace(json, end);
                if (i < json.size() && json[i] == ',')
                    i = skipSpace(json, i + 1);
            }
            if (i >= json.size())
                return std::nullopt;
            return items;
        }
        i = skipValue(json, i);
        if (i < 0)
            return std::nullopt;
        i = skipSpace(json, i);
        if (i < json.size() && json[i] == ',')
            i = skipSpace(json, i + 1);
    }
    return std::nullopt;
}

} // namespace guichet::sync
