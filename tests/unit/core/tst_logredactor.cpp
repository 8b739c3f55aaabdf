#include "LogRedactor.h"
#include "SecretBuffer.h"

#include <QDebug>
#include <QTest>

using namespace guichet;

// A secret cannot be streamed into a log: the expression does not compile.
template <typename T>
concept Loggable = requires(QDebug debug, const T& value)
{
    debug << value;
};
static_assert(Loggable<QString>);
static_assert(!Loggable<SecretBuffer>);

class TestLogRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redacts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mustNotContain");
        QTest::addColumn<QString>("placeholder");

        QTest::newRow("national number") << "matricule 1985021412399 found"
                                         << "1985021412399"
                                         << "[national-number]";
        QTest::newRow("grouped national number") << "id 1985 0214 12345."
                                                 << "0214 12345"
                                                 << "[national-number]";
        QTest::newRow("bearer") << "Authorization: Bearer abc.DEF-123_xyz"
                                << "abc.DEF-123_xyz"
                                << "[token]";
        QTest::newRow("json token") << R"({"refreshToken": "r3fr3sh-s3cr3t", "x":1})"
                                    << "r3fr3sh-s3cr3t"
                                    << "[token]";
        QTest::newRow("query token") << "GET /x?access_token=abcdef&y=1"
                                     << "abcdef"
                                     << "[token]";
        QTest::newRow("jwt") << "got eyJhbGciOi.eyJzdWIiOiIx.c2lnbmF0dXJl ok"
                             << "eyJzdWIiOiIx"
                             << "[token]";
        QTest::newRow("email") << "mail to jean.dupont@example.lu now"
                               << "jean.dupont"
                               << "[email]";
        QTest::newRow("iban") << "pay LU28 0019 4006 4475 0000 please"
                              << "4006 4475"
                              << "[iban]";
        QTest::newRow("subject") << "subject: C=LU, CN=Jean Dupont, SERIALNUMBER=PNOLU-123"
                                 << "Jean Dupont"
                                 << "CN=[name]";
        QTest::newRow("serial") << "SERIALNUMBER=PNOLU-1985021412399"
                                << "PNOLU"
                                << "[name]";
    }

    void redacts()
    {
        QFETCH(QString, input);
        QFETCH(QString, mustNotContain);
        QFETCH(QString, placeholder);
        const LogRedactor redactor;
        const QString output = redactor.redact(input);
        QVERIFY2(!output.contains(mustNotContain), qPrintable(output));
        QVERIFY2(output.contains(placeholder), qPrintable(output));
    }

    void leavesOrdinaryTextAlone()
    {
        const LogRedactor redactor;
        const QString text = QStringLiteral("Reader 'Virtual PCD 00 00' has 2 slots; took 125 ms "
                                            "at 2026-11-26T18:00:00Z, code CARD-001");
        QCOMPARE(redactor.redact(text), text);
    }

    void redactsRegisteredNames()
    {
        LogRedactor redactor;
        redactor.addSensitiveValue(QStringLiteral("Marie Schmit"));
        redactor.addSensitiveValue(QStringLiteral("Marie"));
        redactor.addSensitiveValue(QStringLiteral("x")); // too short, ignored
        const QString output =
            redactor.redact(QStringLiteral("Signed in: MARIE SCHMIT; hello Marie; x marks"));
        QCOMPARE(output, QStringLiteral("Signed in: [personal]; hello [personal]; x marks"));
        redactor.clearSensitiveValues();
        QVERIFY(redactor.redact(QStringLiteral("Marie")).contains(QStringLiteral("Marie")));
    }
};

QTEST_GUILESS_MAIN(TestLogRedactor)
#include "tst_logredactor.moc"
