// Feeds: the bytes as a FormDefinition JSON answer (GET /forms/{formId}, one language)
// to parseFormDefinition; a definition it accepts is then checked with validateForm,
// against the answers under the extra member "x-fuzz-answers" (ignored by the parser)
// or none. Why: the definition comes from the network and drives what the person sees
// and what is checked before signing; the parser promises bounded work and stack
// (FormLimits.h) and that what it accepts is safe to show and check.
#include "FormSchemaParser.h"
#include "FormValidator.h"
#include "FuzzSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace guichet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::quietQtMessages();
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const QJsonObject json = document.object();
    const Result<forms::FormDefinition> form =
        forms::parseFormDefinition(json, QStringLiteral("fr"));
    if (!form) {
        fuzz::check(!form.error().code().isEmpty(), "a refusal carries an error code");
        return 0;
    }
    const forms::FormDefinition& definition = form.value();
    fuzz::check(!definition.id.isEmpty() && definition.language == QLatin1String("fr"),
                "an accepted form has its id and language");
    for (const forms::FormSection& section : definition.sections) {
        for (const forms::FormField& field : section.fields)
            fuzz::check(definition.field(field.id) == &field, "every field is indexed by its id");
    }
    const QJsonObject answers = json.value(QStringLiteral("x-fuzz-answers")).toObject();
    (void)forms::validateForm(definition, answers, QDate(2026, 3, 10));
    return 0;
}
