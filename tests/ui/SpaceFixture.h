#pragma once

#include "CatalogueGenerator.h"
#include "DocumentVault.h"
#include "KeyProvider.h"
#include "LocalStore.h"
#include "LocalStoreSource.h"
#include "Personas.h"
#include "TestStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <memory>
#include <optional>

// A real local store and vault in a temporary folder, filled by the test the way the
// sync engine would fill them, and the SpaceSource the screens read it through.
struct SpaceFixture
{
    SpaceFixture()
    {
        auto opened =
            guichet::test::openUnlockedStore(dir.filePath(QStringLiteral("space.sqlite")));
        if (!opened)
            qFatal("store: %s", qPrintable(opened.error().summary()));
        store = std::move(opened.value());
        std::array<unsigned char, 32> key{};
        key.fill(7);
        keys.setKey(key);
        guichet::store::DocumentVault::open(
            dir.filePath(QStringLiteral("vault")), keys,
            [this](guichet::Result<std::unique_ptr<guichet::store::DocumentVault>> result) {
                if (result)
                    vault = std::move(result.value());
            });
        if (!vault)
            qFatal("the vault did not open");
        source = std::make_unique<guichet::LocalStoreSource>(
            *store, vault.get(), QString::fromLatin1(guichet::sim::seed::kMariePrivateSpace),
            dir.filePath(QStringLiteral("seen.ini")));
    }

    static QDateTime now() { return QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC); }

    static QByteArray json(const QJsonObject& object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    // The simulated portal's 1,500 procedures in each language given.
    void fillCatalogue(const QStringList& languages = {QStringLiteral("fr"), QStringLiteral("de")})
    {
        static const guichet::sim::seed::CatalogueSeed catalogue =
            guichet::sim::seed::generateCatalogue(now());
        for (const QString& language : languages) {
            QList<QByteArray> procedures;
            for (const auto& procedure : catalogue.procedures)
                procedures.append(json(procedure.value(language)));
            procedures.append(json(schoolProcedure(language, QStringLiteral("P-CIT-ECOLE-MUSIQUE"),
                                                   QStringLiteral("École de musique : inscription"),
                                                   QStringLiteral("Musikschule: Anmeldung"))));
            procedures.append(json(schoolProcedure(
                language, QStringLiteral("P-CIT-ECOLE-EUROPEENNE"),
                QStringLiteral("École européenne : admission"),
                QStringLiteral("Europäische Schule (École européenne): Aufnahme"))));
            const auto stored = store->catalogue().upsert(language, procedures);
            QVERIFY(stored);
        }
    }

    // The generated catalogue has no "École" title: two are added, one of them keeping
    // the French name in German, as real school names do.
    static QJsonObject schoolProcedure(const QString& language, const QString& id,
                                       const QString& french, const QString& german)
    {
        const QString title = language == u"de" ? german : french;
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("status"), QStringLiteral("published")},
                           {QStringLiteral("audience"), QStringLiteral("citizen")},
                           {QStringLiteral("title"), title},
                           {QStringLiteral("summary"), title},
                           {QStringLiteral("administration"),
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("menje")},
                                        {QStringLiteral("name"), QStringLiteral("MENJE")}}},
                           {QStringLiteral("online"), false},
                           {QStringLiteral("formId"), QJsonValue::Null},
                           {QStringLiteral("authentication"), QStringLiteral("card")},
                           {QStringLiteral("updatedAt"), QStringLiteral("2026-01-01T00:00:00Z")},
                           {QStringLiteral("who"), title},
                           {QStringLiteral("conditions"), QJsonArray{}},
                           {QStringLiteral("prerequisites"), QJsonArray{}},
                           {QStringLiteral("costs"), QJsonObject{{QStringLiteral("free"), true}}},
                           {QStringLiteral("contact"), QJsonObject{{QStringLiteral("organisation"),
                                                                    QStringLiteral("MENJE")}}}};
    }

    // Marie Schmit's private space: dossiers, their past events, documents and contents.
    void fillMarie()
    {
        const auto personas = guichet::sim::seed::generatePersonas(now());
        for (const auto& persona : personas) {
            for (const auto& space : persona.spaces) {
                if (space.space.value(u"id").toString() == source->spaceId())
                    fillSpace(space);
            }
        }
    }

    // Marie's messages and who accessed her data (fillMarie leaves them out).
    void fillMariesMessagesAndAccesses()
    {
        const auto personas = guichet::sim::seed::generatePersonas(now());
        for (const auto& persona : personas) {
            for (const auto& space : persona.spaces) {
                if (space.space.value(u"id").toString() != source->spaceId())
                    continue;
                for (const QJsonObject& message : space.messages)
                    putObject(QStringLiteral("message"), message);
                for (const QJsonObject& access : space.accessLog)
                    putObject(QStringLiteral("access"), access);
            }
        }
    }

    void fillSpace(const guichet::sim::seed::SpaceSeed& space)
    {
        QList<guichet::store::StoredObject> batch;
        const auto add = [&](const QString& kind, const QJsonObject& object) {
            guichet::store::StoredObject stored;
            stored.spaceId = source->spaceId();
            stored.kind = kind;
            stored.id = object.value(u"id").toString();
            stored.version = object.value(u"version").toInteger(1);
            stored.json = json(object);
            batch.append(stored);
        };
        for (const QJsonObject& dossier : space.dossiers)
            add(QStringLiteral("dossier"), dossier);
        for (const auto& event : space.events) {
            if (event.occursAt <= now())
                add(QStringLiteral("event"), event.event);
        }
        for (const QJsonObject& document : space.documents) {
            add(QStringLiteral("document"), document);
            const QString id = document.value(u"id").toString();
            if (space.documentContents.contains(id))
                putContent(id, space.documentContents.value(id));
        }
        QVERIFY(store->objects().upsert(batch));
    }

    // One document and its content, as the sync and the fetcher leave them.
    void putDocument(const QJsonObject& document, const QByteArray& content)
    {
        putObject(QStringLiteral("document"), document);
        putContent(document.value(u"id").toString(), content);
    }

    // A document's content in the vault and the cache, complete, as after a download.
    void putContent(const QString& id, const QByteArray& content)
    {
        const auto written = vault->write(id, content);
        QVERIFY(written);
        guichet::store::CachedDocument cached;
        cached.documentId = id;
        cached.spaceId = source->spaceId();
        cached.size = content.size();
        cached.vaultFile = guichet::store::DocumentVault::fileName(id);
        cached.receivedBytes = cached.size;
        cached.complete = true;
        cached.storedBytes = written.value();
        cached.lastAccess = now();
        QVERIFY(store->documentCache().put(cached));
        contents.insert(id, content);
    }

    void putObject(const QString& kind, const QJsonObject& object)
    {
        guichet::store::StoredObject stored;
        stored.spaceId = source->spaceId();
        stored.kind = kind;
        stored.id = object.value(u"id").toString();
        stored.version = object.value(u"version").toInteger(1);
        stored.json = json(object);
        QVERIFY(store->objects().upsert({stored}));
    }

    QList<QJsonObject> objects(const QString& kind) const
    {
        QList<QJsonObject> list;
        const auto stored = source->objects(kind, {});
        if (stored) {
            for (const auto& object : stored.value())
                list.append(QJsonDocument::fromJson(object.json).object());
        }
        return list;
    }

    // Portal text that must never be read as HTML.
    static QString markup() { return QStringLiteral("<b>x</b><img src=\"file:///etc/passwd\">"); }

    QTemporaryDir dir;
    guichet::store::InMemoryKeyProvider keys;
    std::unique_ptr<guichet::store::LocalStore> store;
    std::unique_ptr<guichet::store::DocumentVault> vault;
    std::unique_ptr<guichet::LocalStoreSource> source;
    QHash<QString, QByteArray> contents;
};
