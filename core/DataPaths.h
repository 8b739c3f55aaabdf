#pragma once

#include "Result.h"

#include <QString>

namespace guichet {

// Where local data lives. Every identity (card holder) gets its own folder, named
// by a hash of the identity so the national number never appears in a path and two
// people on one computer never share a store.
class DataPaths
{
public:
    // root empty = the platform's application data folder.
    explicit DataPaths(const QString& root = {});

    [[nodiscard]] static QString defaultRoot();

    [[nodiscard]] const QString& root() const { return m_root; }
    [[nodiscard]] QString logDirectory() const;
    [[nodiscard]] QString identitiesDirectory() const;
    // identityKey is a stable identifier of the person (e.g. national number).
    [[nodiscard]] QString identityDirectory(const QString& identityKey) const;
    [[nodiscard]] static QString identityFolderName(const QString& identityKey);

    // Creates directory (owner-only permissions) and checks a file can be written in it.
    [[nodiscard]] static Status ensureWritable(const QString& directory);

private:
    QString m_root;
};

} // namespace guichet
