#include "ConsentsPage.h"

#include "Announcer.h"
#include "ConsentCard.h"
#include "DataStateNotice.h"
#include "PageLayout.h"
#include "Provenance.h"
#include "SpaceSource.h"
#include "SpaceTexts.h"

#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace guichet {

using SpaceTexts::field;

ConsentsPage::ConsentsPage(SpaceSource& source, QWidget* parent) : Page(parent), m_source(source)
{
    setObjectName(QStringLiteral("consentsPage"));
    m_confirm = [this](const QString& title, const QString& text) {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
        box.setTextFormat(Qt::PlainText); // the text names portal texts
        QPushButton* revoke = box.addButton(tr("Revoke"), QMessageBox::AcceptRole);
        QPushButton* keep = box.addButton(tr("Keep the consent"), QMessageBox::RejectRole);
        box.setDefaultButton(keep); // Enter alone never revokes
        box.exec();
        return box.clickedButton() == revoke;
    };

    auto* layout = PageLayout::create(this);
    m_heading = PageLayout::heading(this);
    m_intro = PageLayout::paragraph(this);
    m_notice = new DataStateNotice(this);
    m_notice->setObjectName(QStringLiteral("consentState"));
    auto* listWidget = new QWidget(this);
    listWidget->setObjectName(QStringLiteral("consentList"));
    m_list = new QVBoxLayout(listWidget);
    m_list->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(listWidget);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_message = PageLayout::paragraph(this);
    m_message->setObjectName(QStringLiteral("consentMessage"));
    m_message->hide();

    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_notice);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);

    connect(&m_source, &SpaceSource::changed, this, &ConsentsPage::reload);
    connect(&m_source, &SpaceSource::stateChanged, this, &ConsentsPage::reload);

    retranslate();
    reload();
}

QString ConsentsPage::title() const
{
    return tr("My consents");
}

void ConsentsPage::retranslate()
{
    m_heading->setText(tr("My consents"));
    m_intro->setText(tr("Some procedures need data an administration may only fetch with your "
                        "consent. Revoking a consent stops future fetches; data already sent "
                        "with a procedure stays with it."));
    m_scroll->setAccessibleName(tr("Your consents"));
    rebuild();
}

void ConsentsPage::reload()
{
    const auto consents = m_source.objects(QStringLiteral("consent"));
    if (!consents) {
        Q_EMIT errorOccurred(consents.error());
        return;
    }
    m_consents.clear();
    for (const store::StoredObject& object : consents.value())
        m_consents.append(QJsonDocument::fromJson(object.json).object());
    // What can still be acted on comes first.
    std::stable_partition(m_consents.begin(), m_consents.end(),
                          [](const QJsonObject& c) { return field(c, "status") == u"active"; });
    m_waiting.clear();
    const QString prefix = QStringLiteral("/spaces/%1/consents/").arg(m_source.spaceId());
    for (const store::OutboxEntry& entry : m_source.pendingOutbox().valueOr({})) {
        if (entry.kind == u"consent-revoke" && entry.path.startsWith(prefix))
            m_waiting.insert(entry.path.mid(prefix.size()), entry);
    }
    rebuild();
}

QString ConsentsPage::revocationState(const QString& consentId) const
{
    const auto waiting = m_waiting.constFind(consentId);
    if (waiting == m_waiting.cend())
        return {};
    switch (waiting->state) {
    case store::OutboxState::Failed:
        return tr("Revocation not sent (%1)").arg(waiting->lastErrorCode);
    case store::OutboxState::Sending:
        return tr("Revocation being sent…");
    default:
        return tr("Revocation waiting to be sent");
    }
}

bool ConsentsPage::canRevoke(const QJsonObject& consent) const
{
    if (field(consent, "status") != u"active")
        return false;
    const auto waiting = m_waiting.constFind(field(consent, "id"));
    // A refused revocation can be asked again; one under way cannot.
    return waiting == m_waiting.cend() || waiting->state == store::OutboxState::Failed;
}

void ConsentsPage::setReadOnlyReason(const QString& reason)
{
    m_readOnlyReason = reason;
    rebuild();
}

void ConsentsPage::rebuild()
{
    // Cards go later: this may run from inside a card's own button signal.
    for (ConsentCard* card : std::as_const(m_cards)) {
        card->hide();
        card->deleteLater();
    }
    m_cards.clear();
    // Cards are made in list order, which is the order Tab visits their buttons in.
    for (const QJsonObject& consent : std::as_const(m_consents)) {
        const QString id = field(consent, "id");
        auto* card =
            new ConsentCard(consent, revocationState(id), canRevoke(consent), m_scroll->widget());
        m_list->insertWidget(m_list->count() - 1, card);
        connect(card, &ConsentCard::revokeRequested, this, &ConsentsPage::revoke);
        if (QPushButton* button = card->revokeButton(); button && !m_readOnlyReason.isEmpty()) {
            button->setEnabled(false);
            button->setToolTip(m_readOnlyReason);
            button->setAccessibleDescription(m_readOnlyReason);
        }
        m_cards.append(card);
    }
    m_notice->showState(m_source.state(), !m_consents.isEmpty(),
                        tr("You have not given any consent. A procedure that needs one asks "
                           "you for it."));
}

void ConsentsPage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    Announcer::announce(this, text);
}

void ConsentsPage::revoke(const QString& consentId)
{
    const auto consent =
        std::find_if(m_consents.cbegin(), m_consents.cend(),
                     [&](const QJsonObject& c) { return field(c, "id") == consentId; });
    if (consent == m_consents.cend() || !canRevoke(*consent) || !m_readOnlyReason.isEmpty())
        return;
    const QString text =
        tr("%1 will no longer fetch %2 for %3. Procedures that need it will ask you again.")
            .arg(SpaceTexts::administrationName(*consent),
                 forms::sourceDisplayName(field(*consent, "source")),
                 field(*consent, "purposeText"));
    if (!m_confirm(tr("Revoke the consent?"), text))
        return;
    const Status queued = m_source.revokeConsent(consentId);
    if (!queued) {
        Q_EMIT errorOccurred(queued.error());
        return;
    }
    showMessage(tr("The revocation is saved on this computer. It is sent as soon as the portal "
                   "can be reached."));
    m_scroll->setFocus(); // the card's button is gone; keep the focus on the list
}

} // namespace guichet
