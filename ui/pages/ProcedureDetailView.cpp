#include "ProcedureDetailView.h"

#include "PageLayout.h"

#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {
namespace {

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QString bulletList(const QJsonArray& items)
{
    QStringList lines;
    for (const QJsonValue& item : items) {
        const QString line = item.isObject() ? text(item.toObject(), "title") : item.toString();
        if (!line.isEmpty())
            lines.append(QStringLiteral("• ") + line);
    }
    return lines.join(u'\n');
}

QString address(const QJsonObject& a)
{
    if (a.isEmpty())
        return {};
    QStringList lines;
    lines.append((text(a, "houseNumber") + u' ' + text(a, "street")).trimmed());
    if (!text(a, "addressLine2").isEmpty())
        lines.append(text(a, "addressLine2"));
    const QString country = text(a, "country");
    const QString prefix = country == u"LU" ? QStringLiteral("L-") : QString();
    lines.append(prefix + text(a, "postalCode") + u' ' + text(a, "locality"));
    if (country != u"LU" && !country.isEmpty())
        lines.append(country);
    return lines.join(u'\n');
}

QString legalBasis(const QJsonArray& items)
{
    QStringList lines;
    for (const QJsonValue& item : items) {
        const QJsonObject law = item.toObject();
        QString line = QStringLiteral("• ") + text(law, "title");
        if (!text(law, "url").isEmpty())
            line += QStringLiteral("\n  ") + text(law, "url");
        lines.append(line);
    }
    return lines.join(u'\n');
}

// The rows of the detail, by object name of their value label.
enum Row
{
    Who,
    Conditions,
    Prerequisites,
    Costs,
    ProcessingTime,
    Deadlines,
    Administration,
    Organisation,
    Address,
    Phone,
    Email,
    Website,
    OpeningHours,
    LegalBasis,
    RowCount
};

const char* const RowNames[RowCount] = {"procedureWho",
                                        "procedureConditions",
                                        "procedurePrerequisites",
                                        "procedureCosts",
                                        "procedureProcessingTime",
                                        "procedureDeadlines",
                                        "procedureAdministration",
                                        "procedureContactOrganisation",
                                        "procedureContactAddress",
                                        "procedureContactPhone",
                                        "procedureContactEmail",
                                        "procedureContactWebsite",
                                        "procedureContactHours",
                                        "procedureLegalBasis"};

} // namespace

ProcedureDetailView::ProcedureDetailView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("procedureDetail"));
    auto* layout = new QVBoxLayout(this);
    m_hint = PageLayout::paragraph(this);
    m_hint->setObjectName(QStringLiteral("procedureHint"));
    m_title = PageLayout::value(this, QStringLiteral("procedureTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_summary = PageLayout::value(this, QStringLiteral("procedureSummary"));
    m_cardNote = PageLayout::paragraph(this);
    m_cardNote->setObjectName(QStringLiteral("procedureCardNote"));
    m_partialNote = PageLayout::paragraph(this);
    m_partialNote->setObjectName(QStringLiteral("procedurePartialNote"));
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("startProcedure"));
    connect(m_start, &QPushButton::clicked, this,
            [this] { Q_EMIT startRequested(text(m_procedure, "formId")); });

    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const char* name : RowNames)
        m_values.append(addRow(QLatin1String(name)));

    auto* startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addStretch(1);
    layout->addWidget(m_hint);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addLayout(startRow);
    layout->addWidget(m_cardNote);
    layout->addWidget(m_partialNote);
    layout->addLayout(m_form);
    layout->addStretch(1);
    retranslate();
    fill();
}

QLabel* ProcedureDetailView::addRow(const QString& objectName)
{
    auto* caption = new QLabel(this);
    caption->setTextFormat(Qt::PlainText);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    QLabel* value = PageLayout::value(this, objectName);
    caption->setBuddy(value);
    m_captions.append(caption);
    m_form->addRow(caption, value);
    return value;
}

QString ProcedureDetailView::procedureId() const
{
    return text(m_procedure, "id");
}

void ProcedureDetailView::showProcedure(const QJsonObject& procedure)
{
    m_procedure = procedure;
    retranslate();
    fill();
}

void ProcedureDetailView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
    QWidget::changeEvent(event);
}

void ProcedureDetailView::setSignedIn(bool signedIn)
{
    if (m_signedIn == signedIn)
        return;
    m_signedIn = signedIn;
    retranslate(); // the card note's text depends on it
    fill();
}

void ProcedureDetailView::setReadOnlyReason(const QString& reason)
{
    if (m_readOnlyReason == reason)
        return;
    m_readOnlyReason = reason;
    fill();
}

QString ProcedureDetailView::needsCardText() const
{
    return tr("You need your identity card (or a LuxTrust product) and a card reader to do "
              "this procedure online.");
}

void ProcedureDetailView::retranslate()
{
    const QString captions[RowCount] = {
        tr("Who it is for"),   tr("Conditions"), tr("Before you start"), tr("Costs"),
        tr("Processing time"), tr("Deadlines"),  tr("Administration"),   tr("Contact"),
        tr("Address"),         tr("Phone"),      tr("E-mail"),           tr("Website"),
        tr("Opening hours"),   tr("Legal basis")};
    for (int row = 0; row < RowCount; ++row) {
        m_captions[row]->setText(captions[row]);
        m_values[row]->setAccessibleName(captions[row]);
    }
    m_hint->setText(tr("Choose a procedure in the list to read its description."));
    m_start->setText(tr("&Start online procedure"));
    m_start->setAccessibleName(tr("Start online procedure"));
    m_cardNote->setText(
        tr("You need your identity card or a LuxTrust product in a reader to do this "
           "procedure online."));
    m_partialNote->setText(tr("The full description has not been downloaded yet."));
}

void ProcedureDetailView::fill()
{
    const QJsonObject& p = m_procedure;
    const bool empty = p.isEmpty();
    m_hint->setVisible(empty);
    m_title->setText(text(p, "title"));
    m_summary->setText(text(p, "summary"));
    m_title->setVisible(!empty);
    m_summary->setVisible(!empty);
    const bool online = p.value(u"online").toBool() && !text(p, "formId").isEmpty();
    const bool needsCard = online && text(p, "authentication") == u"card";
    m_start->setVisible(online);
    m_cardNote->setVisible(needsCard);
    // Signed out, say plainly what is missing instead of failing after the click.
    const bool blocked = needsCard && !m_signedIn;
    // A viewer of the space reads, but cannot submit in its name.
    const bool readOnly = online && m_signedIn && !m_readOnlyReason.isEmpty();
    const QString why = blocked ? needsCardText() : readOnly ? m_readOnlyReason : QString();
    m_start->setEnabled(!blocked && !readOnly);
    m_start->setToolTip(why);
    m_start->setAccessibleDescription(why);
    if (blocked)
        m_cardNote->setText(needsCardText());
    // A ProcedureSummary lacks "who": the full Procedure comes with a later sync.
    m_partialNote->setVisible(!empty && !p.contains(u"who"));

    const QJsonObject contact = p.value(u"contact").toObject();
    const QJsonObject costs = p.value(u"costs").toObject();
    QString cost;
    if (!costs.isEmpty()) {
        if (costs.value(u"free").toBool())
            cost = tr("Free");
        else if (!text(costs, "amount").isEmpty())
            cost = tr("%1 €").arg(QLocale().toString(text(costs, "amount").toDouble(), 'f', 2));
        if (!text(costs, "description").isEmpty())
            cost +=
                (cost.isEmpty() ? QString() : QStringLiteral(" — ")) + text(costs, "description");
    }
    const QString values[RowCount] = {
        text(p, "who"),
        bulletList(p.value(u"conditions").toArray()),
        bulletList(p.value(u"prerequisites").toArray()),
        cost,
        text(p, "processingTime"),
        bulletList(p.value(u"deadlines").toArray()),
        p.value(u"administration").toObject().value(u"name").toString(),
        text(contact, "organisation"),
        address(contact.value(u"address").toObject()),
        text(contact, "phone"),
        text(contact, "email"),
        text(contact, "website"),
        text(contact, "openingHours"),
        legalBasis(p.value(u"legalBasis").toArray())};
    for (int row = 0; row < RowCount; ++row) {
        m_values[row]->setText(values[row]);
        const bool shown = !values[row].isEmpty();
        m_form->setRowVisible(row, shown);
    }
}

} // namespace guichet
