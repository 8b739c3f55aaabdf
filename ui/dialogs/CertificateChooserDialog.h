#pragma once

#include "CertificateInfo.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace guichet {

// "Which certificate do you sign with?": a signing stick of a business user holds a
// personal signature certificate and one per company. Lists them (holder,
// organisation, issuer, validity); the one naming the space's company is proposed.
class CertificateChooserDialog : public QDialog
{
    Q_OBJECT

public:
    // spaceName: where the form is submitted ("Weber Constructions S.A."); organisation:
    // the company whose certificate to propose first, empty in a private space.
    CertificateChooserDialog(QList<CertificateInfo> certificates, QString spaceName,
                             const QString& organisation, QWidget* parent = nullptr);

    // Index in the list given; -1 before a choice.
    [[nodiscard]] int chosenIndex() const;
    [[nodiscard]] QTreeWidget* list() const { return m_list; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();

    QList<CertificateInfo> m_certificates;
    QString m_spaceName;
    QLabel* m_intro = nullptr;
    QTreeWidget* m_list = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace guichet
