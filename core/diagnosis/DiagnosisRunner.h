#pragma once

#include "Diagnosis.h"

#include <QFuture>
#include <QObject>

#include <functional>

class QTimer;

namespace guichet::diagnosis {

// One source of checks: the layers it answers for, and how to ask it. The card
// service, the way to the portal, the keychain and the local data are each one.
struct Probe
{
    QList<Layer> layers;
    std::function<QFuture<QList<Check>>()> start;
};

// Runs every probe at once and hands over one report, in layer order, when all have
// answered or the deadline has passed — whichever comes first. A probe still silent
// at the deadline (pcscd hanging, a network without answers) gets a failed check per
// layer saying so: the report always comes. Owned and used on one thread (the GUI
// thread, or the main thread of `guichet --diagnose`).
class Runner : public QObject
{
    Q_OBJECT

public:
    explicit Runner(QList<Probe> probes, int deadlineMs = 12'000, QObject* parent = nullptr);
    ~Runner() override;

    [[nodiscard]] bool isRunning() const { return m_running; }

public Q_SLOTS:
    // Starts a run; ignored while one is running (its report will come).
    void run();

Q_SIGNALS:
    void started();
    void finished(const guichet::diagnosis::Report& report);

private:
    void collect(int index, const QList<Check>& checks);
    void finish();

    QList<Probe> m_probes;
    int m_deadlineMs;
    QTimer* m_deadline = nullptr;
    bool m_running = false;
    int m_generation = 0; // answers of an earlier run are not this run's
    QList<bool> m_answered;
    QList<Check> m_checks;
};

} // namespace guichet::diagnosis

Q_DECLARE_METATYPE(guichet::diagnosis::Report)
