// rawArrayItems: the text of each array element as sent, checked against what
// QJsonDocument parses from the same text.
#include "RawJsonItems.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using guichet::sync::rawArrayItems;

class TestRawJsonItems : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsEachItemAsSent_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("count");
        QTest::newRow("compact")
            << QByteArray(
                   "{\"items\":[{\"id\":\"a\",\"v\":1},{\"id\":\"b\"}],\"nextCursor\":\"c\"}")
            << 2;
        QTest::newRow("key after other members")
            << QByteArray("{\"total\":3,\"meta\":{\"items\":[9]},\"items\":[{\"id\":\"x\"},{\"id\":"
                          "\"y\"},{\"id\":\"z\"}]}")
            << 3;
        QTest::newRow("spaces and newlines")
            << QByteArray("{ \"items\" : [\n  {\"id\": \"a\"} ,\n  {\"id\": \"b\"}\n ]\n}") << 2;
        QTest::newRow("brackets and quotes inside strings")
            << QByteArray("{\"items\":[{\"t\":\"a]}\\\"[{,\"},{\"t\":\"\\\\\"}],\"n\":null}") << 2;
        QTest::newRow("nested arrays and scalars")
            << QByteArray("{\"items\":[[1,[2]],\"s\",3.5,true,null,{\"a\":[{}]}]}") << 6;
        QTest::newRow("empty") << QByteArray("{\"items\":[],\"nextCursor\":null}") << 0;
        QTest::newRow("accents as UTF-8 and escapes")
            << QByteArray("{\"items\":[{\"t\":\"d\xc3\xa9p\xc3\xb4t \\u00e9\"}]}") << 1;
    }

    void splitsEachItemAsSent()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, count);
        const auto items = rawArrayItems(json, QLatin1String("items"));
        QVERIFY(items.has_value());
        const QJsonArray parsed = QJsonDocument::fromJson(json).object().value(u"items").toArray();
        QCOMPARE(items->size(), count);
        QCOMPARE(parsed.size(), count);
        for (qsizetype i = 0; i < count; ++i) {
            // Each slice is valid JSON on its own and means the same as the parsed item.
            const QByteArray wrapped = "[" + items->at(i) + "]";
            QJsonParseError error;
            const QJsonDocument alone = QJsonDocument::fromJson(wrapped, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(alone.array().at(0), parsed.at(i));
            QVERIFY(json.contains(items->at(i))); // the text as sent, not written again
        }
    }

    void refusesWhatItCannotSplit_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no such key") << QByteArray("{\"other\":[1]}");
        QTest::newRow("not an array") << QByteArray("{\"items\":{\"a\":1}}");
        QTest::newRow("top level array") << QByteArray("[{\"items\":[1]}]");
        QTest::newRow("cut off") << QByteArray("{\"items\":[{\"id\":\"a\"},{\"id\":");
        QTest::newRow("empty text") << QByteArray();
    }

    void refusesWhatItCannotSplit()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!rawArrayItems(json, QLatin1String("items")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestRawJsonItems)
#include "tst_sync_rawjsonitems.moc"
