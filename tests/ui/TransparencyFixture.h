#pragma once

#include "SpaceFixture.h"

#include <QLabel>
#include <QWidget>

// Adds to SpaceFixture what the transparency screens read: the data records, access
// log, consents and corrections of Marie Schmit's private space, stored the way the
// sync stores them (data records under their source name).
struct TransparencyFixture : SpaceFixture
{
    void fillTransparency()
    {
        const auto personas = guichet::sim::seed::generatePersonas(now());
        for (const auto& persona : personas) {
            for (const auto& seed : persona.spaces) {
                if (seed.space.value(u"id").toString() != source->spaceId())
                    continue;
                for (const QJsonObject& record : seed.dataRecords)
                    put(QStringLiteral("data"), record.value(u"source").toString(), record);
                for (const QJsonObject& entry : seed.accessLog)
                    put(QStringLiteral("access"), entry.value(u"id").toString(), entry);
                for (const QJsonObject& consent : seed.consents)
                    put(QStringLiteral("consent"), consent.value(u"id").toString(), consent);
                for (const QJsonObject& correction : seed.corrections)
                    put(QStringLiteral("correction"), correction.value(u"id").toString(),
                        correction);
            }
        }
        flush();
    }

    // Queues an object for flush(), as one sync batch.
    void put(const QString& kind, const QString& id, const QJsonObject& object)
    {
        guichet::store::StoredObject stored;
        stored.spaceId = source->spaceId();
        stored.kind = kind;
        stored.id = id;
        stored.version = object.value(u"version").toInteger(1);
        stored.json = json(object);
        pending.append(stored);
    }

    void flush()
    {
        QVERIFY(store->objects().upsert(pending));
        pending.clear();
    }

    // The texts that must be shown as they are, never read as HTML.
    static QStringList markupTexts()
    {
        return {QStringLiteral("<b>x</b>"), QStringLiteral("<img src=http://x/y.png>"),
                QStringLiteral("<a href=http://x>y</a>")};
    }

    // Every label of the widget shows plain text only.
    static void verifyPlainLabels(const QWidget& widget)
    {
        for (const QLabel* label : widget.findChildren<QLabel*>()) {
            QVERIFY2(label->textFormat() == Qt::PlainText,
                     qPrintable(label->objectName() + QStringLiteral(": ") + label->text()));
        }
    }

    QList<guichet::store::StoredObject> pending;
};
