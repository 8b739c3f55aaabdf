#include "DossierTimelineView.h"

#include "PageLayout.h"
#include "SpaceTexts.h"
#include "StatusChip.h"

#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace guichet {

using SpaceTexts::field;

DossierTimelineView::DossierTimelineView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dossierTimeline"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_hint = PageLayout::paragraph(this);
    m_hint->setObjectName(QStringLiteral("dossierHint"));
    m_title = PageLayout::value(this, QStringLiteral("dossierTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_status = new StatusChip(this);
    m_facts = PageLayout::value(this, QStringLiteral("dossierFacts"));
    m_request = PageLayout::value(this, QStringLiteral("dossierRequest"));
    m_request->setFrameShape(QFrame::StyledPanel);
    m_request->setMargin(6);
    m_decision = PageLayout::value(this, QStringLiteral("dossierDecision"));
    m_eventsHeading = PageLayout::subheading(this);
    m_timeline = new QListWidget(this);
    m_timeline->setObjectName(QStringLiteral("dossierEvents"));
    m_timeline->setWordWrap(true);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);

    layout->addWidget(m_hint);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_facts);
    layout->addWidget(m_request);
    layout->addWidget(m_decision);
    layout->addWidget(m_eventsHeading);
    layout->addWidget(m_timeline, 1);
    fill();
}

void DossierTimelineView::showDossier(const QJsonObject& dossier, const QList<QJsonObject>& events)
{
    m_dossier = dossier;
    m_events = events;
    // Oldest first, as a story reads; the id breaks ties between same-second events.
    std::stable_sort(m_events.begin(), m_events.end(), [](const auto& a, const auto& b) {
        const QString whenA = field(a, "occurredAt"), whenB = field(b, "occurredAt");
        const auto dateA = QDateTime::fromString(whenA, Qt::ISODate);
        const auto dateB = QDateTime::fromString(whenB, Qt::ISODate);
        if (dateA != dateB)
            return dateA < dateB;
        return field(a, "id") < field(b, "id");
    });
    fill();
}

void DossierTimelineView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QWidget::changeEvent(event);
}

void DossierTimelineView::fill()
{
    m_hint->setText(tr("Choose a procedure in the list to follow its progress."));
    m_eventsHeading->setText(tr("Progress"));
    m_timeline->setAccessibleName(tr("Progress of the procedure, oldest first"));
    const bool empty = m_dossier.isEmpty();
    m_hint->setVisible(empty);
    for (QWidget* w : {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_status),
                       static_cast<QWidget*>(m_facts), static_cast<QWidget*>(m_eventsHeading),
                       static_cast<QWidget*>(m_timeline)})
        w->setVisible(!empty);

    m_title->setText(field(m_dossier, "title"));
    m_status->setStatus(field(m_dossier, "status"));
    QStringList facts;
    facts << tr("Reference: %1").arg(field(m_dossier, "reference"))
          << tr("Administration: %1").arg(SpaceTexts::administrationName(m_dossier))
          << tr("Sent on %1").arg(SpaceTexts::dateTime(field(m_dossier, "submittedAt")))
          << tr("Last update: %1").arg(SpaceTexts::dateTime(field(m_dossier, "updatedAt")));
    m_facts->setText(facts.join(u'\n'));

    const QJsonObject request = m_dossier.value(u"pendingRequest").toObject();
    QString requestText;
    if (!request.isEmpty()) {
        requestText = tr("The administration asks you for information:") + u'\n' +
                      field(request, "description");
        if (!field(request, "dueDate").isEmpty())
            requestText +=
                u'\n' + tr("Answer by %1").arg(SpaceTexts::date(field(request, "dueDate")));
    }
    m_request->setText(requestText);
    m_request->setVisible(!requestText.isEmpty());

    const QJsonObject decision = m_dossier.value(u"decision").toObject();
    QString decisionText;
    if (!decision.isEmpty()) {
        decisionText = tr("Decision: %1 (%2)")
                           .arg(SpaceTexts::decisionOutcome(field(decision, "outcome")),
                                SpaceTexts::dateTime(field(decision, "decidedAt")));
        if (!field(decision, "summary").isEmpty())
            decisionText += u'\n' + field(decision, "summary");
    }
    m_decision->setText(decisionText);
    m_decision->setVisible(!decisionText.isEmpty());

    m_timeline->clear();
    for (const QJsonObject& event : m_events) {
        QStringList lines;
        lines << SpaceTexts::dateTime(field(event, "occurredAt")) + QStringLiteral(" — ") +
                     SpaceTexts::dossierStatus(field(event, "type"));
        lines << field(event, "title");
        if (!field(event, "description").isEmpty())
            lines << field(event, "description");
        if (!field(event, "dueDate").isEmpty())
            lines << tr("Answer by %1").arg(SpaceTexts::date(field(event, "dueDate")));
        if (!field(event, "outcome").isEmpty())
            lines << tr("Outcome: %1").arg(SpaceTexts::decisionOutcome(field(event, "outcome")));
        auto* item = new QListWidgetItem(lines.join(u'\n'), m_timeline);
        item->setData(Qt::UserRole, field(event, "id"));
    }
}

} // namespace guichet
