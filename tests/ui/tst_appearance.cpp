// Issue #18 §4: text and controls keep their contrast (4.5:1 for text, 3:1 for large
// text and the parts that identify a control) in the light, dark and high-contrast
// looks, computed from the palettes and the colours the application paints itself; the
// look follows the desktop (the settings portal, GTK_THEME) and changes at run time,
// every widget with colours of its own included. Prints the lowest contrast of each
// look (the figures of the note).
#include "MainWindow.h"
#include "NoticeBar.h"
#include "ShellFixture.h"
#include "StatusChip.h"
#include "appearance/AppearanceManager.h"
#include "appearance/Contrast.h"
#include "appearance/Look.h"
#include "appearance/SystemAppearance.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusVariant>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace guichet;
using namespace guichet::appearance;

namespace {

struct Check
{
    QString what;
    QColor text;
    QColor background;
    double needed;
};

QList<Check> checksOf(Look look)
{
    const QPalette p = paletteOf(look);
    const LookColours& c = coloursOf(look);
    QList<Check> checks;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QString g =
            group == QPalette::Active ? QStringLiteral("active ") : QStringLiteral("inactive ");
        const auto text = [&](const char* what, QPalette::ColorRole fore,
                              QPalette::ColorRole back) {
            checks.append({g + QLatin1String(what), p.color(group, fore), p.color(group, back),
                           TextContrast});
        };
        text("window text", QPalette::WindowText, QPalette::Window);
        text("text", QPalette::Text, QPalette::Base);
        text("text on alternate rows", QPalette::Text, QPalette::AlternateBase);
        text("button text", QPalette::ButtonText, QPalette::Button);
        text("selected text", QPalette::HighlightedText, QPalette::Highlight);
        text("tooltip", QPalette::ToolTipText, QPalette::ToolTipBase);
        text("placeholder", QPalette::PlaceholderText, QPalette::Base);
        text("link", QPalette::Link, QPalette::Base);
        text("link on the window", QPalette::Link, QPalette::Window);
        text("visited link", QPalette::LinkVisited, QPalette::Base);
        const auto part = [&](const char* what, QPalette::ColorRole fore,
                              QPalette::ColorRole back) {
            checks.append({g + QLatin1String(what), p.color(group, fore), p.color(group, back),
                           ComponentContrast});
        };
        part("control border on the window", QPalette::Dark, QPalette::Window);
        part("control border in a field", QPalette::Dark, QPalette::Base);
        part("control border of a button", QPalette::Dark, QPalette::Button);
        part("focus on the window", QPalette::Highlight, QPalette::Window);
        part("focus in a field", QPalette::Highlight, QPalette::Base);
    }
    // Not required of disabled controls (WCAG), kept readable all the same.
    checks.append({QStringLiteral("disabled text"), p.color(QPalette::Disabled, QPalette::Text),
                   p.color(QPalette::Disabled, QPalette::Base), LargeTextContrast});
    checks.append({QStringLiteral("disabled window text"),
                   p.color(QPalette::Disabled, QPalette::WindowText),
                   p.color(QPalette::Disabled, QPalette::Window), LargeTextContrast});

    const QColor window = p.color(QPalette::Window);
    const QColor base = p.color(QPalette::Base);
    checks.append(
        {QStringLiteral("navigation"), c.navigation.text, c.navigation.background, TextContrast});
    checks.append({QStringLiteral("navigation, page shown"), c.navigationSelected.text,
                   c.navigationSelected.background, TextContrast});
    checks.append({QStringLiteral("page shown against the navigation"),
                   c.navigationSelected.background, c.navigation.background, ComponentContrast});
    checks.append({QStringLiteral("notice"), c.notice.text, c.notice.background, TextContrast});
    checks.append({QStringLiteral("notice border"), c.noticeBorder, window, ComponentContrast});
    checks.append({QStringLiteral("validation message"), c.problemText, window, TextContrast});
    checks.append(
        {QStringLiteral("validation message in a field's box"), c.problemText, base, TextContrast});
    checks.append({QStringLiteral("card ready"), c.readyText, window, TextContrast});
    checks.append({QStringLiteral("no card"), c.attentionText, window, TextContrast});
    const QList<std::pair<const char*, ColourPair>> chips{
        {"received", c.received},
        {"in processing", c.inProcessing},
        {"information requested", c.informationRequested},
        {"decided", c.decided},
        {"other status", c.otherStatus}};
    for (const auto& [name, pair] : chips) {
        checks.append({QStringLiteral("status chip ") + QLatin1String(name), pair.text,
                       pair.background, TextContrast});
        checks.append({QStringLiteral("status row ") + QLatin1String(name) +
                           QStringLiteral(" (selected rows keep the highlight)"),
                       pair.text, pair.background, TextContrast});
    }
    return checks;
}

// The settings portal of a desktop, on the test's private session bus.
class FakeSettingsPortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    uint colorScheme = 0;
    bool highContrast = false;

public Q_SLOTS:
    Q_SCRIPTABLE QDBusVariant Read(const QString& group, const QString& key)
    {
        if (group == QLatin1String("org.freedesktop.appearance") &&
            key == QLatin1String("color-scheme"))
            return QDBusVariant(QVariant::fromValue(QDBusVariant(colorScheme)));
        if (group == QLatin1String("org.gnome.desktop.a11y.interface") &&
            key == QLatin1String("high-contrast"))
            return QDBusVariant(QVariant::fromValue(QDBusVariant(highContrast)));
        return QDBusVariant(QVariant::fromValue(QDBusVariant(0u)));
    }

Q_SIGNALS:
    Q_SCRIPTABLE void SettingChanged(const QString& group, const QString& key,
                                     const QDBusVariant& value);
};

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastIsComputedAsWcagSays()
    {
        QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(contrastRatio(Qt::white, Qt::black), 21.0);
        QCOMPARE(contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
        // The grey WCAG's examples give as the lightest that passes 4.5:1 on white.
        QVERIFY(qAbs(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
        QVERIFY(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < TextContrast);
    }

    void everyLookKeepsItsContrast_data()
    {
        QTest::addColumn<int>("look");
        QTest::newRow("light") << int(Look::Light);
        QTest::newRow("dark") << int(Look::Dark);
        QTest::newRow("high-contrast") << int(Look::HighContrast);
    }

    void everyLookKeepsItsContrast()
    {
        QFETCH(int, look);
        double lowestText = 21;
        double lowestPart = 21;
        QStringList failures;
        const QList<Check> checks = checksOf(Look(look));
        for (const Check& check : checks) {
            const double ratio = contrastRatio(check.text, check.background);
            (check.needed == TextContrast ? lowestText : lowestPart) =
                qMin(check.needed == TextContrast ? lowestText : lowestPart, ratio);
            if (ratio < check.needed)
                failures << QStringLiteral("%1: %2 on %3 is %4:1, needs %5:1")
                                .arg(check.what, check.text.name(), check.background.name())
                                .arg(ratio, 0, 'f', 2)
                                .arg(check.needed);
        }
        qInfo().noquote() << lookName(Look(look)) << ":" << checks.size()
                          << "pairs, lowest text contrast" << QString::number(lowestText, 'f', 2)
                          << ": 1, lowest for controls and large text"
                          << QString::number(lowestPart, 'f', 2) << ": 1";
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    void namesGoBothWays()
    {
        for (const Look look : {Look::Light, Look::Dark, Look::HighContrast})
            QCOMPARE(lookFromName(lookName(look)), look);
        QVERIFY(!lookFromName(QStringLiteral("purple")));
        QVERIFY(AppearanceManager::isChoice(QString()));
        QVERIFY(!AppearanceManager::isChoice(QStringLiteral("purple")));
    }

    // Chosen in a running window: the palette and every colour of our own change at once.
    void aChoiceChangesTheRunningWindow()
    {
        qunsetenv("GTK_THEME");
        SystemAppearance system;
        AppearanceManager manager(system);
        manager.setChoice(QStringLiteral("light"));
        ShellFixture shell;
        shell.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(shell.window.get()));
        shell.window->showNotice(Error(QStringLiteral("NET-001")));
        NoticeBar* notice = shell.window->visibleNotices().first();
        StatusChip chip;
        chip.setStatus(QStringLiteral("decided"));
        auto* navigation = shell.window->findChild<QListWidget*>(QStringLiteral("navigation"));

        for (const Look look : {Look::Dark, Look::HighContrast, Look::Light}) {
            QSignalSpy changed(&manager, &AppearanceManager::lookChanged);
            manager.setChoice(lookName(look));
            QCOMPARE(changed.count(), 1);
            QCOMPARE(currentLook(), look);
            const LookColours& colours = coloursOf(look);
            QCOMPARE(QApplication::palette().color(QPalette::Window),
                     paletteOf(look).color(QPalette::Window));
            QTRY_COMPARE(shell.window->palette().color(QPalette::Window),
                         paletteOf(look).color(QPalette::Window));
            QVERIFY2(navigation->styleSheet().contains(colours.navigation.background.name()),
                     qPrintable(navigation->styleSheet()));
            QVERIFY(notice->styleSheet().contains(colours.notice.background.name()));
            QVERIFY(notice->styleSheet().contains(colours.notice.text.name()));
            QVERIFY(chip.styleSheet().contains(colours.decided.background.name()));
            QCOMPARE(QApplication::style()->objectName(), QStringLiteral("ContrastStyle"));
        }
        manager.setChoice(QStringLiteral("light"));
        QSignalSpy unchanged(&manager, &AppearanceManager::lookChanged);
        manager.setChoice(QStringLiteral("light"));
        QCOMPARE(unchanged.count(), 0);
    }

    void followsGtkTheme()
    {
        if (QDBusConnection::sessionBus().isConnected())
            QSKIP("a session bus may carry a real settings portal; see followsThePortal");
        qputenv("GTK_THEME", "Adwaita:dark");
        {
            SystemAppearance system;
            QCOMPARE(system.preferred(), Look::Dark);
            QCOMPARE(system.source(), QStringLiteral("GTK_THEME"));
            AppearanceManager manager(system);
            manager.setChoice(QString());
            QCOMPARE(manager.look(), Look::Dark);
            manager.setChoice(QStringLiteral("light")); // the person's choice wins
            QCOMPARE(manager.look(), Look::Light);
        }
        qputenv("GTK_THEME", "HighContrast");
        QCOMPARE(SystemAppearance().preferred(), Look::HighContrast);
        qunsetenv("GTK_THEME");
        QVERIFY(!SystemAppearance().hasPreference());
    }

    // A desktop that switches to dark, then high contrast, while the window is open.
    void followsThePortal()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected())
            QSKIP("no session bus (ctest runs this test inside with-keyring.sh)");
        qunsetenv("GTK_THEME");
        FakeSettingsPortal portal;
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), &portal,
                                   QDBusConnection::ExportScriptableContents));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.portal.Desktop")));
        portal.colorScheme = 1;
        SystemAppearance system;
        QCOMPARE(system.preferred(), Look::Dark);
        QCOMPARE(system.source(), QStringLiteral("desktop portal (colour scheme)"));
        AppearanceManager manager(system);
        manager.setChoice(QString());
        QCOMPARE(manager.look(), Look::Dark);

        portal.highContrast = true;
        Q_EMIT portal.SettingChanged(QStringLiteral("org.gnome.desktop.a11y.interface"),
                                     QStringLiteral("high-contrast"), QDBusVariant(true));
        QTRY_COMPARE(manager.look(), Look::HighContrast);
        portal.highContrast = false;
        portal.colorScheme = 2; // prefer light
        Q_EMIT portal.SettingChanged(QStringLiteral("org.freedesktop.appearance"),
                                     QStringLiteral("color-scheme"), QDBusVariant(2u));
        QTRY_COMPARE(manager.look(), Look::Light);
        bus.unregisterService(QStringLiteral("org.freedesktop.portal.Desktop"));
        bus.unregisterObject(QStringLiteral("/org/freedesktop/portal/desktop"));
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
