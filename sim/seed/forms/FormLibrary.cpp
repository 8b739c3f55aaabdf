#include "FormLibrary.h"

#include "TextLocaliser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace guichet::sim::seed {

namespace {

QJsonObject readFormFile(const QString& formId)
{
    const QString path = QStringLiteral(":/sim/forms/%1.json").arg(formId);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Hand-written form %s: cannot open %s", qPrintable(formId), qPrintable(path));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        qFatal("Hand-written form %s: not a JSON object (%s at offset %d)", qPrintable(formId),
               qPrintable(parseError.errorString()), parseError.offset);
    const QJsonObject form = document.object();
    if (form.value(QStringLiteral("id")).toString() != QStringLiteral("F-") + formId.toUpper())
        qFatal("Hand-written form %s: the file's id is \"%s\"", qPrintable(formId),
               qPrintable(form.value(QStringLiteral("id")).toString()));
    return form;
}

// Spread over a few weeks so that the forms do not all look published the same day.
QString publicationTime(const QDateTime& now, qsizetype formIndex)
{
    const QDate day = now.toUTC().date().addMonths(-3).addDays(-4 * formIndex);
    return QDateTime(day, QTime(9, 0), Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QStringList handWrittenFormIds()
{
    return {
        QStringLiteral("arrival-declaration"),      QStringLiteral("residence-certificate"),
        QStringLiteral("criminal-record-extract"),  QStringLiteral("cost-of-living-allowance"),
        QStringLiteral("residential-parking-card"), QStringLiteral("study-grant"),
        QStringLiteral("vehicle-address-change"),   QStringLiteral("energy-renovation-premium"),
        QStringLiteral("eu-citizen-registration"),  QStringLiteral("birth-certificate-copy"),
        QStringLiteral("business-permit"),          QStringLiteral("vat-registration"),
    };
}

QList<Localised> handWrittenForms(const QDateTime& now)
{
    QList<Localised> forms;
    const QStringList ids = handWrittenFormIds();
    for (qsizetype index = 0; index < ids.size(); ++index) {
        const QJsonObject source = readFormFile(ids.at(index));
        Localised form;
        for (const QString& language : languages()) {
            const LocalisedJson resolved = localiseJson(source, language);
            if (!resolved.ok())
                qFatal("Hand-written form %s: %s", qPrintable(ids.at(index)),
                       qPrintable(resolved.error));
            QJsonObject definition = resolved.value.toObject();
            definition.insert(QStringLiteral("publishedAt"), publicationTime(now, index));
            definition.insert(QStringLiteral("acceptedUntil"), QJsonValue::Null);
            form.insert(language, definition);
        }
        forms.append(form);
    }
    return forms;
}

} // namespace guichet::sim::seed
