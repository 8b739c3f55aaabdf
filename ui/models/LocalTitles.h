#pragma once

#include <QString>

namespace guichet {

class SpaceSource;

// What the client can say in the chosen language itself, instead of repeating the
// language the portal answered in when the object was synchronised: a dossier or a
// draft names its procedure by id, and the local catalogue has every procedure's
// title in French, German and English. Switching language then renames at once.
namespace LocalTitles {

// "fr", "de" or "en": the language of the interface (LanguageManager sets the locale).
[[nodiscard]] QString currentLanguage();

// The procedure's title in the interface's language from the local catalogue; the
// title the portal sent (portalTitle) when the catalogue does not have the procedure.
[[nodiscard]] QString procedureTitle(const SpaceSource& source, const QString& procedureId,
                                     const QString& portalTitle);

} // namespace LocalTitles
} // namespace guichet
