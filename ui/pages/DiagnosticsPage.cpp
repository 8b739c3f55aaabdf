#include "DiagnosticsPage.h"

#include "AboutPage.h"
#include "ErrorCodes.h"
#include "PageLayout.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace guichet {

DiagnosticsPage::DiagnosticsPage(CardService* service, QWidget* parent)
    : Page(parent), m_service(service)
{
    setObjectName(QStringLiteral("diagnosticsPage"));
    m_chooseFile = [this] {
        return QFileDialog::getSaveFileName(this, tr("Save the diagnostics report"),
                                            QStringLiteral("guichet-diagnostics.txt"),
                                            tr("Text files (*.txt)"));
    };
    auto* layout = PageLayout::create(this);
    m_heading = PageLayout::heading(this);
    m_intro = PageLayout::paragraph(this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("diagnosticsReport"));
    m_text->setReadOnly(true);
    m_text->setFont(QFont(QStringLiteral("monospace")));
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("diagnosticsRefresh"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("diagnosticsSave"));
    connect(m_refresh, &QPushButton::clicked, this, &DiagnosticsPage::refresh);
    connect(m_save, &QPushButton::clicked, this, &DiagnosticsPage::save);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_text, 1);
    retranslate();
}

QString DiagnosticsPage::title() const
{
    return tr("Diagnostics");
}

void DiagnosticsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    refresh();
}

void DiagnosticsPage::refresh()
{
    if (!m_service)
        return;
    auto* watcher = new QFutureWatcher<CardDiagnostics>(this);
    connect(watcher, &QFutureWatcher<CardDiagnostics>::finished, this, [this, watcher] {
        m_report = watcher->result();
        m_hasReport = true;
        watcher->deleteLater();
        retranslate();
        Q_EMIT reportUpdated();
    });
    watcher->setFuture(m_service->diagnostics());
}

QString DiagnosticsPage::formatReport(const CardDiagnostics& report)
{
    QStringList lines;
    lines << tr("Guichet Desktop diagnostics, %1")
                 .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    lines << AboutPage::versionLines();
    lines << QString();
    QString service;
    switch (report.readers.service) {
    case pcsc::ServiceState::Running:
        service = tr("running");
        break;
    case pcsc::ServiceState::NotRunning:
        service = tr("not running (%1)").arg(QLatin1String(ErrorCode::PcscServiceNotRunning));
        break;
    case pcsc::ServiceState::Unknown:
        service = tr("not checked yet");
        break;
    }
    lines << tr("Smart card service (PC/SC): %1").arg(service);
    lines << tr("Readers: %1").arg(report.readers.readers.size());
    for (const pcsc::ReaderState& reader : report.readers.readers) {
        lines << QStringLiteral("  - ") + reader.name;
        lines << QStringLiteral("    ") + (reader.cardPresent ? tr("card present") : tr("no card"));
        if (reader.cardPresent) {
            lines << QStringLiteral("    ATR: ") +
                         QString::fromLatin1(reader.atr.toHex(' ').toUpper());
            const QString profile = report.profiles.value(reader.name);
            lines << QStringLiteral("    ") +
                         tr("Recognised as: %1")
                             .arg(profile.isEmpty() ? tr("unknown card") : profile);
        }
        const QStringList features = report.readerFeatures.value(reader.name);
        if (!features.isEmpty())
            lines << QStringLiteral("    ") +
                         tr("Reader features: %1").arg(features.join(QStringLiteral(", ")));
    }
    const QString problem = report.readers.blockingProblem();
    if (!problem.isEmpty())
        lines << tr("Problem: %1").arg(Error(problem).summary());
    lines << tr("PKCS#11 modules:");
    for (const QString& module : report.modules)
        lines << QStringLiteral("  - ") + module;
    if (report.modules.isEmpty())
        lines << QStringLiteral("  ") + tr("none loaded");
    lines << tr("Modules registered with the system (p11-kit):");
    for (const QString& module : report.registeredModules)
        lines << QStringLiteral("  - ") + module;
    if (report.registeredModules.isEmpty())
        lines << QStringLiteral("  ") + tr("none");
    lines << tr("Tokens found: %1").arg(report.tokenCount);
    return lines.join(QLatin1Char('\n'));
}

QString DiagnosticsPage::reportText() const
{
    return m_text->toPlainText();
}

void DiagnosticsPage::retranslate()
{
    m_heading->setText(tr("Diagnostics"));
    m_intro->setText(tr("What the application sees of your card readers and cards. If you call "
                        "the help desk, they may ask you to read or send this report; it "
                        "contains nothing personal."));
    m_refresh->setText(tr("&Refresh"));
    m_save->setText(tr("&Save report…"));
    m_text->setAccessibleName(tr("Diagnostics report"));
    m_text->setPlainText(m_hasReport ? formatReport(m_report) : tr("Collecting information…"));
}

void DiagnosticsPage::save()
{
    const QString path = m_chooseFile ? m_chooseFile() : QString();
    if (path.isEmpty())
        return;
    // QSaveFile: the report is complete or not written at all.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) ||
        file.write(reportText().toUtf8()) < 0 || !file.commit()) {
        Q_EMIT errorOccurred(Error(ErrorCode::DataFolderNotWritable, path));
    }
}

} // namespace guichet
