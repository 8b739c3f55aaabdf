#include "DiagnosisRunner.h"

#include <QFutureWatcher>
#include <QTimer>

#include <algorithm>

namespace guichet::diagnosis {

Runner::Runner(QList<Probe> probes, int deadlineMs, QObject* parent)
    : QObject(parent), m_probes(std::move(probes)), m_deadlineMs(deadlineMs),
      m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &Runner::finish);
}

Runner::~Runner() = default;

void Runner::run()
{
    if (m_running)
        return;
    m_running = true;
    ++m_generation;
    m_checks.clear();
    m_answered = QList<bool>(m_probes.size(), false);
    Q_EMIT started();
    m_deadline->start(m_deadlineMs);
    for (int i = 0; i < m_probes.size(); ++i) {
        auto* watcher = new QFutureWatcher<QList<Check>>(this);
        const int generation = m_generation;
        connect(watcher, &QFutureWatcher<QList<Check>>::finished, this,
                [this, watcher, i, generation] {
                    watcher->deleteLater();
                    if (generation != m_generation || !m_running)
                        return;
                    const QFuture<QList<Check>> future = watcher->future();
                    collect(i, future.isValid() && future.resultCount() > 0 ? future.result()
                                                                            : QList<Check>{});
                });
        watcher->setFuture(m_probes[i].start());
    }
    if (m_probes.isEmpty())
        QTimer::singleShot(0, this, &Runner::finish);
}

void Runner::collect(int index, const QList<Check>& checks)
{
    m_answered[index] = true;
    m_checks.append(checks);
    if (std::all_of(m_answered.begin(), m_answered.end(), [](bool done) { return done; }))
        finish();
}

void Runner::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline->stop();
    for (int i = 0; i < m_probes.size(); ++i) {
        if (m_answered[i])
            continue;
        for (Layer layer : m_probes[i].layers) {
            Check silent;
            silent.layer = layer;
            silent.state = CheckState::Failed;
            silent.durationMs = m_deadlineMs;
            silent.add(QStringLiteral("detail"),
                       QStringLiteral("no answer within %1 s").arg(m_deadlineMs / 1000.0));
            m_checks.append(silent);
        }
    }
    Report report;
    report.generatedUtc = QDateTime::currentDateTimeUtc();
    report.checks = m_checks;
    std::stable_sort(report.checks.begin(), report.checks.end(),
                     [](const Check& a, const Check& b) { return a.layer < b.layer; });
    Q_EMIT finished(report);
}

} // namespace guichet::diagnosis
