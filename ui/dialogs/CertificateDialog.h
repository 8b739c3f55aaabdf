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
    explicit CertificateDialog(CertificateInfo info, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    CertificateInfo m_info;
    QFormLayout* m_form = nullptr;
};

} // namespace guichet
