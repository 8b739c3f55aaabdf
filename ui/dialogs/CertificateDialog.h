#pragma once

#include "CertificateInfo.h"

#include <QDialog>

class QFormLayout;
class QLabel;

namespace guichet {

// Everything a person or the help desk may want to know about one certificate.
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    // trust: as in TokenCertificate::trust ("" trusted, an error code, or "unchecked").
    explicit CertificateDialog(CertificateInfo info, QString trust = QStringLiteral("unchecked"),
                               QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    CertificateInfo m_info;
    QString m_trust;
    QFormLayout* m_form = nullptr;
};

} // namespace guichet
