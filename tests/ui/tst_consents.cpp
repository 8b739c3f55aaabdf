#include "ConsentCard.h"
#include "ConsentsPage.h"
#include "IdempotencyKey.h"
#include "OutboxRequest.h"
#include "Provenance.h"
#include "SpaceTexts.h"
#include "TransparencyFixture.h"

#include <QPushButton>

using namespace guichet;

namespace {

struct ConsentsScreen
{
    explicit ConsentsScreen(TransparencyFixture& space) : page(*space.source)
    {
        page.setConfirmation([this](const QString& title, const QString& text) {
            questions.append({title, text});
            return answer;
        });
        page.resize(900, 800);
        page.show();
    }
    ConsentCard* card(const QString& consentId)
    {
        for (ConsentCard* card : page.cards()) {
            if (card->consentId() == consentId)
                return card;
        }
        return nullptr;
    }
    QString line(const QString& consentId, const char* name)
    {
        ConsentCard* found = card(consentId);
        const auto* label = found ? found->findChild<QLabel*>(QLatin1String(name)) : nullptr;
        return label ? label->text() : QString();
    }

    ConsentsPage page;
    QList<QStringList> questions;
    bool answer = false;
};

QJsonObject consentWith(TransparencyFixture& space, const QString& status)
{
    for (const QJsonObject& consent : space.objects(QStringLiteral("consent"))) {
        if (consent.value(u"status").toString() == status)
            return consent;
    }
    return {};
}

// An expired consent (Marie's persona has none).
QJsonObject expiredConsent()
{
    return {{QStringLiteral("id"), QStringLiteral("C-00000000e001")},
            {QStringLiteral("source"), QStringLiteral("cadastre")},
            {QStringLiteral("purpose"), QStringLiteral("old-purpose")},
            {QStringLiteral("purposeText"), QStringLiteral("Vérifier une ancienne demande.")},
            {QStringLiteral("formId"), QStringLiteral("F-OLD")},
            {QStringLiteral("administration"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("aev")},
                         {QStringLiteral("name"), QStringLiteral("Agence de l'énergie")}}},
            {QStringLiteral("status"), QStringLiteral("expired")},
            {QStringLiteral("givenAt"), QStringLiteral("2020-01-01T10:00:00Z")},
            {QStringLiteral("expiresAt"), QStringLiteral("2021-01-01T10:00:00Z")},
            {QStringLiteral("revokedAt"), QJsonValue::Null},
            {QStringLiteral("version"), 1}};
}

} // namespace

class TestConsents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryConsent()
    {
        TransparencyFixture space;
        space.fillTransparency();
        space.put(QStringLiteral("consent"), QStringLiteral("C-00000000e001"), expiredConsent());
        space.flush();
        space.source->setState(DataState::Ready);
        ConsentsScreen screen(space);
        const QList<QJsonObject> consents = space.objects(QStringLiteral("consent"));
        QCOMPARE(screen.page.cards().size(), consents.size());
        bool activeSoFar = true; // active ones come first
        for (ConsentCard* card : screen.page.cards()) {
            const auto consent =
                std::find_if(consents.cbegin(), consents.cend(), [&](const auto& c) {
                    return c.value(u"id").toString() == card->consentId();
                });
            QVERIFY(consent != consents.cend());
            const QString status = consent->value(u"status").toString();
            const QString id = card->consentId();
            QCOMPARE(screen.line(id, "consentPurpose"), consent->value(u"purposeText").toString());
            QVERIFY(screen.line(id, "consentSource")
                        .contains(forms::sourceDisplayName(consent->value(u"source").toString())));
            QVERIFY(
                screen.line(id, "consentAdministration")
                    .contains(
                        consent->value(u"administration").toObject().value(u"name").toString()));
            QVERIFY(!screen.line(id, "consentGiven").isEmpty());
            QVERIFY(!screen.line(id, "consentExpiry").isEmpty());
            QVERIFY(!screen.line(id, "consentStatus").isEmpty());
            // Only an active consent can be revoked.
            QCOMPARE(card->findChild<QPushButton*>(QStringLiteral("consentRevoke")) != nullptr,
                     status == u"active");
            QVERIFY(activeSoFar || status != u"active");
            activeSoFar = status == u"active";
            QVERIFY(!card->accessibleName().isEmpty());
        }
        QVERIFY(!consentWith(space, QStringLiteral("revoked")).isEmpty());
        QVERIFY(!consentWith(space, QStringLiteral("expired")).isEmpty());
        QVERIFY(!screen.page.findChild<QLabel*>(QStringLiteral("consentState"))->isVisible());
    }

    void revokingAsksFirstAndQueuesOneDelete()
    {
        TransparencyFixture space;
        space.fillTransparency();
        space.source->setState(DataState::Ready);
        ConsentsScreen screen(space);
        const QJsonObject consent = consentWith(space, QStringLiteral("active"));
        const QString id = consent.value(u"id").toString();
        QPushButton* revoke = screen.card(id)->revokeButton();
        QVERIFY(revoke);
        QVERIFY(!revoke->accessibleName().isEmpty());

        // Cancel: nothing happens.
        revoke->click();
        QCOMPARE(screen.questions.size(), 1);
        const QString question = screen.questions.first().at(1);
        QVERIFY(question.contains(
            consent.value(u"administration").toObject().value(u"name").toString()));
        QVERIFY(question.contains(forms::sourceDisplayName(consent.value(u"source").toString())));
        QVERIFY(question.contains(consent.value(u"purposeText").toString()));
        QVERIFY(space.source->pendingOutbox().value().isEmpty());
        QVERIFY(screen.card(id)->revokeButton());

        // Confirm, with Enter on the focused button.
        screen.answer = true;
        revoke->setFocus();
        QTest::keyClick(revoke, Qt::Key_Return);
        QCOMPARE(screen.questions.size(), 2);
        const QList<store::OutboxEntry> entries = space.source->pendingOutbox().value();
        QCOMPARE(entries.size(), 1);
        const store::OutboxEntry& entry = entries.first();
        QCOMPARE(entry.kind, QStringLiteral("consent-revoke"));
        QCOMPARE(entry.method, QStringLiteral("DELETE"));
        QCOMPARE(entry.path,
                 QStringLiteral("/spaces/%1/consents/%2").arg(space.source->spaceId(), id));
        QVERIFY(entry.body.isEmpty());
        QVERIFY(net::isValidIdempotencyKey(entry.idempotencyKey.toLatin1()));
        // The sender makes a DELETE without body or content type of it.
        const auto request = sync::outboxRequest(entry, nullptr);
        QVERIFY(request);
        QCOMPARE(request.value().method, QByteArray("DELETE"));
        QVERIFY(request.value().body.isEmpty());
        QVERIFY(request.value().contentType.isEmpty());
        QCOMPARE(request.value().idempotencyKey, entry.idempotencyKey.toLatin1());

        // Until the next sync, the card says the revocation waits, and offers no second one.
        QCoreApplication::processEvents();
        QVERIFY(screen.card(id));
        QVERIFY(!screen.card(id)->revokeButton());
        QVERIFY(screen.line(id, "consentStatus").endsWith(tr("Revocation waiting to be sent")));
        QVERIFY(screen.page.findChild<QLabel*>(QStringLiteral("consentMessage"))->isVisible());

        // The sync: the request went out and the portal's copy says revoked.
        QVERIFY(space.store->outbox().markSent(entry.id, {}));
        QJsonObject revoked = consent;
        revoked.insert(QStringLiteral("status"), QStringLiteral("revoked"));
        revoked.insert(QStringLiteral("revokedAt"), QStringLiteral("2026-11-26T10:05:00Z"));
        revoked.insert(QStringLiteral("version"), 2);
        space.put(QStringLiteral("consent"), id, revoked);
        space.flush();
        space.source->notifyChanged();
        QVERIFY(!screen.card(id)->revokeButton());
        QVERIFY(screen.line(id, "consentStatus")
                    .contains(SpaceTexts::dateTime(QStringLiteral("2026-11-26T10:05:00Z"))));
        QCOMPARE(space.source->pendingOutbox().value().size(), 0);
    }

    void aViewerCannotRevoke()
    {
        TransparencyFixture space;
        space.fillTransparency();
        space.source->setState(DataState::Ready);
        ConsentsScreen screen(space);
        const QString id = consentWith(space, QStringLiteral("active")).value(u"id").toString();
        const QString reason = QStringLiteral("Only managers may revoke consents here.");
        screen.page.setReadOnlyReason(reason);
        QPushButton* revoke = screen.card(id)->revokeButton();
        QVERIFY(revoke);
        QVERIFY(!revoke->isEnabled());
        QCOMPARE(revoke->toolTip(), reason);
        screen.answer = true;
        screen.page.revoke(id);
        QVERIFY(screen.questions.isEmpty());
        QVERIFY(space.source->pendingOutbox().value().isEmpty());
        screen.page.setReadOnlyReason({});
        QVERIFY(screen.card(id)->revokeButton()->isEnabled());
    }

    void statesAreShown()
    {
        TransparencyFixture space;
        ConsentsScreen screen(space);
        auto* notice = screen.page.findChild<QLabel*>(QStringLiteral("consentState"));
        QVERIFY(notice->isVisible());
        const QString loading = notice->text();
        space.source->setState(DataState::Offline);
        QVERIFY(notice->text() != loading);
        space.source->setState(DataState::Ready);
        QVERIFY(notice->isVisible());
        QVERIFY(screen.page.cards().isEmpty());
        space.fillTransparency();
        space.source->notifyChanged();
        QVERIFY(!notice->isVisible());
        QVERIFY(!screen.page.cards().isEmpty());
    }

    void serverTextIsShownLiterally()
    {
        TransparencyFixture space;
        const QStringList markup = TransparencyFixture::markupTexts();
        QJsonObject consent = expiredConsent();
        consent.insert(QStringLiteral("status"), QStringLiteral("active"));
        consent.insert(QStringLiteral("purposeText"), markup[0]);
        consent.insert(QStringLiteral("givenBy"), markup[1]);
        consent.insert(QStringLiteral("administration"),
                       QJsonObject{{QStringLiteral("id"), QStringLiteral("x")},
                                   {QStringLiteral("name"), markup[2]}});
        space.put(QStringLiteral("consent"), consent.value(u"id").toString(), consent);
        space.flush();
        space.source->setState(DataState::Ready);
        ConsentsScreen screen(space);
        const QString id = consent.value(u"id").toString();
        QCOMPARE(screen.line(id, "consentPurpose"), markup[0]);
        QVERIFY(screen.line(id, "consentGiven").contains(markup[1]));
        QVERIFY(screen.line(id, "consentAdministration").contains(markup[2]));
        TransparencyFixture::verifyPlainLabels(screen.page);
        screen.card(id)->revokeButton()->click();
        QCOMPARE(screen.questions.size(), 1);
        QVERIFY(screen.questions.first().at(1).contains(markup[0]));
        QVERIFY(screen.questions.first().at(1).contains(markup[2]));
    }

    void aSourceWithoutOutboxRefuses()
    {
        // The base SpaceSource has no outbox: the request is an error, never a silent no-op.
        struct Bare : SpaceSource
        {
            QString spaceId() const override { return {}; }
            Result<QList<store::CatalogueEntry>> searchCatalogue(const QString&, const QString&,
                                                                 const QString&, int) const override
            {
                return QList<store::CatalogueEntry>{};
            }
            Result<std::optional<store::CatalogueEntry>> procedure(const QString&,
                                                                   const QString&) const override
            {
                return std::optional<store::CatalogueEntry>{};
            }
            Result<QList<store::StoredObject>> objects(const QString&,
                                                       const QString&) const override
            {
                return QList<store::StoredObject>{};
            }
            Result<std::optional<QByteArray>> documentContent(const QString&) const override
            {
                return std::optional<QByteArray>{};
            }
            Status setDocumentPinned(const QString&, bool) override { return {}; }
            QString seenStatus(const QString&) const override { return {}; }
            void markSeen(const QString&, const QString&) override {}
            bool hasSeenRecords() const override { return false; }
        } bare;
        QVERIFY(!bare.revokeConsent(QStringLiteral("C-1")));
        QVERIFY(!bare.requestCorrection({}));
    }
};

QTEST_MAIN(TestConsents)
#include "tst_consents.moc"
