#include "AttentionPanel.h"

#include "DeskLink.h"
#include "PageIcons.h"
#include "PageLayout.h"

#include <QCommandLinkButton>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace guichet {
namespace {

// The desktop theme's icon for what a line is about (freedesktop names).
QString themeIcon(AttentionItem::Kind kind)
{
    switch (kind) {
    case AttentionItem::Kind::InformationRequested:
        return QStringLiteral("dialog-warning");
    case AttentionItem::Kind::RequestRefused:
        return QStringLiteral("dialog-error");
    case AttentionItem::Kind::CertificateExpiring:
        return QStringLiteral("security-low");
    case AttentionItem::Kind::UnreadMessages:
        return QStringLiteral("mail-unread");
    case AttentionItem::Kind::DossiersChanged:
    case AttentionItem::Kind::NewAccesses:
    case AttentionItem::Kind::RequestsWaiting:
    case AttentionItem::Kind::DraftsUnfinished:
        break;
    }
    return {}; // the page's own icon says it well enough
}

} // namespace

AttentionPanel::AttentionPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("attentionPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = PageLayout::subheading(this);
    m_calm = PageLayout::paragraph(this);
    m_calm->setObjectName(QStringLiteral("attentionCalm"));
    m_links = new QVBoxLayout;
    m_links->setSpacing(2);
    layout->addWidget(m_heading);
    layout->addWidget(m_calm);
    layout->addLayout(m_links);
    retranslate();
}

void AttentionPanel::show(const QList<AttentionItem>& items, bool loading)
{
    m_items = items;
    m_loading = loading;
    while (QLayoutItem* old = m_links->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    for (const AttentionItem& item : items) {
        auto* link = DeskLink::create(item.text, item.detail, this);
        link->setObjectName(QStringLiteral("attentionItem"));
        link->setIcon(PageIcons::forState(themeIcon(item.kind), item.pageId,
                                          link->palette().color(QPalette::ButtonText)));
        link->setProperty("pageId", item.pageId);
        link->setProperty("itemId", item.itemId);
        connect(link, &QAbstractButton::clicked, this,
                [this, page = item.pageId, id = item.itemId] { Q_EMIT openRequested(page, id); });
        m_links->addWidget(link);
    }
    retranslate();
}

void AttentionPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AttentionPanel::retranslate()
{
    m_heading->setText(tr("What needs your attention"));
    m_calm->setVisible(m_items.isEmpty());
    m_calm->setText(m_loading ? tr("Your space is being brought up to date…")
                              : tr("Nothing needs your attention. Your procedures, messages and "
                                   "data are up to date on this computer."));
}

} // namespace guichet
