// Forms benchmark: building and showing a 300-field form, and making the signed
// summary (20 pages) not counting the token's own signing time. Prints key=value
// lines (microseconds) that tests/bench/forms.py reports; see tests/bench/README.md.
#include "FormPage.h"
#include "FormSchemaParser.h"
#include "SimulatedPki.h"
#include "SimulatedToken.h"
#include "SimulatedTokenSigner.h"
#include "SubmissionPackager.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTextStream>

using namespace guichet;
using namespace guichet::forms;

namespace {

QJsonObject field(int index)
{
    static const char* types[] = {"text",  "number", "date",  "choice",         "yesno",
                                  "email", "iban",   "phone", "nationalNumber", "multichoice"};
    const QString type = QLatin1String(types[index % 10]);
    QJsonObject f{
        {QStringLiteral("id"), QStringLiteral("f%1").arg(index)},
        {QStringLiteral("type"), type},
        {QStringLiteral("label"), QStringLiteral("Question numéro %1 du formulaire").arg(index)},
        {QStringLiteral("help"), QStringLiteral("Une aide pour la question %1.").arg(index)},
        {QStringLiteral("required"), index % 3 == 0}};
    if (type == u"choice" || type == u"multichoice") {
        QJsonArray options;
        for (int o = 0; o < 4; ++o)
            options.append(
                QJsonObject{{QStringLiteral("value"), QStringLiteral("o%1").arg(o)},
                            {QStringLiteral("label"), QStringLiteral("Option %1").arg(o)}});
        f.insert(QStringLiteral("options"), options);
    }
    if (index % 25 == 24) // some fields shown only after an earlier yes
        f.insert(QStringLiteral("visibleWhen"),
                 QJsonObject{{QStringLiteral("field"), QStringLiteral("f%1").arg(index - 20)},
                             {QStringLiteral("operator"), QStringLiteral("isTrue")}});
    return f;
}

// A form of `fields` fields in sections of 30, shaped like the portal's forms.
QJsonObject syntheticForm(int fields)
{
    QJsonArray sections;
    for (int s = 0; s * 30 < fields; ++s) {
        QJsonArray list;
        for (int i = s * 30; i < qMin(fields, (s + 1) * 30); ++i)
            list.append(field(i));
        sections.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("s%1").arg(s)},
                        {QStringLiteral("title"), QStringLiteral("Partie %1").arg(s + 1)},
                        {QStringLiteral("fields"), list}});
    }
    return {{QStringLiteral("id"), QStringLiteral("F-BENCH")},
            {QStringLiteral("version"), QStringLiteral("1.0.0")},
            {QStringLiteral("procedureId"), QStringLiteral("P-CIT-BENCH")},
            {QStringLiteral("title"), QStringLiteral("Formulaire de mesure")},
            {QStringLiteral("authentication"), QStringLiteral("card")},
            {QStringLiteral("signature"), QStringLiteral("card")},
            {QStringLiteral("administration"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("ctie")},
                         {QStringLiteral("name"), QStringLiteral("CTIE")}}},
            {QStringLiteral("publishedAt"), QStringLiteral("2026-01-01T00:00:00Z")},
            {QStringLiteral("acceptedUntil"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("sections"), sections},
            {QStringLiteral("attachments"), QJsonArray{}}};
}

void answerEverything(FormModel& model)
{
    for (const FormSection& section : model.definition().sections) {
        for (const FormField& f : section.fields) {
            switch (f.type) {
            case FieldType::Number:
                model.setValue(f.id, 42);
                break;
            case FieldType::Date:
                model.setValue(f.id, QStringLiteral("2001-02-03"));
                break;
            case FieldType::Choice:
                model.setValue(f.id, QStringLiteral("o1"));
                break;
            case FieldType::MultiChoice:
                model.setValue(f.id, QJsonArray{QStringLiteral("o1"), QStringLiteral("o2")});
                break;
            case FieldType::YesNo:
                model.setValue(f.id, true);
                break;
            default:
                model.setValue(f.id, QStringLiteral("Réponse assez longue pour occuper une "
                                                    "ligne entière du résumé, %1")
                                         .arg(f.id));
            }
        }
    }
}

void print(const char* key, const QList<qint64>& values)
{
    QStringList parts;
    for (qint64 v : values)
        parts.append(QString::number(v / 1000));
    QTextStream(stdout) << key << '=' << parts.join(QLatin1Char(',')) << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int runs = 15;
    const QJsonObject json = syntheticForm(300);

    // 1. Build and show a 300-field form: parse, model, page with every editor, shown
    //    and laid out, first paint forced (grab).
    QList<qint64> show;
    for (int run = 0; run <= runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        Result<FormDefinition> definition = parseFormDefinition(json, QStringLiteral("fr"));
        if (!definition)
            qFatal("%s", qPrintable(definition.error().detail()));
        auto page =
            std::make_unique<FormPage>(FormModel(definition.value()), nullptr, nullptr, QString());
        page->resize(1000, 800);
        page->show();
        (void)page->grab();
        if (run > 0) // the first run loads fonts and styles: a warm-up
            show.append(timer.nsecsElapsed());
        page.reset();
        QCoreApplication::processEvents();
    }
    print("show300-us", show);

    // 2. The signed summary of ~20 pages (every field answered), the token excluded.
    sim::SimulatedToken token;
    test::SimulatedTokenSigner signer(token, QByteArray(sim::SimulatedToken::SignatureKeyId));
    FormModel model(parseFormDefinition(syntheticForm(380), QStringLiteral("fr")).value());
    answerEverything(model);
    PackageInput input{model, {}, SummaryPeople{QStringLiteral("Marie Schmit"), {}}, {}, {}};
    input.manifest.language = QStringLiteral("fr");
    input.manifest.createdAt = QDateTime::currentDateTimeUtc();
    QList<qint64> total;
    QList<qint64> render;
    QList<qint64> signing;
    QList<qint64> tokenTime;
    qint64 size = 0;
    for (int run = 0; run <= runs; ++run) {
        PackageTimings t;
        const Result<SubmissionPackage> package = buildPackage(input, &signer, &t);
        if (!package)
            qFatal("%s", qPrintable(package.error().detail()));
        size = package.value().signedPdf.size();
        if (run == 0)
            continue;
        total.append(t.renderNs + t.embedNs + (t.signNs - t.signerNs) + t.verifyNs);
        render.append(t.renderNs);
        signing.append(t.signNs - t.signerNs);
        tokenTime.append(t.signerNs);
    }
    print("summary-us", total);
    print("render-us", render);
    print("sign-us", signing);
    print("token-us", tokenTime);
    QTextStream(stdout) << "pdf-bytes=" << size << Qt::endl;
    return 0;
}
