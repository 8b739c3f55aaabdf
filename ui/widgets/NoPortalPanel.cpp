#include "NoPortalPanel.h"

#include "pages/PageLayout.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

NoPortalPanel::NoPortalPanel(Error problem, std::function<void()> startDemo, QWidget* parent)
    : QWidget(parent), m_problem(std::move(problem)), m_startDemo(std::move(startDemo))
{
    setObjectName(QStringLiteral("noPortalPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message = PageLayout::subheading(this);
    m_message->setObjectName(QStringLiteral("noPortalMessage"));
    m_hint = PageLayout::paragraph(this);
    m_hint->setObjectName(QStringLiteral("noPortalHint"));
    layout->addWidget(m_message);
    layout->addWidget(m_hint);
    if (m_startDemo) {
        m_demo = new QPushButton(this);
        m_demo->setObjectName(QStringLiteral("startDemo"));
        connect(m_demo, &QPushButton::clicked, this, [this] { m_startDemo(); });
        auto* row = new QHBoxLayout;
        row->addWidget(m_demo);
        row->addStretch(1);
        layout->addLayout(row);
    }
    retranslate();
}

void NoPortalPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NoPortalPanel::retranslate()
{
    m_message->setText(m_problem.userMessage());
    m_hint->setText(tr("%1 (code %2)").arg(m_problem.whatToDo(), m_problem.code()));
    if (m_demo) {
        m_demo->setText(tr("Start the demo"));
        m_demo->setToolTip(tr("Opens the application again in demo mode, with a simulated "
                              "portal and a simulated identity card (PIN 123456)."));
    }
}

} // namespace guichet
