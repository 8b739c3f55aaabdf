#pragma once

#include <QJsonObject>
#include <QString>

namespace guichet::sim {

class PortalStore;

// The texts the simulated portal has in every language, chosen for the request's
// Accept-Language as an object leaves the store (portal.yaml, "Languages"): a
// dossier is titled with its procedure's title, a data record and an access-log
// entry name their source and data items from the sources' vocabulary, and an
// access's purpose is given in the language asked for when the administration gave it
// in all three (the seed keeps them in "purposeTexts", which never leaves). What was
// written once, in one language (a message, most purposes), goes out as written.
[[nodiscard]] QJsonObject inRequestLanguage(PortalStore& store, const QString& kind,
                                            QJsonObject object, const QString& language);

} // namespace guichet::sim
