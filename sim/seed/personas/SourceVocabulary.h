#pragma once

#include <QString>

// What each authentic source is called and what its items are called, in the three
// portal languages. Item ids are the contract's vocabulary (forms bind to them).
namespace guichet::sim::seed {

QString sourceTitle(const QString& source, const QString& language);
QString sourceAuthorityId(const QString& source); // for administration()
QString itemLabel(const QString& source, const QString& itemId, const QString& language);
// Whether the portal offers a correction request for the item (identity and address
// data can be disputed; registers kept by other bodies cannot be changed from here).
bool itemCorrectable(const QString& source, const QString& itemId);

} // namespace guichet::sim::seed
