#include "HomePage.h"

#include "LanguageManager.h"
#include "NoPortalPanel.h"
#include "PageLayout.h"

#include <QDate>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace guichet {

HomePage::HomePage(const ShellContext& context, QWidget* parent) : Page(parent), m_context(context)
{
    setObjectName(QStringLiteral("homePage"));
    auto* layout = PageLayout::create(this);
    m_heading = PageLayout::heading(this);
    m_intro = PageLayout::paragraph(this);
    m_stateHeading = PageLayout::subheading(this);

    m_state = new QFormLayout;
    m_state->setLabelAlignment(Qt::AlignLeft);
    m_version = PageLayout::value(this, QStringLiteral("homeVersion"));
    m_language = PageLayout::value(this, QStringLiteral("homeLanguage"));
    m_today = PageLayout::value(this, QStringLiteral("homeToday"));
    m_dataFolder = PageLayout::value(this, QStringLiteral("homeDataFolder"));
    m_logFile = PageLayout::value(this, QStringLiteral("homeLogFile"));
    for (QLabel* value : {m_version, m_language, m_today, m_dataFolder, m_logFile})
        m_state->addRow(new QLabel(this), value);

    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    // Without a portal, the first thing to read is why, and the way to the demo.
    if (m_context.portalProblem)
        layout->addWidget(new NoPortalPanel(*m_context.portalProblem, m_context.startDemo, this));
    layout->addSpacing(12);
    layout->addWidget(m_stateHeading);
    layout->addLayout(m_state);
    layout->addStretch(1);
    retranslate();
}

QString HomePage::title() const
{
    return tr("Home");
}

void HomePage::retranslate()
{
    m_heading->setText(tr("Welcome to Guichet Desktop"));
    m_intro->setText(
        tr("Do your administrative procedures in Luxembourg from your own computer: sign in with "
           "your identity card or LuxTrust token, fill in forms that are already completed with "
           "what the administrations know about you, sign them on your card and follow their "
           "progress. Your personal space stays available on this computer, encrypted, even "
           "without a connection."));
    m_stateHeading->setText(tr("State of the application"));

    const QStringList labels{tr("Version:"), tr("Language:"), tr("Today:"), tr("Data folder:"),
                             tr("Log file:")};
    for (int row = 0; row < labels.size(); ++row) {
        if (auto* label =
                qobject_cast<QLabel*>(m_state->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(labels[row]);
    }

    m_version->setText(QStringLiteral(GUICHET_VERSION));
    const QString code = m_context.languages ? m_context.languages->language() : QString();
    m_language->setText(LanguageManager::nativeName(code));
    m_today->setText(QLocale().toString(QDate::currentDate(), QLocale::LongFormat));

    const QString folder = QDir::toNativeSeparators(m_context.paths.root());
    m_dataFolder->setText(m_context.dataFolderStatus.ok()
                              ? tr("%1 (ready)").arg(folder)
                              : tr("%1 (cannot be written: %2)")
                                    .arg(folder, m_context.dataFolderStatus.error().code()));
    m_logFile->setText(m_context.logFile.isEmpty()
                           ? tr("not available (messages go to the terminal only)")
                           : QDir::toNativeSeparators(m_context.logFile));
}

} // namespace guichet
