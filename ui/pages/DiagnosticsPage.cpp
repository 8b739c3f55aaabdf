#include "DiagnosticsPage.h"

#include "AboutPage.h"
#include "ErrorCodes.h"
#include "ErrorExplanation.h"
#include "PageLayout.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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

    // A code read off a screen or over the phone, explained in place (as --explain).
    m_explainLabel = new QLabel(this);
    m_explainCode = new QLineEdit(this);
    m_explainCode->setObjectName(QStringLiteral("diagnosticsExplainCode"));
    m_explainCode->setMaxLength(40);
    m_explainCode->setPlaceholderText(QStringLiteral("NET-004"));
    m_explainLabel->setBuddy(m_explainCode);
    m_explainButton = new QPushButton(this);
    m_explainButton->setObjectName(QStringLiteral("diagnosticsExplain"));
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("diagnosticsExplanation"));
    // The text is the catalogue's, but it echoes what was typed: never rich text.
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    connect(m_explainButton, &QPushButton::clicked, this, &DiagnosticsPage::explainTypedCode);
    connect(m_explainCode, &QLineEdit::returnPressed, this, &DiagnosticsPage::explainTypedCode);
    auto* explain = new QHBoxLayout;
    explain->addWidget(m_explainLabel);
    explain->addWidget(m_explainCode);
    explain->addWidget(m_explainButton);
    explain->addStretch(1);

    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(explain);
    layout->addWidget(m_explanation);
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

QString DiagnosticsPage::explanationText() const
{
    return m_explanation->text();
}

void DiagnosticsPage::explainTypedCode()
{
    const QString typed = m_explainCode->text();
    if (typed.trimmed().isEmpty()) {
        m_explanation->clear();
        return;
    }
    const Result<QString> explanation = explainErrorCode(typed);
    m_explanation->setText(explanation ? explanation.value()
                                       : explanation.error().summary() + QLatin1Char('\n') +
                                             explanation.error().whatToDo());
}

void DiagnosticsPage::retranslate()
{
    m_heading->setText(tr("Diagnostics"));
    m_intro->setText(tr("What the application sees of your card readers and cards. If you call "
                        "the help desk, they may ask you to read or send this report; it "
                        "contains nothing personal."));
    m_refresh->setText(tr("&Refresh"));
    m_save->setText(tr("&Save report…"));
    m_explainLabel->setText(tr("E&xplain an error code:"));
    m_explainButton->setText(tr("Explain"));
    m_explainCode->setAccessibleName(tr("Error code"));
    // An explanation on screen follows the language like everything else.
    explainTypedCode();
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
