#include "AnnouncementRecorder.h"
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

    // Issue #18 §2: a screen reader is told what changed, not every step and not the
    // same state every five minutes.
    void changesAreAnnouncedOnce()
    {
        test::AnnouncementRecorder heard;
        SyncStatusIndicator indicator;
        indicator.show();
        QVERIFY(QTest::qWaitForWindowExposed(&indicator));
        indicator.setState({SyncStatus::Kind::Idle, 0, 0, {}});
        QCOMPARE(heard.texts(), QStringList{}); // nothing happened yet

        indicator.setState({SyncStatus::Kind::Syncing, 0, 0, {}});
        indicator.setState({SyncStatus::Kind::Syncing, 1, 3, {}});
        indicator.setState({SyncStatus::Kind::Syncing, 2, 3, {}});
        QCOMPARE(heard.texts(), QStringList{}); // steps are not news
        indicator.setState({SyncStatus::Kind::Idle, 0, 0, {}});
        QCOMPARE(heard.texts(), QStringList{QStringLiteral("Up to date")}); // the first round

        indicator.setState({SyncStatus::Kind::Syncing, 0, 0, {}});
        indicator.setState({SyncStatus::Kind::Idle, 0, 0, {}});
        QCOMPARE(heard.texts().size(), 1); // the next rounds, unchanged: silent

        indicator.setState({SyncStatus::Kind::Offline, 0, 0, {}});
        indicator.setState({SyncStatus::Kind::Syncing, 0, 0, {}});
        indicator.setState({SyncStatus::Kind::Offline, 0, 0, {}});
        QCOMPARE(heard.count(QStringLiteral("Offline")), 1);

        indicator.setState({SyncStatus::Kind::Error, 0, 0, QStringLiteral("NET-007")});
        indicator.setState({SyncStatus::Kind::Error, 0, 0, QStringLiteral("NET-007")});
        QCOMPARE(heard.count(QStringLiteral("NET-007")), 1);
        indicator.setState({SyncStatus::Kind::Error, 0, 0, QStringLiteral("NET-001")});
        QCOMPARE(heard.count(QStringLiteral("NET-001")), 1); // another error is news

        indicator.setState({SyncStatus::Kind::Idle, 0, 0, {}}); // and so is the way back
        QCOMPARE(heard.texts().last(), QStringLiteral("Up to date"));
        QCOMPARE(heard.texts().size(), 5);
    }

    void aHiddenWindowSaysNothing()
    {
        test::AnnouncementRecorder heard;
        SyncStatusIndicator indicator; // the window kept running in the background
        indicator.setState({SyncStatus::Kind::Offline, 0, 0, {}});
        QVERIFY(heard.texts().isEmpty());
    }
};

QTEST_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
