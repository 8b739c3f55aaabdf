#include "ErrorCodes.h"
#include "Result.h"

#include <QTest>

using namespace guichet;

namespace {

Result<int> parsePositive(const QString& text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0)
        return Error(ErrorCode::SettingValueInvalid, text);
    return value;
}

} // namespace

class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void carriesValue()
    {
        const Result<int> result = parsePositive(QStringLiteral("42"));
        QVERIFY(result.ok());
        QCOMPARE(result.value(), 42);
        QCOMPARE(result.valueOr(7), 42);
    }

    void carriesError()
    {
        const Result<int> result = parsePositive(QStringLiteral("-1"));
        QVERIFY(!result);
        QCOMPARE(result.error().code(), QStringLiteral("CFG-004"));
        QCOMPARE(result.error().detail(), QStringLiteral("-1"));
        QCOMPARE(result.valueOr(7), 7);
    }

    void statusDefaultsToSuccess()
    {
        Status status;
        QVERIFY(status.ok());
        status = Error(ErrorCode::DataFolderNotWritable);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), QStringLiteral("DATA-001"));
    }

    void movesOutValue()
    {
        Result<QStringList> result(QStringList{QStringLiteral("a"), QStringLiteral("b")});
        const QStringList taken = std::move(result).value();
        QCOMPARE(taken.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
