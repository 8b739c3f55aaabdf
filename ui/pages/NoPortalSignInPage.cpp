#include "NoPortalSignInPage.h"

#include "NoPortalPanel.h"
#include "PageLayout.h"

#include <QLabel>
#include <QVBoxLayout>

namespace guichet {

NoPortalSignInPage::NoPortalSignInPage(const ShellContext& context, QWidget* parent) : Page(parent)
{
    setObjectName(QStringLiteral("noPortalSignInPage"));
    auto* layout = PageLayout::create(this);
    m_heading = PageLayout::heading(this);
    layout->addWidget(m_heading);
    if (context.portalProblem)
        layout->addWidget(new NoPortalPanel(*context.portalProblem, context.startDemo, this));
    layout->addStretch(1);
    retranslate();
}

QString NoPortalSignInPage::title() const
{
    return tr("Sign in");
}

void NoPortalSignInPage::retranslate()
{
    m_heading->setText(tr("Sign in to the portal"));
}

} // namespace guichet
