#pragma once

#include "FormSigning.h"
#include "SpaceList.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace guichet {

class CertificateChooserDialog;

// Which signature key signs a form in a space: the only one there is; else the one the
// person chose before in this space (remembered in the SpaceList, per identity and
// space); else the one the person picks in the certificate chooser, then remembered.
// A remembered certificate no longer on the token is asked for again.
class CertificateChoice : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const SignatureKey& key)>;

    // spaces may be null (nothing remembered: the chooser opens every time).
    CertificateChoice(SpaceList* spaces, QWidget* dialogParent);

    void setSpaces(SpaceList* spaces) { m_spaces = spaces; }

    // Calls `done` with the key to sign with (at once or after the chooser), or never
    // when the person cancels. spaceName/organisation: as CertificateChooserDialog.
    void choose(const QList<SignatureKey>& keys, const QString& spaceId, const QString& spaceName,
                const QString& organisation, Done done);

    // The chooser on screen, if any (tests choose in it as a person would).
    [[nodiscard]] CertificateChooserDialog* openDialog() const;

Q_SIGNALS:
    void chooserOpened();

private:
    QPointer<SpaceList> m_spaces;
    QWidget* m_dialogParent;
    QPointer<CertificateChooserDialog> m_dialog;
};

} // namespace guichet
