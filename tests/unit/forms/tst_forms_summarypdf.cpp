#include "SummaryPdf.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet::forms;

namespace {

// The PDF is read back with poppler's tools, independent of the Qt code that wrote it.
QString runTool(const QString& tool, QStringList arguments, const QByteArray& pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("summary.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    arguments << QStringLiteral("-enc") << QStringLiteral("UTF-8") << path;
    if (tool == QLatin1String("pdftotext"))
        arguments << QStringLiteral("-"); // to standard output
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QByteArray& pdf)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout")}, pdf);
}

QString pdfInfo(const QByteArray& pdf)
{
    return runTool(QStringLiteral("pdfinfo"), {}, pdf);
}

// The error of a failed render, for a test's message (evaluated even when it passes).
QString failure(const guichet::Result<QByteArray>& result)
{
    return result.ok() ? QString() : result.error().summary();
}

QString infoField(const QString& info, const QString& name)
{
    const QRegularExpression line(QStringLiteral("^") + name + QStringLiteral(":\\s*(.*)$"),
                                  QRegularExpression::MultilineOption);
    return line.match(info).captured(1).trimmed();
}

// Text as pdftotext gives it may be wrapped and spaced differently: compare without
// any whitespace.
QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

QString digestOf(const char* content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

struct Texts
{
    QString title, administration, person, company, section, name, address, remark, children,
        firstName, birthDate, registerSource, typed, consentSource, proofOfAddress, certificate,
        closing;
};

Texts textsFor(const QString& language)
{
    if (language == QLatin1String("fr"))
        return {"Demande d'allocation de vie chère",
                "Fonds national de solidarité",
                "Léa Müller-Schäfer",
                "",
                "Données personnelles",
                "Nom",
                "Adresse",
                "Remarque",
                "Enfants",
                "Prénom",
                "Date de naissance",
                "Depuis le Registre national des personnes physiques — aucune preuve nécessaire",
                "Saisi par vous",
                "Depuis le Centre commun, avec votre consentement",
                "Justificatif de domicile",
                "Certificat de résidence",
                "Je certifie sur l'honneur l'exactitude des informations « ci-dessus »."};
    if (language == QLatin1String("de"))
        return {"Antrag auf Teuerungszulage",
                "Nationaler Solidaritätsfonds",
                "Jürgen Weiß",
                "Bäckerei Groß S.à r.l.",
                "Persönliche Angaben",
                "Name",
                "Anschrift",
                "Bemerkung",
                "Kinder",
                "Vorname",
                "Geburtsdatum",
                "Aus dem Nationalen Register natürlicher Personen — kein Nachweis nötig",
                "Von Ihnen eingegeben",
                "Aus der Sozialversicherung, mit Ihrer Zustimmung",
                "Wohnsitznachweis",
                "Meldebescheinigung",
                "Ich versichere, dass alle Angaben „wahrheitsgemäß“ sind."};
    return {"Cost-of-living allowance application",
            "National Solidarity Fund",
            "Zoë O'Brien",
            "",
            "Personal details",
            "Name",
            "Address",
            "Remark",
            "Children",
            "First name",
            "Date of birth",
            "From National register of natural persons (address) — no proof needed",
            "Entered by you",
            "From Social security, with your consent",
            "Proof of address",
            "Residence certificate",
            "I certify that the information above is accurate."};
}

SummaryDocument realisticDocument(const QString& language)
{
    const Texts t = textsFor(language);
    SummaryDocument doc;
    doc.formTitle = t.title;
    doc.formId = QStringLiteral("F-ALLOCATION-VIE-CHERE");
    doc.formVersion = QStringLiteral("2.1.0");
    doc.procedureId = QStringLiteral("P-CIT-ALLOCATION-VIE-CHERE");
    doc.administration = t.administration;
    doc.personName = t.person;
    doc.onBehalfOf = t.company;
    doc.language = language;
    doc.confirmedAt = QDateTime(QDate(2025, 3, 10), QTime(17, 44, 3), Qt::UTC);
    SummarySection personal{t.section, {}};
    personal.rows.append(
        SummaryRow{t.name, QStringLiteral("Müller-Schäfer"), t.registerSource, {}});
    personal.rows.append(SummaryRow{
        t.address, QStringLiteral("12, rue de l'Église\nL-1234 Luxembourg"), t.registerSource, {}});
    personal.rows.append(
        SummaryRow{t.remark, QStringLiteral("Straße « ouverte » — Größe über alles"), t.typed, {}});
    SummaryRow children{t.children, {}, {}, {}};
    children.repetitions.append(
        QList<SummaryField>{{t.firstName, QStringLiteral("Zoé"), t.consentSource},
                            {t.birthDate, QStringLiteral("03.03.2019"), t.consentSource}});
    children.repetitions.append(
        QList<SummaryField>{{t.firstName, QStringLiteral("Noël"), t.typed},
                            {t.birthDate, QStringLiteral("24.12.2021"), t.typed}});
    personal.rows.append(children);
    doc.sections.append(personal);
    doc.attachments.append(
        SummaryAttachment{t.proofOfAddress, QStringLiteral("facture_électricité.pdf"),
                          QStringLiteral("application/pdf"), 245'312, digestOf("proof"), false});
    doc.attachments.append(SummaryAttachment{t.certificate, QStringLiteral("certificat.png"),
                                             QStringLiteral("image/png"), 1'048'576,
                                             digestOf("certificate"), true});
    doc.closingStatement = t.closing;
    return doc;
}

// About twenty pages: 15 sections of 20 rows, some answers on several lines.
SummaryDocument longDocument()
{
    SummaryDocument doc = realisticDocument(QStringLiteral("en"));
    doc.sections.clear();
    for (int s = 0; s < 15; ++s) {
        SummarySection section{QStringLiteral("Section %1").arg(s + 1), {}};
        for (int r = 0; r < 20; ++r) {
            const int n = s * 20 + r;
            const QString number = QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
            QString answer = QStringLiteral("Answer-") + number;
            if (n % 7 == 0)
                answer += QStringLiteral("\nsecond line\nthird line\nLast-") + number;
            section.rows.append(SummaryRow{
                QStringLiteral("Label-") + number, answer, QStringLiteral("Source-") + number, {}});
        }
        doc.sections.append(section);
    }
    return doc;
}

} // namespace

class tst_SummaryPdf : public QObject
{
    Q_OBJECT

private slots:
    void showsEveryText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void showsEveryText()
    {
        QFETCH(QString, language);
        const SummaryDocument doc = realisticDocument(language);
        const auto pdf = renderSummaryPdf(doc);
        QVERIFY2(pdf.ok(), qPrintable(failure(pdf)));
        const QString text = pdfText(pdf.value());
        QVERIFY(!text.isEmpty());
        const QString all = squeezed(text);

        QStringList expected{doc.formTitle,       doc.formId,         doc.formVersion,
                             doc.procedureId,     doc.administration, doc.personName,
                             doc.closingStatement};
        if (!doc.onBehalfOf.isEmpty())
            expected << doc.onBehalfOf;
        for (const SummarySection& section : doc.sections) {
            expected << section.title;
            for (const SummaryRow& row : section.rows) {
                expected << row.label << row.answer.split(QLatin1Char('\n')) << row.provenance;
                for (const auto& repetition : row.repetitions)
                    for (const SummaryField& field : repetition)
                        expected << field.label << field.answer << field.provenance;
            }
        }
        for (const SummaryAttachment& file : doc.attachments)
            expected << file.requirement << file.fileName << file.mediaType << file.sha256Hex;
        for (const QString& piece : std::as_const(expected))
            QVERIFY2(all.contains(squeezed(piece)), qPrintable(piece + "\n---\n" + text));

        // Short texts come out on one line, exactly as written.
        QVERIFY(text.contains(QStringLiteral("Müller-Schäfer")));
        QVERIFY(text.contains(QStringLiteral("12, rue de l'Église")));
        QVERIFY(text.contains(QStringLiteral("Straße « ouverte » — Größe über alles")));
        // Repetitions of a group are numbered.
        QVERIFY(QRegularExpression(QStringLiteral("1\\.\\s+") +
                                   doc.sections[0].rows[3].repetitions[0][0].label)
                    .match(text)
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("2\\.\\s+") +
                                   doc.sections[0].rows[3].repetitions[1][0].label)
                    .match(text)
                    .hasMatch());
        QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));

        const QString info = pdfInfo(pdf.value());
        QCOMPARE(infoField(info, QStringLiteral("Title")), doc.formTitle);
        QVERIFY(infoField(info, QStringLiteral("Creator")).startsWith("Guichet Desktop"));
        QVERIFY(infoField(info, QStringLiteral("Page size")).endsWith(QStringLiteral("(A4)")));
    }

    void showsMarkupLiterally()
    {
        SummaryDocument doc = realisticDocument(QStringLiteral("en"));
        doc.formTitle = QStringLiteral("<h1>Title</h1>");
        doc.sections[0].rows.append(SummaryRow{QStringLiteral("<i>label</i>"),
                                               QStringLiteral("<b>bold</b> & <img src=x> &amp;"),
                                               QStringLiteral("<script>x</script>"),
                                               {}});
        const auto pdf = renderSummaryPdf(doc);
        QVERIFY(pdf.ok());
        const QString text = pdfText(pdf.value());
        QVERIFY2(text.contains(QStringLiteral("<b>bold</b> & <img src=x> &amp;")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("<i>label</i>")));
        QVERIFY(text.contains(QStringLiteral("<script>x</script>")));
        QVERIFY(text.contains(QStringLiteral("<h1>Title</h1>")));
    }

    // A word longer than the column, a malformed digest and an answer taller than a page
    // are wrapped and split so that every word stays inside the page's margins.
    void longTextsStayOnThePage()
    {
        SummaryDocument doc = realisticDocument(QStringLiteral("en"));
        const QString unbroken(300, QLatin1Char('W'));
        doc.sections[0].rows.append(SummaryRow{QStringLiteral("Long"), unbroken, {}, {}});
        QStringList manyLines;
        for (int i = 0; i < 150; ++i)
            manyLines << QStringLiteral("Line-%1").arg(i, 3, 10, QLatin1Char('0'));
        doc.sections[0].rows.append(
            SummaryRow{QStringLiteral("Tall"), manyLines.join(QLatin1Char('\n')), {}, {}});
        doc.attachments[0].sha256Hex = QString(200, QLatin1Char('f')); // not a real digest
        const auto pdf = renderSummaryPdf(doc);
        QVERIFY(pdf.ok());

        const QString boxes =
            runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox")}, pdf.value());
        const QRegularExpression word(
            QStringLiteral("xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                           "yMax=\"([0-9.]+)\""));
        int words = 0;
        for (const auto& match : word.globalMatch(boxes)) {
            ++words;
            // A4 is 595.3 x 841.9 points; the margins are 20 mm (56.7 points) left and
            // right, 15 mm (42.5) at the top and 12 mm (34) at the bottom.
            QVERIFY2(match.captured(1).toDouble() >= 56.0, qPrintable(match.captured(0)));
            QVERIFY2(match.captured(2).toDouble() >= 42.0, qPrintable(match.captured(0)));
            QVERIFY2(match.captured(3).toDouble() <= 595.3 - 56.0, qPrintable(match.captured(0)));
            QVERIFY2(match.captured(4).toDouble() <= 841.9 - 33.5, qPrintable(match.captured(0)));
        }
        QVERIFY(words > 200);

        const QString text = squeezed(pdfText(pdf.value()));
        QVERIFY(text.contains(unbroken));
        for (const QString& line : std::as_const(manyLines)) // with a page break inside
            QVERIFY2(text.contains(line), qPrintable(line));
        QVERIFY(text.contains(QString(200, QLatin1Char('f'))));
    }

    void longDocumentHasNumberedPages()
    {
        const SummaryDocument doc = longDocument();
        QElapsedTimer timer;
        timer.start();
        const auto pdf = renderSummaryPdf(doc);
        const qint64 firstMs = timer.elapsed();
        QVERIFY(pdf.ok());
        qint64 bestMs = firstMs;
        for (int i = 0; i < 3; ++i) {
            timer.restart();
            QVERIFY(renderSummaryPdf(doc).ok());
            bestMs = std::min(bestMs, timer.elapsed());
        }
        qInfo("300 rows: %lld ms (first render), %lld ms (best of three more), %lld bytes", firstMs,
              bestMs, qint64(pdf.value().size()));

        const int pages = infoField(pdfInfo(pdf.value()), QStringLiteral("Pages")).toInt();
        QVERIFY2(pages > 1, qPrintable(QString::number(pages)));
        const QString text = pdfText(pdf.value());
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        qInfo("300 rows: %d pages", pages);

        // pdftotext ends each page with a form feed. Every row is on one page.
        const QStringList pageTexts = text.split(QLatin1Char('\f'));
        const auto pageOf = [&](const QString& needle) {
            for (int p = 0; p < pageTexts.size(); ++p)
                if (pageTexts[p].contains(needle))
                    return p;
            return -1;
        };
        for (int n = 0; n < 300; ++n) {
            const QString number = QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
            const int page = pageOf(QStringLiteral("Label-") + number);
            QVERIFY2(page >= 0, qPrintable(number));
            QCOMPARE(pageOf(QStringLiteral("Answer-") + number), page);
            QCOMPARE(pageOf(QStringLiteral("Source-") + number), page);
            if (n % 7 == 0)
                QCOMPARE(pageOf(QStringLiteral("Last-") + number), page);
        }
    }

    void emptyDocumentRenders()
    {
        const auto pdf = renderSummaryPdf(SummaryDocument{});
        QVERIFY2(pdf.ok(), qPrintable(failure(pdf)));
        QVERIFY(pdf.value().startsWith("%PDF-1.6"));
        QCOMPARE(infoField(pdfInfo(pdf.value()), QStringLiteral("Pages")), QStringLiteral("1"));
        QVERIFY(pdfText(pdf.value()).contains(QStringLiteral("Page 1 of 1")));
    }
};

QTEST_MAIN(tst_SummaryPdf)
#include "tst_forms_summarypdf.moc"
