#include "VirtualCardProcess.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>

namespace guichet::test {

VirtualCardProcess::VirtualCardProcess(QStringList arguments) : arguments_(std::move(arguments))
{
    process_.setProgram(executable());
    process_.setArguments(arguments_);
}

VirtualCardProcess::~VirtualCardProcess()
{
    if (process_.state() != QProcess::NotRunning && !quit()) {
        process_.kill();
        process_.waitForFinished(3000);
    }
}

QString VirtualCardProcess::executable()
{
    return QStringLiteral(GUICHET_VIRTUAL_CARD);
}

bool VirtualCardProcess::start(int timeoutMs)
{
    process_.start();
    if (!process_.waitForStarted(timeoutMs))
        return false;
    return waitForLine(QStringLiteral("ready"), timeoutMs);
}

void VirtualCardProcess::collect()
{
    errors_ += QString::fromUtf8(process_.readAllStandardError());
    partial_ += process_.readAllStandardOutput();
    qsizetype end = 0;
    while ((end = partial_.indexOf('\n')) >= 0) {
        lines_.append(QString::fromUtf8(partial_.left(end)).trimmed());
        partial_.remove(0, end + 1);
    }
}

bool VirtualCardProcess::waitForLine(const QString& line, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        collect();
        for (qsizetype i = consumed_; i < lines_.size(); ++i) {
            if (lines_.at(i) == line) {
                consumed_ = i + 1;
                return true;
            }
        }
        if (deadline.hasExpired() || process_.state() == QProcess::NotRunning)
            return false;
        process_.waitForReadyRead(static_cast<int>(qMin<qint64>(deadline.remainingTime(), 100)));
    }
}

void VirtualCardProcess::send(const QString& command)
{
    process_.write((command + QLatin1Char('\n')).toUtf8());
    process_.waitForBytesWritten(1000);
}

bool VirtualCardProcess::quit(int timeoutMs)
{
    if (process_.state() == QProcess::NotRunning)
        return process_.exitStatus() == QProcess::NormalExit && process_.exitCode() == 0;
    send(QStringLiteral("quit"));
    if (!process_.waitForFinished(timeoutMs))
        return false;
    collect();
    return process_.exitStatus() == QProcess::NormalExit && process_.exitCode() == 0;
}

ToolRun runTool(const QString& program, const QStringList& arguments, int timeoutMs)
{
    ToolRun run;
    QElapsedTimer clock;
    clock.start();
    QProcess process;
    process.start(program, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(3000);
    } else {
        run.finished = process.exitStatus() == QProcess::NormalExit;
        run.exitCode = process.exitCode();
    }
    run.elapsedMs = clock.elapsed();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

bool readerHasCard(const QString& reader)
{
    // "Nr.  Card  Features  Name" then e.g. "0    Yes             Virtual PCD 00 00"
    const ToolRun run = runTool(QStringLiteral("opensc-tool"), {QStringLiteral("-l")}, 5000);
    for (const QByteArray& row : run.out.split('\n')) {
        const QString text = QString::fromUtf8(row).trimmed();
        if (text.endsWith(reader))
            return text.split(QLatin1Char(' '), Qt::SkipEmptyParts).value(1) == u"Yes";
    }
    return false;
}

bool waitForCardState(const QString& reader, bool present, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (readerHasCard(reader) != present) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(50);
    }
    return true;
}

int pcscdFixture(const QString& action)
{
    const ToolRun run = runTool(
        QStringLiteral("bash"),
        {QStringLiteral(GUICHET_PCSCD_FIXTURE), action, QStringLiteral(GUICHET_PCSCD_STATE_DIR)},
        30000);
    if (!run.finished)
        return -1;
    if (run.exitCode != 0 && run.exitCode != 77)
        qWarning("pcscd-fixture %s failed: %s", qPrintable(action), run.err.constData());
    return run.exitCode;
}

} // namespace guichet::test
