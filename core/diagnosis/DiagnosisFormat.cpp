#include "DiagnosisFormat.h"

#include "Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet::diagnosis {
namespace {

void appendCheck(QStringList& lines, const Check& check)
{
    lines << QStringLiteral("[%1] %2").arg(stateText(check.state), checkHeading(check));
    if (!check.code.isEmpty()) {
        const Error error(check.code);
        lines << QStringLiteral("    ") + error.summary();
        lines << QStringLiteral("    ") + error.whatToDo();
    }
    for (const Evidence& fact : check.evidence)
        lines << QStringLiteral("    %1: %2").arg(fact.name, fact.value);
}

} // namespace

QString checkHeading(const Check& check)
{
    QString text = layerTitle(check.layer);
    if (!check.subject.isEmpty())
        text += QStringLiteral(" (") + check.subject + QLatin1Char(')');
    return text;
}

QString toText(const Report& report)
{
    QStringList lines;
    lines << QCoreApplication::translate("Diagnosis", "Guichet Desktop diagnostics, %1")
                 .arg(report.generatedUtc.toString(Qt::ISODate));
    const Check* problem = report.firstProblem();
    if (problem) {
        lines << QCoreApplication::translate("Diagnosis", "Look here first: %1")
                     .arg(checkHeading(*problem));
    } else {
        lines << QCoreApplication::translate("Diagnosis", "Every layer that was checked is OK.");
    }
    lines << QString();
    for (const Check& check : report.checks)
        appendCheck(lines, check);
    return lines.join(QLatin1Char('\n'));
}

QByteArray toJson(const Report& report)
{
    QJsonArray checks;
    for (const Check& check : report.checks) {
        QJsonObject object{{QStringLiteral("layer"), layerId(check.layer)},
                           {QStringLiteral("title"), layerTitle(check.layer)},
                           {QStringLiteral("state"), stateId(check.state)},
                           {QStringLiteral("durationMs"), check.durationMs}};
        if (!check.subject.isEmpty())
            object.insert(QStringLiteral("subject"), check.subject);
        if (!check.code.isEmpty()) {
            const Error error(check.code);
            object.insert(QStringLiteral("code"), check.code);
            object.insert(QStringLiteral("message"), error.userMessage());
            object.insert(QStringLiteral("whatToDo"), error.whatToDo());
        }
        QJsonArray evidence;
        for (const Evidence& fact : check.evidence)
            evidence.append(QJsonObject{{QStringLiteral("name"), fact.name},
                                        {QStringLiteral("value"), fact.value}});
        object.insert(QStringLiteral("evidence"), evidence);
        checks.append(object);
    }
    const CheckState worst = report.worst();
    QJsonObject root{{QStringLiteral("schemaVersion"), SchemaVersion},
                     {QStringLiteral("generated"), report.generatedUtc.toString(Qt::ISODate)},
                     {QStringLiteral("application"), QCoreApplication::applicationVersion()},
                     {QStringLiteral("worst"), stateId(worst)},
                     {QStringLiteral("exitCode"), exitCodeFor(worst)},
                     {QStringLiteral("checks"), checks}};
    if (const Check* problem = report.firstProblem())
        root.insert(QStringLiteral("firstProblem"),
                    static_cast<qint64>(problem - report.checks.constData()));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace guichet::diagnosis
