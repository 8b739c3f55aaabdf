#pragma once

// The largest form the client accepts. A form beyond these limits is refused with
// FORM-004 before any work proportional to its size is done, so a broken or hostile
// definition cannot make the application hang or exhaust its stack.
namespace guichet::forms::limits {

inline constexpr int MaxFields = 2000;      // in the whole form, group children included
inline constexpr int MaxGroupDepth = 3;     // a group in a group in a group, no deeper
inline constexpr int MaxRuleDepth = 16;     // nesting of all/any in a visibility rule
inline constexpr int MaxOptions = 100;      // per choice or multichoice field
inline constexpr int MaxTextLength = 10000; // characters in any one text or value
// Not in the brief of the contract, but they bound the other lists of a definition the
// same way: sections, attachments, rules of a field, media types, in/notIn values and
// the branches of an all/any rule.
inline constexpr int MaxSections = 2000;
inline constexpr int MaxAttachments = 2000;
inline constexpr int MaxListItems = 100;

} // namespace guichet::forms::limits
