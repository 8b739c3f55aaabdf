#pragma once

#include "AttentionItems.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace guichet {

// "What needs your attention": one link per AttentionItem, most urgent first, each
// opening the place that deals with it; a calm sentence when the list is empty.
class AttentionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AttentionPanel(QWidget* parent = nullptr);

    // The items to show; loading = the space's first sync has not finished, so an
    // empty list only means "not known yet".
    void show(const QList<AttentionItem>& items, bool loading);
    [[nodiscard]] const QList<AttentionItem>& items() const { return m_items; }

Q_SIGNALS:
    void openRequested(const QString& pageId, const QString& itemId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_heading = nullptr;
    QLabel* m_calm = nullptr;
    QVBoxLayout* m_links = nullptr;
    QList<AttentionItem> m_items;
    bool m_loading = false;
};

} // namespace guichet
