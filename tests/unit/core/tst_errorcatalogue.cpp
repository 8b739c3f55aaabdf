#include "Error.h"
#include "ErrorCatalogue.h"
#include "ErrorCodes.h"
#include "ErrorExplanation.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace guichet;

class TestErrorCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codesAreWellFormedAndUnique()
    {
        QSet<QString> seen;
        const QRegularExpression shape(QStringLiteral("^[A-Z0-9]+-\\d{3}$"));
        for (const ErrorEntry& entry : ErrorCatalogue::all()) {
            const QString code = QString::fromLatin1(entry.code);
            QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
            QVERIFY2(!seen.contains(code), qPrintable(QStringLiteral("duplicate ") + code));
            seen.insert(code);
            QVERIFY(qstrlen(entry.message) > 10);
            QVERIFY(qstrlen(entry.whatToDo) > 10);
            QVERIFY(qstrlen(entry.helpDesk) > 10);
        }
        QVERIFY(seen.contains(QLatin1String(ErrorCode::UnknownLanguage)));
    }

    void errorCarriesCatalogueTexts()
    {
        const Error error(ErrorCode::SettingsCorrupt, QStringLiteral("/tmp/x.ini.damaged"));
        QCOMPARE(error.code(), QStringLiteral("CFG-001"));
        QCOMPARE(error.userMessage(), QStringLiteral("Your settings file is damaged."));
        QVERIFY(error.whatToDo().contains(QStringLiteral("default settings")));
        QVERIFY(error.helpDeskText().endsWith(QStringLiteral("/tmp/x.ini.damaged")));
        QCOMPARE(error.summary(), QStringLiteral("CFG-001: Your settings file is damaged."));
    }

    void unknownCodeFallsBackToGeneric()
    {
        const Error error(QStringLiteral("NOPE-999"), QStringLiteral("raw library text"));
        QVERIFY(!ErrorCatalogue::contains(error.code()));
        QCOMPARE(error.userMessage(), QStringLiteral("An unexpected error occurred."));
        // The raw detail never becomes the user message, only help-desk text.
        QVERIFY(!error.userMessage().contains(QStringLiteral("raw library text")));
        QVERIFY(error.helpDeskText().contains(QStringLiteral("raw library text")));
    }

    // --explain and the Diagnostics page's field: codes read loosely, every catalogue
    // code explained with its three texts, anything else APP-008 with what was typed.
    void explainsCodesReadOffAScreen()
    {
        QCOMPARE(normaliseErrorCode(QStringLiteral(" net-4 ")), QStringLiteral("NET-004"));
        QCOMPARE(normaliseErrorCode(QStringLiteral("P11 - 012")), QStringLiteral("P11-012"));
        QCOMPARE(normaliseErrorCode(QStringLiteral("NET004")), QString());
        QCOMPARE(normaliseErrorCode(QStringLiteral("<b>NET-004</b>")), QString());

        for (const ErrorEntry& entry : ErrorCatalogue::all()) {
            const Result<QString> explained = explainErrorCode(QLatin1String(entry.code));
            QVERIFY2(explained.ok(), entry.code);
            const QStringList lines = explained.value().split(QLatin1Char('\n'));
            QCOMPARE(lines.size(), 3);
            QCOMPARE(lines.at(0), QLatin1String(entry.code) + QStringLiteral(": ") +
                                      QLatin1String(entry.message));
            QCOMPARE(lines.at(1), QStringLiteral("What to do: ") + QLatin1String(entry.whatToDo));
            QCOMPARE(lines.at(2),
                     QStringLiteral("For the help desk: ") + QLatin1String(entry.helpDesk));
        }

        for (const QString& typed : {QStringLiteral("NET-999"), QStringLiteral("hello"),
                                     QStringLiteral(""), QString(200, QLatin1Char('X'))}) {
            const Result<QString> unknown = explainErrorCode(typed);
            QVERIFY(!unknown.ok());
            QCOMPARE(unknown.error().code(), QStringLiteral("APP-008"));
            QVERIFY(unknown.error().detail().size() <= 40);
        }
    }

    // docs/errors.md lists every code with the same English message and action.
    void documentationMatchesCatalogue()
    {
        QFile doc(QStringLiteral(GUICHET_SOURCE_DIR "/docs/errors.md"));
        QVERIFY2(doc.open(QIODevice::ReadOnly | QIODevice::Text), "docs/errors.md missing");
        const QString text = QString::fromUtf8(doc.readAll());
        const QRegularExpression row(
            QStringLiteral(
                "^\\|\\s*`([A-Z0-9]+-\\d{3})`\\s*\\|([^|]*)\\|([^|]*)\\|([^|]*)\\|\\s*$"),
            QRegularExpression::MultilineOption);
        QStringList documented;
        for (auto it = row.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            const QString code = match.captured(1);
            documented.append(code);
            QVERIFY2(ErrorCatalogue::contains(code),
                     qPrintable(code + QStringLiteral(" is documented but not in the code")));
            const ErrorEntry& entry = ErrorCatalogue::entry(code);
            QCOMPARE(match.captured(2).trimmed(), QString::fromLatin1(entry.message));
            QCOMPARE(match.captured(3).trimmed(), QString::fromLatin1(entry.whatToDo));
            QCOMPARE(match.captured(4).trimmed(), QString::fromLatin1(entry.helpDesk));
        }
        QStringList inCode;
        for (const ErrorEntry& entry : ErrorCatalogue::all())
            inCode.append(QString::fromLatin1(entry.code));
        QCOMPARE(documented, inCode);
    }

    // docs/helpdesk.md: every code belongs to a symptom a caller describes (the
    // hand-written sections, before the generated table), and the table lists them all.
    void helpDeskGuideCoversEveryCode()
    {
        QFile doc(QStringLiteral(GUICHET_SOURCE_DIR "/docs/helpdesk.md"));
        QVERIFY2(doc.open(QIODevice::ReadOnly | QIODevice::Text), "docs/helpdesk.md missing");
        const QString text = QString::fromUtf8(doc.readAll());
        const qsizetype table = text.indexOf(QStringLiteral("<!-- codes:begin -->"));
        QVERIFY(table > 0);
        const QString sections = text.left(table);
        const QString generated = text.mid(table);
        for (const ErrorEntry& entry : ErrorCatalogue::all()) {
            const QString code = QLatin1Char('`') + QLatin1String(entry.code) + QLatin1Char('`');
            QVERIFY2(sections.contains(code),
                     qPrintable(code + QStringLiteral(" has no symptom section in helpdesk.md")));
            QVERIFY2(generated.contains(QStringLiteral("| ") + code + QStringLiteral(" |")),
                     qPrintable(code + QStringLiteral(": run scripts/generate-error-docs.py")));
        }
    }
};

QTEST_GUILESS_MAIN(TestErrorCatalogue)
#include "tst_errorcatalogue.moc"
