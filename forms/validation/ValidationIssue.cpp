#include "ValidationIssue.h"

namespace guichet::forms {

QString issueCode(IssueKind kind)
{
    switch (kind) {
    case IssueKind::Required:
        return QStringLiteral("required");
    case IssueKind::Type:
        return QStringLiteral("type");
    case IssueKind::Format:
        return QStringLiteral("format");
    case IssueKind::Option:
        return QStringLiteral("enum");
    case IssueKind::Checksum:
        return QStringLiteral("checksum");
    case IssueKind::MinLength:
        return QStringLiteral("minLength");
    case IssueKind::MaxLength:
        return QStringLiteral("maxLength");
    case IssueKind::Pattern:
        return QStringLiteral("pattern");
    case IssueKind::Min:
        return QStringLiteral("min");
    case IssueKind::Max:
        return QStringLiteral("max");
    case IssueKind::MinDate:
        return QStringLiteral("minDate");
    case IssueKind::MaxDate:
        return QStringLiteral("maxDate");
    case IssueKind::MinItems:
        return QStringLiteral("minItems");
    case IssueKind::MaxItems:
        return QStringLiteral("maxItems");
    case IssueKind::MaxFileSize:
        return QStringLiteral("maxFileSize");
    case IssueKind::MediaTypes:
        return QStringLiteral("mediaTypes");
    case IssueKind::EqualsField:
        return QStringLiteral("equalsField");
    case IssueKind::AfterField:
        return QStringLiteral("afterField");
    }
    return {};
}

} // namespace guichet::forms
