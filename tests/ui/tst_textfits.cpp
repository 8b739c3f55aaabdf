// Issue #22 §5: on every page of the real window, signed in, at the default size, in
// French, German and English, nothing a person must read is narrower than its text:
// no navigation entry, column header or button is cut. Prints the counts per page
// and language (the figures of the note); every count must be 0.
#include "MainWindow.h"
#include "Page.h"
#include "SignedInShell.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QToolButton>

using namespace guichet;

namespace {

struct Cut
{
    int checked = 0; // columns and buttons looked at
    int navigation = 0;
    int headers = 0;
    int buttons = 0;
    int labels = 0;
    QStringList what;
};

bool showing(const QWidget* widget)
{
    return widget->isVisible() && widget->width() > 0;
}

// Navigation entries: whole on one line, or wrapped onto as many lines as their row
// holds; never cut with "…".
void checkNavigation(const QListWidget& navigation, Cut& cut)
{
    const QFontMetrics metrics = navigation.fontMetrics();
    for (int row = 0; row < navigation.count(); ++row) {
        const QListWidgetItem* item = navigation.item(row);
        const QRect rect = navigation.visualItemRect(item);
        // Beside the icon, inside the style sheet's padding (12 px, 8 px) and the gaps.
        const int available = rect.width() - navigation.iconSize().width() - 2 * 12 - 12;
        const QRect needed = metrics.boundingRect(QRect(0, 0, qMax(1, available), 100000),
                                                  Qt::TextWordWrap, item->text());
        if (needed.width() > available || needed.height() > rect.height() - 2 * 8) {
            ++cut.navigation;
            cut.what << QStringLiteral("navigation '%1': %2x%3 px in %4x%5")
                            .arg(item->text())
                            .arg(needed.width())
                            .arg(needed.height())
                            .arg(available)
                            .arg(rect.height() - 2 * 8);
        }
    }
}

void checkHeaders(const QWidget& page, Cut& cut)
{
    for (const QHeaderView* header : page.findChildren<QHeaderView*>()) {
        if (!showing(header) || header->orientation() != Qt::Horizontal)
            continue;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
            if (title.isEmpty())
                continue;
            ++cut.checked;
            if (header->sectionSize(section) < header->sectionSizeHint(section)) {
                ++cut.headers;
                cut.what << QStringLiteral("column '%1': %2 px for %3")
                                .arg(title)
                                .arg(header->sectionSize(section))
                                .arg(header->sectionSizeHint(section));
            }
        }
    }
}

// Push buttons, tool buttons, check boxes and radio buttons draw their text on one
// line: narrower than their size hint, the text is cut. Command links wrap.
void checkButtons(const QWidget& page, Cut& cut)
{
    for (const QAbstractButton* button : page.findChildren<QAbstractButton*>()) {
        if (!showing(button) || button->text().isEmpty() ||
            qobject_cast<const QCommandLinkButton*>(button))
            continue;
        if (!qobject_cast<const QPushButton*>(button) &&
            !qobject_cast<const QToolButton*>(button) && !qobject_cast<const QCheckBox*>(button) &&
            !qobject_cast<const QRadioButton*>(button))
            continue;
        ++cut.checked;
        if (button->width() < button->sizeHint().width()) {
            ++cut.buttons;
            cut.what << QStringLiteral("button '%1' (%2): %3 px for %4")
                            .arg(button->text(), button->objectName())
                            .arg(button->width())
                            .arg(button->sizeHint().width());
        }
    }
}

// A label on one line (no word wrap) narrower than its text is cut; a wrapped one
// lower than the height its text needs at its width is cut at the bottom.
void checkLabels(const QWidget& page, Cut& cut)
{
    for (const QLabel* label : page.findChildren<QLabel*>()) {
        if (!showing(label) || label->text().isEmpty() || label->textFormat() == Qt::RichText ||
            !label->pixmap().isNull())
            continue;
        ++cut.checked;
        const QRect inside = label->contentsRect();
        const QString text = label->text().remove(u'&');
        const QFontMetrics metrics = label->fontMetrics();
        const QRect needed =
            label->wordWrap() ? metrics.boundingRect(QRect(0, 0, qMax(1, inside.width()), 1000000),
                                                     Qt::TextWordWrap, text)
                              : metrics.boundingRect(QRect(0, 0, 1000000, 1000000), 0, text);
        // A pixel of rounding either way is not a cut letter.
        if (needed.width() > inside.width() + 1 || needed.height() > inside.height() + 1) {
            ++cut.labels;
            cut.what << QStringLiteral("label '%1' (%2): %3x%4 px for %5x%6")
                            .arg(text.left(60), label->objectName())
                            .arg(inside.width())
                            .arg(inside.height())
                            .arg(needed.width())
                            .arg(needed.height());
        }
    }
}

} // namespace

class TestTextFits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Large system fonts (ctest's tst_ui_textfits_large: twice the size, at 200 %).
        const double fontScale = qEnvironmentVariable("GUICHET_TEST_FONT_SCALE", "1").toDouble();
        if (fontScale > 1) {
            QFont large = QApplication::font();
            large.setPointSizeF(large.pointSizeF() * fontScale);
            QApplication::setFont(large);
        }
        m_shell = std::make_unique<SignedInShell>();
        QVERIFY(m_shell->signIn());
    }

    void cleanupTestCase() { m_shell.reset(); }

    void nothingIsNarrowerThanItsText_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : {"fr", "de", "en"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void nothingIsNarrowerThanItsText()
    {
        QFETCH(QString, language);
        ShellFixture& shell = *m_shell->shell;
        shell.languages.setLanguage(language);
        shell.window->resize(1180, 720);
        auto* navigation = shell.find<QListWidget>(QStringLiteral("navigation"));
        QStringList problems;
        QStringList figures;
        int checked = 0;
        for (Page* page : shell.window->pages()) {
            QVERIFY(shell.window->showPage(page->pageId()));
            // Texts set in the background (the Diagnostics summary) relayout their page
            // through posted layout requests, one level of layouts at a time.
            for (int level = 0; level < 8; ++level) {
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                QCoreApplication::processEvents();
            }
            Cut cut;
            checkNavigation(*navigation, cut);
            checkHeaders(*page, cut);
            checkButtons(*page, cut);
            checkLabels(*page, cut);
            checked += cut.checked;
            figures << QStringLiteral("%1: %2 navigation, %3 columns, %4 buttons, %5 labels")
                           .arg(page->pageId())
                           .arg(cut.navigation)
                           .arg(cut.headers)
                           .arg(cut.buttons)
                           .arg(cut.labels);
            for (const QString& what : std::as_const(cut.what))
                problems << QStringLiteral("%1/%2: %3").arg(language, page->pageId(), what);
        }
        qInfo("%s at 1180x720, cut: %s", qPrintable(language),
              qPrintable(figures.join(QStringLiteral("; "))));
        QVERIFY2(checked > 50, "the pages' columns and buttons were looked at");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The check finds what it is for: a button squeezed below its text, a column
    // narrower than its header.
    void aCutButtonOrColumnIsFound()
    {
        ShellFixture& shell = *m_shell->shell;
        QVERIFY(shell.window->showPage(QStringLiteral("dossiers")));
        QWidget* page = shell.window->currentPage();
        auto* squeezed = new QPushButton(QStringLiteral("A rather long button text"), page);
        squeezed->setGeometry(0, 0, 30, 24);
        squeezed->show();
        auto* header = page->findChild<QHeaderView*>();
        QVERIFY(header);
        header->resizeSection(0, 4);
        Cut cut;
        checkButtons(*page, cut);
        checkHeaders(*page, cut);
        QCOMPARE(cut.buttons, 1);
        QVERIFY(cut.headers >= 1);
        delete squeezed;
    }

private:
    std::unique_ptr<SignedInShell> m_shell;
};

QTEST_MAIN(TestTextFits)
#include "tst_textfits.moc"
