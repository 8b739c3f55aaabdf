#include "SyncStatusIndicator.h"

#include <QLabel>
#include <QProgressBar>
#include <QTest>

using namespace guichet;

class TestSyncStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachStateInWords()
    {
        SyncStatusIndicator indicator;
        indicator.show();
        auto* text = indicator.findChild<QLabel*>(QStringLiteral("syncStatusText"));
        auto* progress = indicator.findChild<QProgressBar*>(QStringLiteral("syncProgress"));
        QVERIFY(!text->text().isEmpty());
        QVERIFY(!progress->isVisible());

        indicator.setState({SyncStatus::Kind::Syncing, 3, 10, {}});
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->value(), 3);
        QCOMPARE(progress->maximum(), 10);
        QVERIFY(text->text().contains(QStringLiteral("3")));

        indicator.setState({SyncStatus::Kind::Offline, 0, 0, {}});
        QVERIFY(!progress->isVisible());
        QVERIFY(text->text().contains(QStringLiteral("Offline")));

        indicator.setState({SyncStatus::Kind::Error, 0, 0, QStringLiteral("NET-007")});
        QVERIFY(text->text().contains(QStringLiteral("NET-007")));
        QCOMPARE(indicator.accessibleName(), text->text());
        QCOMPARE(text->textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
