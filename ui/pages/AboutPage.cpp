#include "AboutPage.h"

#include "AccessibleNames.h"
#include "PageLayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSslSocket>
#include <QSysInfo>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {
namespace {

struct Component
{
    const char* name;
    const char* licence; // SPDX identifier
    const char* use;     // translation source, context AboutPage
};

constexpr Component Components[] = {
    {"Guichet Desktop", "Apache-2.0", QT_TRANSLATE_NOOP("AboutPage", "This application")},
    {"Qt 6", "LGPL-3.0-only", QT_TRANSLATE_NOOP("AboutPage", "Windows, text and network")},
    {"OpenSSL 3", "Apache-2.0", QT_TRANSLATE_NOOP("AboutPage", "Encryption and certificates")},
};

} // namespace

AboutPage::AboutPage(QWidget* parent) : Page(parent)
{
    setObjectName(QStringLiteral("aboutPage"));
    // With large fonts the page is taller than the window: it scrolls rather than
    // squeezing its texts.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("aboutScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* body = new QWidget(m_scroll);
    m_scroll->setWidget(body);
    outer->addWidget(m_scroll);
    auto* layout = PageLayout::create(body);
    m_heading = PageLayout::heading(this);
    m_summary = PageLayout::paragraph(this);
    m_accessibilityHeading = PageLayout::subheading(this);
    m_accessibility = PageLayout::paragraph(this);
    m_accessibility->setObjectName(QStringLiteral("accessibilityStatement"));
    m_versionsHeading = PageLayout::subheading(this);
    m_versions = PageLayout::value(this, QStringLiteral("aboutVersions"));
    m_placesHeading = PageLayout::subheading(this);
    m_places = PageLayout::value(this, QStringLiteral("aboutPlaces"));
    m_placesHeading->hide();
    m_places->hide();
    m_licencesHeading = PageLayout::subheading(this);

    m_licences = new QTableWidget(int(std::size(Components)), 3, this);
    m_licences->setObjectName(QStringLiteral("licenceTable"));
    m_licences->verticalHeader()->hide();
    m_licences->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_licences->horizontalHeader()->setStretchLastSection(true);
    m_licences->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_licences->setSelectionMode(QAbstractItemView::NoSelection);
    m_licences->setMaximumHeight(130);

    m_licenceTextHeading = PageLayout::subheading(this);
    m_licenceText = new QPlainTextEdit(this);
    m_licenceText->setObjectName(QStringLiteral("licenceText"));
    m_licenceText->setReadOnly(true);
    m_licenceText->setMinimumHeight(m_licenceText->fontMetrics().lineSpacing() * 8);
    QFile licence(QStringLiteral(":/guichet/LICENSE"));
    if (licence.open(QIODevice::ReadOnly))
        m_licenceText->setPlainText(QString::fromUtf8(licence.readAll()));

    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_accessibilityHeading);
    layout->addWidget(m_accessibility);
    layout->addWidget(m_versionsHeading);
    layout->addWidget(m_versions);
    layout->addWidget(m_placesHeading);
    layout->addWidget(m_places);
    layout->addWidget(m_licencesHeading);
    layout->addWidget(m_licences);
    layout->addWidget(m_licenceTextHeading);
    layout->addWidget(m_licenceText, 1);
    retranslate();
}

QString AboutPage::title() const
{
    return tr("About");
}

QStringList AboutPage::versionLines()
{
    return {
        QStringLiteral("Guichet Desktop: %1").arg(QStringLiteral(GUICHET_VERSION)),
        QStringLiteral("Qt: %1 (built with %2)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        QStringLiteral("OpenSSL: %1").arg(QSslSocket::sslLibraryVersionString()),
        QStringLiteral("OS: %1 (%2)")
            .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture()),
    };
}

void AboutPage::setPlaces(const QString& dataFolder, const Status& folderStatus,
                          const QString& logFile)
{
    m_dataFolder = dataFolder;
    m_folderStatus = folderStatus;
    m_logFile = logFile;
    m_placesHeading->show();
    m_places->show();
    retranslate();
}

void AboutPage::retranslate()
{
    m_heading->setText(tr("About Guichet Desktop"));
    AccessibleNames::scrollArea(m_scroll, tr("About Guichet Desktop"));
    m_summary->setText(tr("A desktop client for MyGuichet.lu, the administrative one-stop shop "
                          "of Luxembourg. It is not an official product of the State."));
    m_accessibilityHeading->setText(tr("Accessibility"));
    m_accessibility->setText(
        tr("Guichet Desktop is made to be used with a screen reader, with the keyboard alone, "
           "with large text and in dark or high-contrast mode. Every version is checked "
           "automatically, in French, German and English, through the accessibility interface "
           "screen readers use, against requirements of the European standard EN 301 549. "
           "Known gaps: the "
           "calendar of a date field is heard but cannot be explored with a screen reader (type "
           "the date instead), and a wrong answer is said in the field's description, not as an "
           "\"invalid\" state. To report a barrier, tell the help desk on which page, what you did "
           "and what happened. The full statement: docs/accessibility.md."));
    m_versionsHeading->setText(tr("Versions"));
    m_versions->setText(versionLines().join(QLatin1Char('\n')));
    m_placesHeading->setText(tr("On this computer"));
    const QString folder = QDir::toNativeSeparators(m_dataFolder);
    m_places->setText(
        tr("Data folder: %1")
            .arg(
                m_folderStatus.ok()
                    ? tr("%1 (ready)").arg(folder)
                    : tr("%1 (cannot be written: %2)").arg(folder, m_folderStatus.error().code())) +
        QLatin1Char('\n') +
        tr("Log file: %1")
            .arg(m_logFile.isEmpty() ? tr("not available (messages go to the terminal only)")
                                     : QDir::toNativeSeparators(m_logFile)));
    m_licencesHeading->setText(tr("Licences"));
    m_licences->setHorizontalHeaderLabels({tr("Component"), tr("Licence"), tr("Used for")});
    m_licences->setAccessibleName(tr("Licences"));
    for (int row = 0; row < int(std::size(Components)); ++row) {
        const Component& c = Components[row];
        m_licences->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(c.name)));
        m_licences->setItem(row, 1, new QTableWidgetItem(QString::fromLatin1(c.licence)));
        m_licences->setItem(row, 2,
                            new QTableWidgetItem(QCoreApplication::translate("AboutPage", c.use)));
    }
    m_licences->resizeColumnsToContents();
    m_licenceTextHeading->setText(tr("Licence of Guichet Desktop"));
    AccessibleNames::scrollArea(m_licenceText, tr("Licence of Guichet Desktop"));
}

} // namespace guichet
