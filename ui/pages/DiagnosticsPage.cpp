#include "DiagnosticsPage.h"

#include "CardService.h"
#include "DiagnosisFormat.h"
#include "DiagnosisRunner.h"
#include "ErrorCodes.h"
#include "ErrorExplanation.h"
#include "LogRedactor.h"
#include "NotificationCenter.h"
#include "PageLayout.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace guichet {
namespace {

using diagnosis::Check;
using diagnosis::CheckState;

// A card or reader change often comes as several events; check once they settle.
constexpr int ChangeSettleMs = 700;
// Log files rotate at a few MB; only the end is read.
constexpr qint64 LogTailBytes = 256 * 1024;

QIcon iconFor(CheckState state, const QStyle* style)
{
    switch (state) {
    case CheckState::Ok:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case CheckState::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case CheckState::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case CheckState::NotChecked:
        break;
    }
    return {};
}

} // namespace

DiagnosticsPage::DiagnosticsPage(CardService* cards, diagnosis::Runner* runner, QWidget* parent)
    : Page(parent), m_cards(cards), m_runner(runner), m_changeDelay(new QTimer(this))
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

    // Where to look first: the first failing layer's message and what to do.
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("diagnosticsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setMargin(8);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_layers = new QTreeWidget(this);
    m_layers->setObjectName(QStringLiteral("diagnosticsLayers"));
    m_layers->setRootIsDecorated(false);
    m_layers->setUniformRowHeights(true);
    m_layers->setColumnCount(3);
    m_layers->header()->setStretchLastSection(false);
    m_layers->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_layers->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_layers->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_layers, &QTreeWidget::currentItemChanged, this, &DiagnosticsPage::showDetails);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("diagnosticsDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFont(QStringLiteral("monospace")));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("diagnosticsSplit"));
    split->addWidget(m_layers);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("diagnosticsRefresh"));
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("diagnosticsCopy"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("diagnosticsSave"));
    connect(m_refresh, &QPushButton::clicked, this, &DiagnosticsPage::refresh);
    connect(m_copy, &QPushButton::clicked, this, &DiagnosticsPage::copy);
    connect(m_save, &QPushButton::clicked, this, &DiagnosticsPage::save);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_copy);
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
    m_explanation->hide(); // shown with an explanation
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    connect(m_explainButton, &QPushButton::clicked, this, &DiagnosticsPage::explainTypedCode);
    connect(m_explainCode, &QLineEdit::returnPressed, this, &DiagnosticsPage::explainTypedCode);
    auto* explain = new QHBoxLayout;
    explain->addWidget(m_explainLabel);
    explain->addWidget(m_explainCode);
    explain->addWidget(m_explainButton);
    explain->addStretch(1);

    // Demo mode only: rehearse a failure (TrainingWorld puts it in front of the real code).
    m_scenarioLabel = new QLabel(this);
    m_scenarioPicker = new QComboBox(this);
    m_scenarioPicker->setObjectName(QStringLiteral("diagnosticsScenario"));
    m_scenarioLabel->setBuddy(m_scenarioPicker);
    connect(m_scenarioPicker, &QComboBox::activated, this, &DiagnosticsPage::chooseScenario);
    auto* training = new QHBoxLayout;
    training->addWidget(m_scenarioLabel);
    training->addWidget(m_scenarioPicker);
    training->addStretch(1);
    m_scenarioLabel->hide();
    m_scenarioPicker->hide();

    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(training);
    layout->addWidget(m_summary);
    m_notificationState = PageLayout::paragraph(this);
    m_notificationState->setObjectName(QStringLiteral("diagnosticsNotifications"));
    m_notificationState->hide();
    layout->addWidget(m_notificationState);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    layout->addLayout(explain);
    layout->addWidget(m_explanation);
    // Tab follows the page from top to bottom (the widgets were made in another order).
    const QList<QWidget*> reading{m_scenarioPicker, m_refresh,       m_copy,
                                  m_save,           m_layers,        m_details,
                                  m_explainCode,    m_explainButton, m_explanation};
    for (qsizetype i = 1; i < reading.size(); ++i)
        setTabOrder(reading[i - 1], reading[i]);

    if (m_runner)
        connect(m_runner, &diagnosis::Runner::finished, this, &DiagnosticsPage::onFinished);
    m_changeDelay->setSingleShot(true);
    m_changeDelay->setInterval(ChangeSettleMs);
    connect(m_changeDelay, &QTimer::timeout, this, &DiagnosticsPage::refresh);
    if (m_cards) {
        const auto changed = [this] {
            if (isVisible())
                m_changeDelay->start();
        };
        connect(m_cards, &CardService::readersChanged, this, changed);
        connect(m_cards, &CardService::tokensChanged, this, changed);
    }
    retranslate();
}

QString DiagnosticsPage::title() const
{
    return tr("Diagnostics");
}

void DiagnosticsPage::setLogSource(const QString& logFile, const LogRedactor* redactor)
{
    m_logFile = logFile;
    m_redactor = redactor;
}

void DiagnosticsPage::setTrainingScenarios(QList<std::pair<QString, QString>> scenarios,
                                           const QString& current,
                                           std::function<void(const QString&)> switchTo)
{
    m_scenarios = std::move(scenarios);
    m_switchScenario = std::move(switchTo);
    const bool shown = !m_scenarios.isEmpty() && m_switchScenario;
    m_scenarioLabel->setVisible(shown);
    m_scenarioPicker->setVisible(shown);
    retranslate();
    for (int i = 0; i < m_scenarios.size(); ++i)
        if (m_scenarios.at(i).first == current)
            m_scenarioPicker->setCurrentIndex(i + 1);
}

void DiagnosticsPage::chooseScenario(int index)
{
    if (!m_switchScenario)
        return;
    m_switchScenario(index <= 0 ? QString() : m_scenarios.value(index - 1).first);
    refresh();
}

void DiagnosticsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    refresh();
}

void DiagnosticsPage::refresh()
{
    if (!m_runner)
        return;
    if (m_runner->isRunning()) {
        // A change during a run: its report may predate the change, so run once more.
        m_changeDelay->start();
        return;
    }
    m_running = true;
    m_refresh->setEnabled(false);
    showSummary();
    m_runner->run();
}

void DiagnosticsPage::onFinished(const diagnosis::Report& report)
{
    m_report = report;
    m_hasReport = true;
    m_running = false;
    m_refresh->setEnabled(true);
    showChecks();
    showSummary();
    Q_EMIT reportUpdated();
}

void DiagnosticsPage::showChecks()
{
    const QString selected = m_layers->currentItem() ? m_layers->currentItem()->text(1) : QString();
    m_layers->clear();
    const Check* problem = m_report.firstProblem();
    QTreeWidgetItem* current = nullptr;
    for (int i = 0; i < m_report.checks.size(); ++i) {
        const Check& check = m_report.checks.at(i);
        auto* item = new QTreeWidgetItem(m_layers);
        item->setText(0, diagnosis::stateText(check.state));
        item->setIcon(0, iconFor(check.state, style()));
        item->setText(1, diagnosis::checkHeading(check));
        item->setText(2, check.code);
        item->setData(0, Qt::UserRole, i);
        if (&check == problem) {
            QFont bold = item->font(1);
            bold.setBold(true);
            for (int column = 0; column < 3; ++column)
                item->setFont(column, bold);
            current = item;
        }
        if (!current && !selected.isEmpty() && item->text(1) == selected && !problem)
            current = item;
    }
    m_layers->setCurrentItem(current ? current : m_layers->topLevelItem(0));
    if (current)
        m_layers->scrollToItem(current);
    showDetails();
}

void DiagnosticsPage::showDetails()
{
    const QTreeWidgetItem* item = m_layers->currentItem();
    if (!item) {
        m_details->clear();
        return;
    }
    const Check& check = m_report.checks.at(item->data(0, Qt::UserRole).toInt());
    QStringList lines{diagnosis::checkHeading(check) + QStringLiteral(": ") +
                      diagnosis::stateText(check.state)};
    if (!check.code.isEmpty()) {
        const Error error(check.code);
        lines << error.summary() << tr("What to do: %1").arg(error.whatToDo());
    }
    for (const diagnosis::Evidence& fact : check.evidence)
        lines << QStringLiteral("%1: %2").arg(fact.name, fact.value);
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

void DiagnosticsPage::showSummary()
{
    if (m_running && !m_hasReport) {
        m_summary->setText(tr("Checking every layer…"));
        return;
    }
    if (!m_runner) {
        m_summary->setText(tr("The checks are not available in this window."));
        return;
    }
    if (!m_hasReport)
        return;
    const Check* problem = m_report.firstProblem();
    if (!problem) {
        m_summary->setText(tr("Every layer that was checked is working."));
        return;
    }
    QString text = tr("Look here first: %1").arg(diagnosis::checkHeading(*problem));
    if (!problem->code.isEmpty()) {
        const Error error(problem->code);
        text += QLatin1Char('\n') + error.summary() + QLatin1Char('\n') +
                tr("What to do: %1").arg(error.whatToDo());
    } else if (!problem->evidence.isEmpty()) {
        text += QLatin1Char('\n') + problem->evidence.first().name + QStringLiteral(": ") +
                problem->evidence.first().value;
    }
    m_summary->setText(text);
}

QString DiagnosticsPage::logTail() const
{
    QFile file(m_logFile);
    if (m_logFile.isEmpty() || !file.open(QIODevice::ReadOnly))
        return tr("(no log file)");
    if (file.size() > LogTailBytes)
        file.seek(file.size() - LogTailBytes);
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (file.size() > LogTailBytes && !lines.isEmpty())
        lines.removeFirst(); // cut in the middle
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    lines = lines.mid(qMax(0, int(lines.size()) - LogLines));
    // Lines were cleaned when written; clean again with what is known now (the
    // signed-in person's names), and with the patterns alone when no redactor is set.
    const LogRedactor patterns;
    const LogRedactor& redactor = m_redactor ? *m_redactor : patterns;
    for (QString& line : lines)
        line = redactor.redact(line);
    return lines.join(QLatin1Char('\n'));
}

void DiagnosticsPage::setNotifications(const notify::NotificationCenter* notifications)
{
    m_notifications = notifications;
    retranslate();
}

QString DiagnosticsPage::notificationText() const
{
    if (!m_notifications)
        return {};
    // The service's own name is software's, shown as it names itself.
    return m_notifications->isAvailable()
               ? tr("Desktop notifications: shown by %1.").arg(m_notifications->describe())
               : tr("Desktop notifications are unavailable (%1). The application works as "
                    "usual; what changes is shown only in its window.")
                     .arg(m_notifications->describe());
}

QString DiagnosticsPage::reportText() const
{
    if (!m_hasReport)
        return {};
    const QString notifications = notificationText();
    return diagnosis::toText(m_report) + QStringLiteral("\n\n") +
           (notifications.isEmpty() ? QString() : notifications + QStringLiteral("\n\n")) +
           tr("Last %1 lines of the log (personal data removed):").arg(LogLines) +
           QLatin1Char('\n') + logTail() + QLatin1Char('\n');
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
        m_explanation->hide(); // an empty text is no stop for the keyboard
        return;
    }
    const Result<QString> explanation = explainErrorCode(typed);
    m_explanation->setText(explanation ? explanation.value()
                                       : explanation.error().summary() + QLatin1Char('\n') +
                                             explanation.error().whatToDo());
    m_explanation->show();
}

void DiagnosticsPage::retranslate()
{
    m_notificationState->setText(notificationText());
    m_notificationState->setVisible(m_notifications != nullptr);
    m_heading->setText(tr("Diagnostics"));
    m_intro->setText(tr("Each layer the application depends on, from the smart card service to "
                        "your local data, checked in order. If you call the help desk, they "
                        "may ask you to read or send this report; it contains nothing personal."));
    m_layers->setHeaderLabels({tr("State"), tr("Layer"), tr("Code")});
    m_layers->setAccessibleName(tr("Layers checked"));
    m_details->setAccessibleName(tr("Details of the selected layer"));
    m_summary->setAccessibleName(tr("Summary of the checks"));
    m_refresh->setText(tr("&Run the checks again"));
    m_copy->setText(tr("&Copy report"));
    m_save->setText(tr("&Save report…"));
    m_explainLabel->setText(tr("E&xplain an error code:"));
    m_explainButton->setText(tr("Explain"));
    m_explainCode->setAccessibleName(tr("Error code"));
    m_scenarioLabel->setText(tr("&Training scenario:"));
    const int chosen = qMax(0, m_scenarioPicker->currentIndex());
    m_scenarioPicker->clear();
    m_scenarioPicker->addItem(tr("None: everything works"));
    for (const auto& [id, title] : m_scenarios)
        m_scenarioPicker->addItem(
            QCoreApplication::translate("TrainingScenario", title.toUtf8().constData()));
    m_scenarioPicker->setCurrentIndex(qMin(chosen, m_scenarioPicker->count() - 1));
    // Everything on screen follows the language, explanations and results included.
    explainTypedCode();
    if (m_hasReport)
        showChecks();
    showSummary();
}

void DiagnosticsPage::copy()
{
    if (m_hasReport)
        QApplication::clipboard()->setText(reportText());
}

void DiagnosticsPage::save()
{
    if (!m_hasReport)
        return;
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
