#include "CertificateChoice.h"

#include "SpaceList.h"
#include "dialogs/CertificateChooserDialog.h"

namespace guichet {

CertificateChoice::CertificateChoice(SpaceList* spaces, QWidget* dialogParent)
    : QObject(dialogParent), m_spaces(spaces), m_dialogParent(dialogParent)
{}

CertificateChooserDialog* CertificateChoice::openDialog() const
{
    return m_dialog;
}

void CertificateChoice::choose(const QList<SignatureKey>& keys, const QString& spaceId,
                               const QString& spaceName, const QString& organisation, Done done)
{
    if (keys.isEmpty())
        return;
    if (keys.size() == 1) {
        done(keys.first());
        return;
    }
    const QString remembered = m_spaces ? m_spaces->rememberedCertificate(spaceId) : QString();
    for (const SignatureKey& key : keys) {
        if (!remembered.isEmpty() && key.sha256() == remembered) {
            done(key);
            return;
        }
    }
    if (m_dialog)
        m_dialog->close();
    QList<CertificateInfo> infos;
    for (const SignatureKey& key : keys)
        infos.append(key.info);
    // Opened, not exec'd: the window stays alive and tests choose like a person.
    auto* dialog = new CertificateChooserDialog(infos, spaceName, organisation, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, keys, spaceId, done] {
        const int index = dialog->chosenIndex();
        if (index < 0 || index >= keys.size())
            return;
        if (m_spaces)
            m_spaces->rememberCertificate(spaceId, keys.at(index).sha256());
        done(keys.at(index));
    });
    dialog->open();
    Q_EMIT chooserOpened();
}

} // namespace guichet
