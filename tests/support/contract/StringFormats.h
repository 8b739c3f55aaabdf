#pragma once

#include <QString>

#include <optional>

namespace guichet::test {

// The OpenAPI "format" values a JSON string can be checked against. The checks are
// hand-written rather than regular expressions where they run once per timestamp or
// link of every page a test receives.
enum class StringFormat
{
    DateTime,     // RFC 3339 date-time, "2025-03-14T09:30:00Z" or with an offset
    Date,         // RFC 3339 full-date, "2025-03-14"
    Uri,          // absolute URI (RFC 3986), a scheme first: "https:...", "urn:..."
    UriReference, // absolute or relative URI reference, "/api/v1/spaces"
    Email,        // a plausible address: local part, "@", dotted host name
    Byte,         // padded standard base64
    Uuid,         // 8-4-4-4-12 hex digits
    AnyText       // "binary", "password": nothing a JSON string can break
};

// The format of that OpenAPI name; nothing for a format this checker does not know.
std::optional<StringFormat> stringFormatFromName(const QString& name);

bool matchesStringFormat(StringFormat format, const QString& text);

} // namespace guichet::test
