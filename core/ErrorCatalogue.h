#pragma once

#include <QString>

#include <span>

namespace guichet {

// One entry of the error catalogue. message and whatToDo are translation
// sources (context ErrorCatalogue::TranslationContext); helpDesk is English for
// support staff and is never shown as the main message.
struct ErrorEntry
{
    const char* code;
    const char* message;
    const char* whatToDo;
    const char* helpDesk;
};

class ErrorCatalogue
{
public:
    static constexpr char TranslationContext[] = "ErrorCatalogue";

    // The entry for code; the GEN-000 entry when the code is unknown.
    [[nodiscard]] static const ErrorEntry& entry(const QString& code);
    [[nodiscard]] static bool contains(const QString& code);
    [[nodiscard]] static std::span<const ErrorEntry> all();
};

} // namespace guichet
