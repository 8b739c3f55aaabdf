#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace guichet {

// What the person may do in a space (docs/api/portal.yaml SpaceRole). The portal's
// `member` reads only; the screens call it "Viewer".
enum class SpaceRole
{
    Administrator,
    Manager,
    Viewer,
};

// One space of the signed-in person: the private one or a company's.
struct SpaceInfo
{
    QString id;
    bool professional = false;
    QString displayName;
    SpaceRole role = SpaceRole::Viewer;
    QString companyName; // professional spaces only
    QString rcsNumber;
    QString vatNumber;

    // The name shown: the person's own private space is "My private space" in the
    // interface's language (the portal names it in the language of the sign-in, and a
    // language switch renames it at once); others keep the portal's name.
    [[nodiscard]] QString shownName() const;

    // Submitting forms, uploading documents: administrators and managers.
    [[nodiscard]] bool canWrite() const { return role != SpaceRole::Viewer; }

    // A Space object of GET /spaces; nullopt when it has no id. An unknown role is
    // taken as read-only: the portal refuses what it does not allow anyway.
    [[nodiscard]] static std::optional<SpaceInfo> fromJson(const QJsonObject& space);
};

// The person's spaces, the one the screens show, and what the person chose in them,
// remembered in a small INI file of the person's own folder (so per identity): the
// last space chosen, and per space the certificate chosen to sign. Empty while nobody
// is signed in.
class SpaceList : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Makes the remembered space current (else the first, the private one). memoryFile
    // empty = remember nothing.
    void setSpaces(const QList<SpaceInfo>& spaces, const QString& memoryFile);
    void clear();

    [[nodiscard]] const QList<SpaceInfo>& spaces() const { return m_spaces; }
    [[nodiscard]] std::optional<SpaceInfo> current() const;
    [[nodiscard]] QString currentId() const { return m_currentId; }

    // Makes `spaceId` current and remembers it; false when it is not one of the spaces.
    bool choose(const QString& spaceId);

    // The SHA-256 (hex) of the certificate last chosen to sign in a space; empty if none.
    [[nodiscard]] QString rememberedCertificate(const QString& spaceId) const;
    void rememberCertificate(const QString& spaceId, const QString& sha256Hex);

Q_SIGNALS:
    void spacesChanged();
    // The screens show another space (also when the list is set or cleared).
    void currentChanged(const QString& spaceId);

private:
    [[nodiscard]] QString remembered(const QString& key) const;
    void remember(const QString& key, const QString& value);

    QList<SpaceInfo> m_spaces;
    QString m_currentId;
    QString m_memoryFile;
};

} // namespace guichet
