#pragma once

#include <QJsonObject>
#include <QString>

namespace guichet::sim::seed {

// The administrations that appear in the personas' spaces, by short id ("cns", "snca").
// Returns an AdministrationRef {id, name}; names are the official (French) ones, as the
// portal shows them whatever the language. An unknown id is a programming error.
QJsonObject administration(const QString& id);

// A plausible service mailbox for an administration, for message bodies and PDFs.
QString administrationEmail(const QString& id);

} // namespace guichet::sim::seed
