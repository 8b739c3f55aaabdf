// Filling an empty simulated-portal database from the seed generators.
#include "PortalStore.h"

#include "CatalogueGenerator.h"
#include "FormLibrary.h"
#include "Personas.h"
#include "SimClock.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace guichet::sim {
namespace {

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The words a catalogue search looks at, folded once here rather than per query.
QString searchableText(const QJsonObject& procedure)
{
    QString text = procedure.value(QStringLiteral("title")).toString() + u' ' +
                   procedure.value(QStringLiteral("summary")).toString() + u' ' +
                   procedure.value(QStringLiteral("administration"))
                       .toObject()
                       .value(QStringLiteral("name"))
                       .toString();
    for (const QJsonValue theme : procedure.value(QStringLiteral("themes")).toArray())
        text += u' ' + theme.toString();
    return PortalStore::searchText(text);
}

} // namespace

PortalStore::SeedFigures PortalStore::seed(const QDateTime& now)
{
    QElapsedTimer timer;
    timer.start();
    SeedFigures figures;
    begin();

    const seed::CatalogueSeed catalogue = seed::generateCatalogue(now);
    QSqlQuery insertProcedure(db());
    insertProcedure.prepare(
        QStringLiteral("INSERT OR REPLACE INTO procedures VALUES(?,?,?,?,?,?,?)"));
    for (const seed::Localised& procedure : catalogue.procedures) {
        for (auto it = procedure.cbegin(); it != procedure.cend(); ++it) {
            const QJsonObject& json = it.value();
            insertProcedure.addBindValue(json.value(QStringLiteral("id")).toString());
            insertProcedure.addBindValue(it.key());
            insertProcedure.addBindValue(json.value(QStringLiteral("audience")).toString());
            insertProcedure.addBindValue(json.value(QStringLiteral("online")).toBool() ? 1 : 0);
            insertProcedure.addBindValue(json.value(QStringLiteral("updatedAt")).toString());
            insertProcedure.addBindValue(searchableText(json));
            insertProcedure.addBindValue(compactJson(json));
            (void)insertProcedure.exec();
        }
        ++figures.procedures;
    }

    QSqlQuery insertForm(db());
    insertForm.prepare(QStringLiteral("INSERT OR REPLACE INTO forms VALUES(?,?,?,?)"));
    const auto addForms = [&](const QList<seed::Localised>& forms) {
        for (const seed::Localised& form : forms) {
            for (auto it = form.cbegin(); it != form.cend(); ++it) {
                insertForm.addBindValue(it.value().value(QStringLiteral("id")).toString());
                insertForm.addBindValue(it.value().value(QStringLiteral("version")).toString());
                insertForm.addBindValue(it.key());
                insertForm.addBindValue(compactJson(it.value()));
                (void)insertForm.exec();
            }
            ++figures.forms;
        }
    };
    addForms(catalogue.generatedForms);
    addForms(seed::handWrittenForms(now));

    const QList<seed::PersonaSeed> people = seed::generatePersonas(now);
    for (const seed::PersonaSeed& person : people) {
        addPersona({person.key, person.holderNumber, person.givenName, person.surname,
                    person.description});
        int position = 0;
        for (const seed::SpaceSeed& space : person.spaces) {
            insertSpaceSeed(person.key, position++, space, now);
            figures.items +=
                int(space.dossiers.size() + space.events.size() + space.documents.size() +
                    space.messages.size() + space.accessLog.size() + space.consents.size());
        }
        ++figures.personas;
    }

    QSqlQuery mark(db());
    (void)mark.exec(QStringLiteral("INSERT OR REPLACE INTO meta VALUES('seeded', '") +
                    apiTime(now) + QStringLiteral("')"));
    commit();
    figures.milliseconds = timer.elapsed();
    return figures;
}

void PortalStore::addSpace(const QString& personaKey, const seed::SpaceSeed& space)
{
    begin();
    QSqlQuery count(db());
    count.prepare(QStringLiteral("SELECT count(*) FROM spaces WHERE persona_key=?"));
    count.addBindValue(personaKey);
    const int position = count.exec() && count.next() ? count.value(0).toInt() : 0;
    insertSpaceSeed(personaKey, position, space, QDateTime::currentDateTimeUtc());
    commit();
}

void PortalStore::insertSpaceSeed(const QString& personaKey, int position,
                                  const seed::SpaceSeed& space, const QDateTime& now)
{
    const QString spaceId = space.space.value(QStringLiteral("id")).toString();
    QSqlQuery insertSpace(db());
    insertSpace.prepare(QStringLiteral("INSERT OR REPLACE INTO spaces VALUES(?,?,?,?,?)"));
    insertSpace.addBindValue(spaceId);
    insertSpace.addBindValue(personaKey);
    insertSpace.addBindValue(space.space.value(QStringLiteral("role")).toString());
    insertSpace.addBindValue(position);
    insertSpace.addBindValue(compactJson(space.space));
    (void)insertSpace.exec();

    for (const QJsonObject& json : space.dossiers)
        putItem(spaceId, QStringLiteral("dossier"), json);
    QSqlQuery schedule(db());
    schedule.prepare(QStringLiteral("INSERT OR REPLACE INTO scheduled VALUES(?,?,?,?,?)"));
    for (const seed::ScheduledEvent& event : space.events) {
        if (event.occursAt <= now) {
            putItem(spaceId, QStringLiteral("event"), event.event);
            continue;
        }
        schedule.addBindValue(event.event.value(QStringLiteral("id")).toString());
        schedule.addBindValue(spaceId);
        schedule.addBindValue(apiTime(event.occursAt));
        schedule.addBindValue(compactJson(event.event));
        schedule.addBindValue(event.decision.isEmpty() ? QByteArray()
                                                       : compactJson(event.decision));
        (void)schedule.exec();
    }
    for (const QJsonObject& json : space.documents)
        putItem(spaceId, QStringLiteral("document"), json);
    for (auto it = space.documentContents.cbegin(); it != space.documentContents.cend(); ++it)
        putContent(spaceId, it.key(), it.value());
    for (const QJsonObject& json : space.messages)
        putItem(spaceId, QStringLiteral("message"), json);
    for (const QJsonObject& json : space.dataRecords)
        putItem(spaceId, QStringLiteral("data"), json);
    for (const QJsonObject& json : space.accessLog)
        putItem(spaceId, QStringLiteral("access"), json);
    for (const QJsonObject& json : space.consents)
        putItem(spaceId, QStringLiteral("consent"), json);
    for (const QJsonObject& json : space.corrections)
        putItem(spaceId, QStringLiteral("correction"), json);
    QSqlQuery values(db());
    values.prepare(QStringLiteral("INSERT OR REPLACE INTO data_values VALUES(?,?,?)"));
    for (auto it = space.dataValues.cbegin(); it != space.dataValues.cend(); ++it) {
        values.addBindValue(spaceId);
        values.addBindValue(it.key());
        values.addBindValue(compactJson(it.value()));
        (void)values.exec();
    }
}

} // namespace guichet::sim
