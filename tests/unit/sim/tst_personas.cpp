#include "Personas.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet::sim::seed;
using namespace Qt::Literals::StringLiterals;

namespace {

// The contract's schemas, read from docs/api/portal.yaml through python3 (QtCore has no
// YAML reader). Empty when python3 or PyYAML is missing.
QJsonObject loadSchemas()
{
    QProcess python;
    python.start(u"python3"_s, {u"-c"_s,
                                u"import sys,yaml,json;"
                                "print(json.dumps(yaml.safe_load(open(sys.argv[1]))))"_s,
                                QStringLiteral(GUICHET_SOURCE_DIR) + u"/docs/api/portal.yaml"_s});
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(python.readAllStandardOutput())
        .object()
        .value(u"components"_s)
        .toObject()
        .value(u"schemas"_s)
        .toObject();
}

// Enough of OpenAPI 3.0 schema validation for these objects: $ref, allOf, anyOf, type,
// nullable, enum, pattern, format (date-time must end in 'Z'), required, properties,
// items, minimum/maximum and maxLength.
void validate(const QJsonValue& value, const QJsonObject& schema, const QJsonObject& schemas,
              const QString& path, QStringList& errors)
{
    if (schema.contains(u"$ref"_s)) {
        const QString name = schema.value(u"$ref"_s).toString().section(u'/', -1);
        validate(value, schemas.value(name).toObject(), schemas, path, errors);
        return;
    }
    if (value.isNull() && schema.value(u"nullable"_s).toBool())
        return;
    for (const QJsonValue& part : schema.value(u"allOf"_s).toArray())
        validate(value, part.toObject(), schemas, path, errors);
    if (schema.contains(u"anyOf"_s)) {
        bool any = false;
        for (const QJsonValue& part : schema.value(u"anyOf"_s).toArray()) {
            QStringList partErrors;
            validate(value, part.toObject(), schemas, path, partErrors);
            any = any || partErrors.isEmpty();
        }
        if (!any)
            errors << path + u": matches no anyOf branch"_s;
    }
    const QString type = schema.value(u"type"_s).toString();
    const bool typeOk =
        type.isEmpty() || (type == u"object"_s && value.isObject()) ||
        (type == u"array"_s && value.isArray()) || (type == u"string"_s && value.isString()) ||
        (type == u"boolean"_s && value.isBool()) || (type == u"number"_s && value.isDouble()) ||
        (type == u"integer"_s && value.isDouble() &&
         value.toDouble() == std::floor(value.toDouble()));
    if (!typeOk) {
        errors << path + u": expected "_s + type;
        return;
    }
    if (schema.contains(u"enum"_s) && !schema.value(u"enum"_s).toArray().contains(value))
        errors << path + u": not in enum: "_s + value.toVariant().toString();
    if (value.isString()) {
        const QString text = value.toString();
        const QString pattern = schema.value(u"pattern"_s).toString();
        if (!pattern.isEmpty() && !QRegularExpression(pattern).match(text).hasMatch())
            errors << path + u": '"_s + text + u"' does not match "_s + pattern;
        const QString format = schema.value(u"format"_s).toString();
        static const QRegularExpression dateTime(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s);
        static const QRegularExpression date(u"^\\d{4}-\\d\\d-\\d\\d$"_s);
        if (format == u"date-time"_s && !dateTime.match(text).hasMatch())
            errors << path + u": not an ISO UTC date-time: "_s + text;
        if (format == u"date"_s && !date.match(text).hasMatch())
            errors << path + u": not a date: "_s + text;
        if (schema.contains(u"maxLength"_s) && text.size() > schema.value(u"maxLength"_s).toInt())
            errors << path + u": too long"_s;
    }
    if (value.isDouble()) {
        if (schema.contains(u"minimum"_s) &&
            value.toDouble() < schema.value(u"minimum"_s).toDouble())
            errors << path + u": below minimum"_s;
        if (schema.contains(u"maximum"_s) &&
            value.toDouble() > schema.value(u"maximum"_s).toDouble())
            errors << path + u": above maximum"_s;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue& name : schema.value(u"required"_s).toArray())
            if (!object.contains(name.toString()))
                errors << path + u": missing "_s + name.toString();
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (properties.contains(it.key()))
                validate(it.value(), properties.value(it.key()).toObject(), schemas,
                         path + u'.' + it.key(), errors);
    }
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            validate(items.at(i), schema.value(u"items"_s).toObject(), schemas,
                     path + u'[' + QString::number(i) + u']', errors);
    }
}

QDateTime parse(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QStringList strings(const QJsonValue& array)
{
    QStringList out;
    for (const QJsonValue& v : array.toArray())
        out << v.toString();
    return out;
}

const SpaceSeed* findSpace(const QList<PersonaSeed>& personas, const QString& id)
{
    for (const PersonaSeed& p : personas)
        for (const SpaceSeed& s : p.spaces)
            if (s.space.value(u"id"_s).toString() == id)
                return &s;
    return nullptr;
}

// Every cross-reference inside one space, as messages of what is wrong.
QStringList danglingReferences(const SpaceSeed& s)
{
    QStringList errors;
    QSet<QString> docs, messages, dossiers;
    for (const QJsonObject& d : s.documents)
        docs.insert(d.value(u"id"_s).toString());
    for (const QJsonObject& m : s.messages)
        messages.insert(m.value(u"id"_s).toString());
    for (const QJsonObject& d : s.dossiers)
        dossiers.insert(d.value(u"id"_s).toString());
    const auto needDoc = [&](const QString& id, const QString& where) {
        if (!docs.contains(id))
            errors << where + u" -> missing document "_s + id;
    };
    const auto needMessage = [&](const QJsonValue& id, const QString& where) {
        if (id.isString() && !messages.contains(id.toString()))
            errors << where + u" -> missing message "_s + id.toString();
    };
    const auto needDossier = [&](const QJsonValue& id, const QString& where) {
        if (id.isString() && !dossiers.contains(id.toString()))
            errors << where + u" -> missing dossier "_s + id.toString();
    };
    QHash<QString, QString> threadOwner;
    for (const QJsonObject& d : s.dossiers) {
        const QString id = d.value(u"id"_s).toString();
        needDoc(d.value(u"packageDocumentId"_s).toString(), id);
        const QJsonObject package =
            *std::find_if(s.documents.cbegin(), s.documents.cend(), [&](const QJsonObject& doc) {
                return doc.value(u"id"_s) == d.value(u"packageDocumentId"_s);
            });
        if (package.value(u"origin"_s).toString() != u"submission"_s)
            errors << id + u": package is not of origin submission"_s;
        for (const QString& a : strings(d.value(u"attachmentDocumentIds"_s)))
            needDoc(a, id);
        const QJsonObject decision = d.value(u"decision"_s).toObject();
        if (!decision.value(u"documentId"_s).isNull() && decision.contains(u"documentId"_s))
            needDoc(decision.value(u"documentId"_s).toString(), id + u" decision"_s);
        needMessage(d.value(u"pendingRequest"_s).toObject().value(u"messageId"_s), id);
        if (threadOwner.contains(d.value(u"threadId"_s).toString()))
            errors << id + u": thread shared with another dossier"_s;
        threadOwner.insert(d.value(u"threadId"_s).toString(), id);
    }
    for (const ScheduledEvent& e : s.events) {
        const QString id = e.event.value(u"id"_s).toString();
        needDossier(e.event.value(u"dossierId"_s), id);
        for (const QString& doc : strings(e.event.value(u"documentIds"_s)))
            needDoc(doc, id);
        needMessage(e.event.value(u"messageId"_s), id);
        if (!e.decision.isEmpty() && !e.decision.value(u"documentId"_s).isNull())
            needDoc(e.decision.value(u"documentId"_s).toString(), id + u" decision"_s);
    }
    for (const QJsonObject& d : s.documents) {
        const QString id = d.value(u"id"_s).toString();
        needDossier(d.value(u"dossierId"_s), id);
        needMessage(d.value(u"messageId"_s), id);
    }
    for (const QJsonObject& m : s.messages) {
        const QString id = m.value(u"id"_s).toString();
        needDossier(m.value(u"dossierId"_s), id);
        needMessage(m.value(u"inReplyTo"_s), id);
        if (!m.value(u"dossierId"_s).isNull() &&
            threadOwner.value(m.value(u"threadId"_s).toString()) !=
                m.value(u"dossierId"_s).toString())
            errors << id + u": not in its dossier's thread"_s;
        for (const QJsonValue& a : m.value(u"attachments"_s).toArray()) {
            const QString docId = a.toObject().value(u"documentId"_s).toString();
            needDoc(docId, id);
            const auto doc =
                std::find_if(s.documents.cbegin(), s.documents.cend(), [&](const QJsonObject& o) {
                    return o.value(u"id"_s).toString() == docId;
                });
            if (doc != s.documents.cend() &&
                (doc->value(u"sha256"_s) != a.toObject().value(u"sha256"_s) ||
                 doc->value(u"size"_s) != a.toObject().value(u"size"_s)))
                errors << id + u": attachment metadata differs from "_s + docId;
        }
    }
    QSet<QString> consents;
    for (const QJsonObject& c : s.consents)
        consents.insert(c.value(u"id"_s).toString());
    for (const QJsonObject& a : s.accessLog) {
        needDossier(a.value(u"dossierId"_s), a.value(u"id"_s).toString());
        const QJsonValue consent = a.value(u"consentId"_s);
        if (!consent.isNull() && !consents.contains(consent.toString()))
            errors << a.value(u"id"_s).toString() + u" -> missing consent"_s;
    }
    for (const QJsonObject& c : s.corrections)
        for (const QString& doc : strings(c.value(u"documentIds"_s)))
            needDoc(doc, c.value(u"id"_s).toString());
    for (const QJsonObject& r : s.dataRecords)
        for (const QJsonValue& item : r.value(u"items"_s).toArray()) {
            const QJsonValue pending = item.toObject().value(u"pendingCorrectionId"_s);
            const bool found =
                std::any_of(s.corrections.cbegin(), s.corrections.cend(),
                            [&](const QJsonObject& c) { return c.value(u"id"_s) == pending; });
            if (!pending.isNull() && !found)
                errors << u"item -> missing correction "_s + pending.toString();
        }
    return errors;
}

// Checks the cross-reference table of a PDF: each entry must point at its "N 0 obj".
bool xrefConsistent(const QByteArray& pdf)
{
    const qsizetype start = pdf.lastIndexOf("startxref\n");
    if (start < 0)
        return false;
    const qsizetype xref = pdf.mid(start + 10).split('\n').value(0).toLongLong();
    if (!pdf.mid(xref).startsWith("xref\n"))
        return false;
    const QList<QByteArray> lines = pdf.mid(xref).split('\n');
    const int count = lines.value(1).split(' ').value(1).toInt();
    for (int i = 1; i < count; ++i) {
        const QByteArray entry = lines.value(2 + i);
        if (entry.size() != 19) // 20 bytes with the '\n' split away
            return false;
        const qsizetype offset = entry.left(10).toLongLong();
        if (!pdf.mid(offset).startsWith(QByteArray::number(i) + " 0 obj"))
            return false;
    }
    return true;
}

} // namespace

class TestPersonas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void personasAndHolders();
    void validAgainstContract();
    void idsUniqueAcrossEverything();
    void referencesResolve();
    void documentContents();
    void pdfinfoAcceptsDocuments();
    void dossierStateFollowsVisibleEvents();
    void futureEventsForTheTestClock();
    void marieHasARichSpace();
    void lucHasThreeSpaces();
    void dataValuesMatchDisplayedItems();
    void deterministicForTheSameNow();
    void bulkSpaceCounts();

private:
    QDateTime m_now;
    QList<PersonaSeed> m_personas;
};

void TestPersonas::initTestCase()
{
    m_now = QDateTime(QDate(2025, 6, 18), QTime(9, 30, 0), Qt::UTC);
    m_personas = generatePersonas(m_now);
}

void TestPersonas::personasAndHolders()
{
    QCOMPARE(m_personas.size(), 4);
    QHash<QString, const PersonaSeed*> byKey;
    for (const PersonaSeed& p : m_personas)
        byKey.insert(p.key, &p);
    QCOMPARE(byKey.value(u"marie-schmit"_s)->holderNumber, u"1985021412399"_s);
    QCOMPARE(byKey.value(u"luc-weber"_s)->holderNumber, u"1234567890123"_s);
    QCOMPARE(byKey.value(u"paul-hoffmann"_s)->holderNumber, u"1990123112398"_s);
    QVERIFY(byKey.value(u"anna-kowalska"_s)->holderNumber.isEmpty());
    QVERIFY(byKey.value(u"anna-kowalska"_s)->spaces.isEmpty());
    QCOMPARE(byKey.value(u"marie-schmit"_s)->spaces.size(), 1);
    QCOMPARE(byKey.value(u"paul-hoffmann"_s)->spaces.size(), 1);
    for (const PersonaSeed& p : m_personas)
        QVERIFY2(!p.description.isEmpty() && !p.givenName.isEmpty(), qPrintable(p.key));
    QVERIFY(findSpace(m_personas, QString::fromLatin1(kMariePrivateSpace)));
    QVERIFY(findSpace(m_personas, QString::fromLatin1(kPaulPrivateSpace)));
}

void TestPersonas::validAgainstContract()
{
    const QJsonObject schemas = loadSchemas();
    if (schemas.isEmpty())
        QSKIP("python3 with PyYAML is needed to read docs/api/portal.yaml");
    QVERIFY(schemas.contains(u"Dossier"_s));
    QStringList errors;
    const auto check = [&](const QJsonValue& v, const char* schema, const QString& where) {
        validate(v, schemas.value(QLatin1String(schema)).toObject(), schemas, where, errors);
    };
    for (const PersonaSeed& p : m_personas) {
        for (const SpaceSeed& s : p.spaces) {
            const QString sp = s.space.value(u"id"_s).toString();
            check(s.space, "Space", sp);
            for (const QJsonObject& o : s.dossiers)
                check(o, "Dossier", sp + u'/' + o.value(u"id"_s).toString());
            for (const ScheduledEvent& e : s.events) {
                check(e.event, "DossierEvent", sp + u'/' + e.event.value(u"id"_s).toString());
                if (!e.decision.isEmpty())
                    check(e.decision, "Decision", sp + u"/decision"_s);
            }
            for (const QJsonObject& o : s.documents)
                check(o, "Document", sp + u'/' + o.value(u"id"_s).toString());
            for (const QJsonObject& o : s.messages)
                check(o, "Message", sp + u'/' + o.value(u"id"_s).toString());
            for (const QJsonObject& o : s.dataRecords)
                check(o, "DataRecord", sp + u'/' + o.value(u"source"_s).toString());
            for (const QJsonObject& o : s.accessLog)
                check(o, "AccessLogEntry", sp + u'/' + o.value(u"id"_s).toString());
            for (const QJsonObject& o : s.consents)
                check(o, "Consent", sp + u'/' + o.value(u"id"_s).toString());
            for (const QJsonObject& o : s.corrections)
                check(o, "Correction", sp + u'/' + o.value(u"id"_s).toString());
            for (auto it = s.dataValues.cbegin(); it != s.dataValues.cend(); ++it)
                for (auto v = it->begin(); v != it->end(); ++v)
                    check(*v, "FieldValue", sp + u'/' + it.key() + u'/' + v.key());
        }
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 20).join(u'\n')));

    // A broken object must be caught, or the checks above prove nothing.
    QJsonObject broken =
        findSpace(m_personas, QString::fromLatin1(kMariePrivateSpace))->dossiers.first();
    broken.remove(u"threadId"_s);
    broken.insert(u"status"_s, u"lost"_s);
    check(broken, "Dossier", u"broken"_s);
    QCOMPARE(errors.size(), 2);
}

void TestPersonas::idsUniqueAcrossEverything()
{
    QSet<QString> seen;
    QStringList duplicates;
    const auto add = [&](const QString& id) {
        if (seen.contains(id))
            duplicates << id;
        seen.insert(id);
    };
    for (const PersonaSeed& p : m_personas)
        for (const SpaceSeed& s : p.spaces) {
            add(s.space.value(u"id"_s).toString());
            for (const QJsonObject& o : s.dossiers) {
                add(o.value(u"id"_s).toString());
                add(o.value(u"threadId"_s).toString());
            }
            for (const ScheduledEvent& e : s.events)
                add(e.event.value(u"id"_s).toString());
            for (const QList<QJsonObject>* list :
                 {&s.documents, &s.accessLog, &s.consents, &s.corrections})
                for (const QJsonObject& o : *list)
                    add(o.value(u"id"_s).toString());
            QSet<QString> threads;
            for (const QJsonObject& m : s.messages) {
                add(m.value(u"id"_s).toString());
                threads.insert(m.value(u"threadId"_s).toString());
            }
            Q_UNUSED(threads)
        }
    QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(u", "_s)));
    for (const QString& id : std::as_const(seen)) {
        for (const QChar c : id)
            QVERIFY2(c.unicode() < 128, qPrintable(id));
    }
}

void TestPersonas::referencesResolve()
{
    for (const PersonaSeed& p : m_personas)
        for (const SpaceSeed& s : p.spaces) {
            const QStringList errors = danglingReferences(s);
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        }
    // And the check itself notices a dangling id.
    SpaceSeed broken = *findSpace(m_personas, QString::fromLatin1(kMariePrivateSpace));
    broken.dossiers.first().insert(u"attachmentDocumentIds"_s, QJsonArray{u"DOC-000000000000"_s});
    QVERIFY(!danglingReferences(broken).isEmpty());
}

void TestPersonas::documentContents()
{
    for (const PersonaSeed& p : m_personas)
        for (const SpaceSeed& s : p.spaces) {
            QCOMPARE(s.documentContents.size(), s.documents.size());
            const QString space = s.space.value(u"id"_s).toString();
            for (const QJsonObject& d : s.documents) {
                const QString id = d.value(u"id"_s).toString();
                QVERIFY2(s.documentContents.contains(id), qPrintable(id));
                const QByteArray content = s.documentContents.value(id);
                const QString sha = QString::fromLatin1(
                    QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
                QCOMPARE(d.value(u"sha256"_s).toString(), sha);
                QCOMPARE(d.value(u"size"_s).toInteger(), content.size());
                QCOMPARE(d.value(u"etag"_s).toString(), u"\""_s + sha.left(16) + u"\""_s);
                QCOMPARE(d.value(u"version"_s).toInt(), 1);
                QCOMPARE(d.value(u"contentHref"_s).toString(),
                         u"/api/v1/spaces/%1/documents/%2/content"_s.arg(space, id));
                QVERIFY2(content.startsWith("%PDF-"), qPrintable(id));
                QVERIFY2(content.trimmed().endsWith("%%EOF"), qPrintable(id));
                QVERIFY2(xrefConsistent(content), qPrintable(id));
                const bool issued = d.value(u"origin"_s).toString() == u"administration"_s;
                QCOMPARE(d.contains(u"administration"_s), issued);
            }
        }
}

void TestPersonas::pdfinfoAcceptsDocuments()
{
    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    if (pdfinfo.isEmpty())
        QSKIP("pdfinfo (poppler-utils) is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const SpaceSeed& marie = *findSpace(m_personas, QString::fromLatin1(kMariePrivateSpace));
    for (auto it = marie.documentContents.cbegin(); it != marie.documentContents.cend(); ++it) {
        QFile file(dir.filePath(it.key() + u".pdf"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(it.value());
        file.close();
        QProcess run;
        run.start(pdfinfo, {file.fileName()});
        QVERIFY(run.waitForFinished(10000));
        QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
        const QString info = QString::fromUtf8(run.readAllStandardOutput());
        QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+1\\n"_s)), qPrintable(info));
    }
}

void TestPersonas::dossierStateFollowsVisibleEvents()
{
    for (const PersonaSeed& p : m_personas)
        for (const SpaceSeed& s : p.spaces) {
            QHash<QString, int> unread;
            for (const QJsonObject& m : s.messages)
                if (m.value(u"direction"_s).toString() == u"inbound"_s &&
                    m.value(u"readAt"_s).isNull())
                    ++unread[m.value(u"threadId"_s).toString()];
            for (const QJsonObject& d : s.dossiers) {
                const QString id = d.value(u"id"_s).toString();
                const ScheduledEvent* latest = nullptr;
                const ScheduledEvent* decided = nullptr;
                int count = 0;
                for (const ScheduledEvent& e : s.events) {
                    if (e.event.value(u"dossierId"_s).toString() != id)
                        continue;
                    ++count;
                    QCOMPARE(parse(e.event.value(u"occurredAt"_s)), e.occursAt);
                    QCOMPARE(e.decision.isEmpty(),
                             e.event.value(u"type"_s).toString() != u"decided"_s);
                    if (e.occursAt > m_now)
                        continue;
                    if (!latest || e.occursAt >= latest->occursAt)
                        latest = &e;
                    if (!e.decision.isEmpty())
                        decided = &e;
                }
                QVERIFY2(latest, qPrintable(id));
                QVERIFY2(count >= 3 || p.key != u"marie-schmit"_s, qPrintable(id));
                QCOMPARE(d.value(u"status"_s), latest->event.value(u"type"_s));
                QCOMPARE(d.value(u"version"_s), latest->event.value(u"version"_s));
                QCOMPARE(parse(d.value(u"updatedAt"_s)), latest->occursAt);
                QCOMPARE(d.contains(u"pendingRequest"_s),
                         d.value(u"status"_s).toString() == u"information_requested"_s);
                QCOMPARE(d.contains(u"decision"_s), decided != nullptr);
                if (decided)
                    QCOMPARE(d.value(u"decision"_s).toObject(), decided->decision);
                QCOMPARE(d.value(u"unreadMessages"_s).toInt(),
                         unread.value(d.value(u"threadId"_s).toString()));
                QVERIFY(parse(d.value(u"submittedAt"_s)) <= m_now);
            }
            for (const QJsonObject& m : s.messages)
                QVERIFY(parse(m.value(u"sentAt"_s)) <= m_now);
            for (const QJsonObject& doc : s.documents)
                QVERIFY(parse(doc.value(u"createdAt"_s)) <= m_now);
        }
}

void TestPersonas::futureEventsForTheTestClock()
{
    const SpaceSeed& marie = *findSpace(m_personas, QString::fromLatin1(kMariePrivateSpace));
    QSet<QString> dossiersWithFuture;
    QSet<qint64> offsets;
    for (const ScheduledEvent& e : marie.events)
        if (e.occursAt > m_now) {
            dossiersWithFuture.insert(e.event.value(u"dossierId"_s).toString());
            offsets.insert(m_now.secsTo(e.occursAt));
        }
    QVERIFY(dossiersWithFuture.size() >= 4);
    for (const qint64 expected : {3600LL, 86400LL, 3 * 86400LL, 10 * 86400LL})
        QVERIFY2(offsets.contains(expected), qPrintable(QString::number(expected)));
}

void TestPersonas::marieHasARichSpace()
{
    const SpaceSeed& s = *findSpace(m_personas, QString::fromLatin1(kMariePrivateSpace));
    QCOMPARE(s.space.value(u"kind"_s).toString(), u"private"_s);
    QCOMPARE(s.dossiers.size(), 12);
    QSet<QString> statuses;
    for (const QJsonObject& d : s.dossiers)
        statuses.insert(d.value(u"status"_s).toString());
    QCOMPARE(statuses, (QSet<QString>{u"received"_s, u"in_processing"_s, u"information_requested"_s,
                                      u"decided"_s, u"closed"_s}));
    QHash<QString, int> eventsPer;
    for (const ScheduledEvent& e : s.events)
        ++eventsPer[e.event.value(u"dossierId"_s).toString()];
    for (const int n : std::as_const(eventsPer))
        QVERIFY(n >= 3 && n <= 8);
    QVERIFY(s.documents.size() >= 28 && s.documents.size() <= 40);
    QSet<QString> origins;
    for (const QJsonObject& d : s.documents)
        origins.insert(d.value(u"origin"_s).toString());
    QCOMPARE(origins.size(), 3);
    QVERIFY(s.messages.size() >= 20 && s.messages.size() <= 32);
    int unread = 0, outbound = 0, withAttachments = 0;
    for (const QJsonObject& m : s.messages) {
        unread += m.value(u"readAt"_s).isNull() ? 1 : 0;
        outbound += m.value(u"direction"_s).toString() == u"outbound"_s ? 1 : 0;
        withAttachments += m.value(u"attachments"_s).toArray().isEmpty() ? 0 : 1;
    }
    QVERIFY(unread >= 3 && outbound >= 3 && withAttachments >= 5);
    QSet<QString> sources;
    for (const QJsonObject& r : s.dataRecords)
        sources.insert(r.value(u"source"_s).toString());
    QCOMPARE(sources, (QSet<QString>{u"rnpp-identity"_s, u"rnpp-address"_s, u"vehicles"_s,
                                     u"driving-licence"_s, u"cadastre"_s, u"criminal-record"_s}));
    QCOMPARE(s.accessLog.size(), 300);
    QSet<QString> administrations;
    int linked = 0;
    for (const QJsonObject& a : s.accessLog) {
        administrations.insert(a.value(u"administration"_s).toObject().value(u"id"_s).toString());
        linked += a.value(u"dossierId"_s).isNull() ? 0 : 1;
        QVERIFY(parse(a.value(u"accessedAt"_s)) >= m_now.addDays(-731));
    }
    QVERIFY(administrations.size() >= 10);
    QVERIFY(linked >= 10);
    QCOMPARE(s.consents.size(), 3);
    QCOMPARE(std::count_if(s.consents.cbegin(), s.consents.cend(),
                           [](const QJsonObject& c) {
                               return c.value(u"status"_s).toString() == u"revoked"_s &&
                                      !c.value(u"revokedAt"_s).isNull();
                           }),
             1);
    QCOMPARE(s.corrections.size(), 2);
    QStringList correctionStates;
    for (const QJsonObject& c : s.corrections) {
        correctionStates << c.value(u"status"_s).toString();
        if (c.value(u"status"_s).toString() == u"rejected"_s)
            QVERIFY(!c.value(u"decisionNote"_s).toString().isEmpty());
    }
    correctionStates.sort();
    QCOMPARE(correctionStates, (QStringList{u"in_review"_s, u"rejected"_s}));
    QVERIFY(s.dataValues.value(u"personal"_s).contains(u"iban"_s));
}

void TestPersonas::lucHasThreeSpaces()
{
    const PersonaSeed& luc = m_personas.at(1);
    QCOMPARE(luc.key, u"luc-weber"_s);
    QCOMPARE(luc.spaces.size(), 3);
    const SpaceSeed& company =
        *findSpace(m_personas, QString::fromLatin1(kWeberConstructionsSpace));
    QCOMPARE(company.space.value(u"role"_s).toString(), u"administrator"_s);
    const QJsonObject c = company.space.value(u"company"_s).toObject();
    QCOMPARE(c.value(u"rcsNumber"_s).toString(), u"B123456"_s);
    QCOMPARE(c.value(u"vatNumber"_s).toString(), u"LU12345613"_s);
    QCOMPARE(c.value(u"legalForm"_s).toString(), u"S.A."_s);
    const SpaceSeed& bakery = *findSpace(m_personas, QString::fromLatin1(kBoulangerieWeberSpace));
    QCOMPARE(bakery.space.value(u"role"_s).toString(), u"manager"_s);
    for (const SpaceSeed* s : {&company, &bakery}) {
        QVERIFY(s->dataValues.contains(u"rcs"_s) && s->dataValues.contains(u"vat"_s));
        QVERIFY(!s->accessLog.isEmpty() && !s->messages.isEmpty());
        QVERIFY(std::any_of(s->dossiers.cbegin(), s->dossiers.cend(), [](const QJsonObject& d) {
            return d.value(u"procedureId"_s).toString().startsWith(u"P-BUS-"_s);
        }));
    }
}

void TestPersonas::dataValuesMatchDisplayedItems()
{
    for (const PersonaSeed& p : m_personas)
        for (const SpaceSeed& s : p.spaces) {
            QVERIFY2(s.dataValues.value(u"personal"_s).size() == 3, qPrintable(p.key));
            for (const QJsonObject& r : s.dataRecords) {
                const QJsonObject values = s.dataValues.value(r.value(u"source"_s).toString());
                for (const QJsonValue& v : r.value(u"items"_s).toArray()) {
                    const QJsonObject item = v.toObject();
                    const QJsonValue value = values.value(item.value(u"id"_s).toString());
                    QVERIFY2(!value.isUndefined(), qPrintable(item.value(u"id"_s).toString()));
                    const QString shown = item.value(u"value"_s).toString();
                    if (value.isString())
                        QCOMPARE(shown, value.toString());
                    else if (value.isDouble())
                        QCOMPARE(shown.toDouble(), value.toDouble());
                    else
                        QVERIFY(shown.contains(value.toObject().value(u"street"_s).toString()));
                }
            }
        }
    const QJsonObject address = findSpace(m_personas, QString::fromLatin1(kMariePrivateSpace))
                                    ->dataValues.value(u"rnpp-address"_s)
                                    .value(u"address"_s)
                                    .toObject();
    QCOMPARE(address.value(u"locality"_s).toString(), u"Esch-sur-Alzette"_s);
}

void TestPersonas::deterministicForTheSameNow()
{
    const auto flatten = [](const QList<PersonaSeed>& personas) {
        QJsonArray all;
        for (const PersonaSeed& p : personas)
            for (const SpaceSeed& s : p.spaces) {
                for (const QList<QJsonObject>* list :
                     {&s.dossiers, &s.documents, &s.messages, &s.accessLog, &s.dataRecords})
                    for (const QJsonObject& o : *list)
                        all.append(o);
            }
        return QJsonDocument(all).toJson(QJsonDocument::Compact);
    };
    QCOMPARE(flatten(generatePersonas(m_now)), flatten(m_personas));
    QVERIFY(flatten(generatePersonas(m_now.addDays(1))) != flatten(m_personas));
}

void TestPersonas::bulkSpaceCounts()
{
    QElapsedTimer timer;
    timer.start();
    const SpaceSeed s = bulkSpace(u"sp-priv-bulk-test"_s, m_now, 10000, 200, 10, 10000);
    const qint64 elapsed = timer.elapsed();
    qInfo("bulkSpace(10000 documents, 200 dossiers x 10 events, 10000 access-log entries): %lld ms",
          elapsed);
    QCOMPARE(s.documents.size(), 10000);
    QCOMPARE(s.documentContents.size(), 10000);
    QCOMPARE(s.dossiers.size(), 200);
    QCOMPARE(s.events.size(), 2000);
    QCOMPARE(s.accessLog.size(), 10000);
    QVERIFY(danglingReferences(s).isEmpty());
    for (const QJsonObject& d : s.dossiers)
        QCOMPARE(d.value(u"status"_s).toString(), u"decided"_s);
}

QTEST_GUILESS_MAIN(TestPersonas)
#include "tst_personas.moc"
