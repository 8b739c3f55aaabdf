#include "CertificateChooserDialog.h"

#include "ReadableColumns.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace guichet {
namespace {

enum Column
{
    Holder,
    Organisation,
    Issuer,
    ValidUntil,
    ColumnCount
};

} // namespace

CertificateChooserDialog::CertificateChooserDialog(QList<CertificateInfo> certificates,
                                                   QString spaceName, const QString& organisation,
                                                   QWidget* parent)
    : QDialog(parent), m_certificates(std::move(certificates)), m_spaceName(std::move(spaceName))
{
    setObjectName(QStringLiteral("certificateChooser"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("certificateChooserIntro"));
    m_intro->setTextFormat(Qt::PlainText); // the space's name comes from the portal
    m_intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("certificateList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(ColumnCount);
    // The organisation tells the certificates apart: it takes the free width (docs/ui.md).
    ReadableColumns::apply(m_list, 1);
    m_intro->setBuddy(m_list);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter or a double click on a certificate chooses it.
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->currentItem()); });
    fill();
    // The company's own certificate first in view: it is the usual choice in its space.
    int proposed = 0;
    for (int i = 0; i < m_certificates.size(); ++i)
        if (!organisation.isEmpty() && m_certificates.at(i).organisation == organisation)
            proposed = i;
    if (organisation.isEmpty())
        for (int i = m_certificates.size() - 1; i >= 0; --i)
            if (m_certificates.at(i).organisation.isEmpty())
                proposed = i;
    m_list->setCurrentItem(m_list->topLevelItem(proposed));
    m_list->setFocus();
    retranslate();
    resize(760, 300);
}

int CertificateChooserDialog::chosenIndex() const
{
    return m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
}

void CertificateChooserDialog::fill()
{
    while (m_list->topLevelItemCount() < m_certificates.size())
        new QTreeWidgetItem(m_list);
    const QLocale locale;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const CertificateInfo& info = m_certificates.at(i);
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        item->setText(Holder, info.holderName);
        item->setText(Organisation, info.organisation.isEmpty() ? tr("Personal (no company)")
                                                                : info.organisation);
        item->setText(Issuer,
                      info.issuerCommonName.isEmpty() ? info.issuerDn : info.issuerCommonName);
        item->setText(ValidUntil, locale.toString(info.notAfter.date(), QLocale::ShortFormat));
        // What a screen reader says for the row: the whole certificate in one sentence.
        item->setData(Holder, Qt::AccessibleTextRole,
                      tr("%1, %2, issued by %3, valid until %4")
                          .arg(item->text(Holder), item->text(Organisation), item->text(Issuer),
                               item->text(ValidUntil)));
    }
}

void CertificateChooserDialog::retranslate()
{
    setWindowTitle(tr("Choose a signature certificate"));
    m_intro->setText(
        tr("Your signing device holds several signature certificates. Choose the one to sign "
           "with in “%1”. Your choice is remembered for this space.")
            .arg(m_spaceName));
    m_list->setHeaderLabels({tr("Holder"), tr("Organisation"), tr("Issuer"), tr("Valid until")});
    m_list->setAccessibleName(tr("Signature certificates"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign with this certificate"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    fill();
}

void CertificateChooserDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace guichet
