#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;

namespace guichet {

// One dossier of "My procedures": its reference, state, what the administration asks
// for or decided, and its tracking events from the first to the latest.
class StatusChip;

class DossierTimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit DossierTimelineView(QWidget* parent = nullptr);

    // An empty dossier shows the "choose a procedure" hint; events in any order.
    void showDossier(const QJsonObject& dossier, const QList<QJsonObject>& events);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();

    QJsonObject m_dossier;
    QList<QJsonObject> m_events;
    QLabel* m_hint = nullptr;
    QLabel* m_title = nullptr;
    StatusChip* m_status = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_request = nullptr;
    QLabel* m_decision = nullptr;
    QLabel* m_eventsHeading = nullptr;
    QListWidget* m_timeline = nullptr;
};

} // namespace guichet
