#include "CommandLine.h"
#include "ErrorCodes.h"

#include <QTest>

using namespace guichet;

namespace {

CommandLineOptions parse(QStringList args)
{
    args.prepend(QStringLiteral("guichet"));
    return parseCommandLine(args);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noArgumentsStartsNormally()
    {
        const CommandLineOptions options = parse({});
        QVERIFY(!options.fatalError);
        QVERIFY(!options.languageError);
        QVERIFY(!options.showHelp);
        QVERIFY(options.language.isEmpty());
        QVERIFY(options.helpText.contains(QStringLiteral("--lang")));
        QVERIFY(!options.helpText.contains(QStringLiteral("quit-after-first-paint")));
    }

    void acceptsSupportedLanguages()
    {
        QCOMPARE(parse({QStringLiteral("--lang"), QStringLiteral("de")}).language,
                 QStringLiteral("de"));
        QCOMPARE(parse({QStringLiteral("--lang=EN")}).language, QStringLiteral("en"));
    }

    void unknownLanguageIsReportedNotFatal()
    {
        const CommandLineOptions options = parse({QStringLiteral("--lang"), QStringLiteral("lb")});
        QVERIFY(!options.fatalError);
        QVERIFY(options.language.isEmpty());
        QVERIFY(options.languageError);
        QCOMPARE(options.languageError->code(), QLatin1String(ErrorCode::UnknownLanguage));
        QVERIFY(options.languageError->detail().contains(QStringLiteral("lb")));
    }

    void unknownOptionIsFatal()
    {
        const CommandLineOptions options = parse({QStringLiteral("--frobnicate")});
        QVERIFY(options.fatalError);
        QCOMPARE(options.fatalError->code(), QLatin1String(ErrorCode::BadCommandLine));
        QVERIFY(options.fatalError->detail().contains(QStringLiteral("frobnicate")));
    }

    void missingValueIsFatal()
    {
        QVERIFY(parse({QStringLiteral("--lang")}).fatalError);
        QVERIFY(parse({QStringLiteral("stray")}).fatalError);
    }

    void personaChoosesTheTrainingCard()
    {
        const CommandLineOptions luc =
            parse({QStringLiteral("--persona"), QStringLiteral("Luc-Weber")});
        QVERIFY(!luc.fatalError);
        QVERIFY(luc.demo); // a persona only makes sense in demo mode
        QCOMPARE(luc.persona, QStringLiteral("luc-weber"));
        const CommandLineOptions unknown = parse(
            {QStringLiteral("--demo"), QStringLiteral("--persona"), QStringLiteral("mallory")});
        QVERIFY(unknown.fatalError);
        QVERIFY(unknown.fatalError->detail().contains(QStringLiteral("marie-schmit")));
    }

    void helpVersionAndTools()
    {
        QVERIFY(parse({QStringLiteral("--help")}).showHelp);
        QVERIFY(parse({QStringLiteral("-v")}).showVersion);
        const CommandLineOptions options =
            parse({QStringLiteral("--screenshots"), QStringLiteral("/tmp/shots"),
                   QStringLiteral("--quit-after-first-paint")});
        QCOMPARE(options.screenshotsDirectory, QStringLiteral("/tmp/shots"));
        QVERIFY(options.quitAfterFirstPaint);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
