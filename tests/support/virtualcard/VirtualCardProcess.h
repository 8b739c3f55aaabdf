// For Qt tests: runs guichet-virtual-card and the pcscd fixture, and asks pcscd (via
// opensc-tool) whether a card is in a virtual reader. Link guichet_virtualcard_support.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace guichet::test {

inline const QString virtualReader0 = QStringLiteral("Virtual PCD 00 00"); // port 35963
inline const QString virtualReader1 = QStringLiteral("Virtual PCD 00 01"); // port 35964

// A running virtual card. The destructor quits it (and kills it if it hangs).
class VirtualCardProcess
{
public:
    explicit VirtualCardProcess(QStringList arguments);
    ~VirtualCardProcess();
    VirtualCardProcess(const VirtualCardProcess&) = delete;
    VirtualCardProcess& operator=(const VirtualCardProcess&) = delete;

    static QString executable();

    // Starts the card and waits for its "ready" line.
    [[nodiscard]] bool start(int timeoutMs = 5000);
    // Waits for the next `line` printed after the last one already waited for.
    [[nodiscard]] bool waitForLine(const QString& line, int timeoutMs = 10000);
    // "insert", "remove", "remove-on-sign", "quit".
    void send(const QString& command);
    // Sends quit and waits for the exit; true when it exited with status 0.
    bool quit(int timeoutMs = 3000);

    [[nodiscard]] QStringList lines() const { return lines_; }
    [[nodiscard]] QString errors() const { return errors_; }

private:
    void collect();

    QProcess process_;
    QStringList arguments_;
    QStringList lines_;
    QByteArray partial_;
    QString errors_;
    qsizetype consumed_ = 0;
};

struct ToolRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

// Runs a program to its end (killed after the timeout: finished is then false).
ToolRun runTool(const QString& program, const QStringList& arguments, int timeoutMs = 20000);

// Whether pcscd lists `reader` with a card in it (opensc-tool -l).
[[nodiscard]] bool readerHasCard(const QString& reader);
// Waits until pcscd reports the card in `reader` present (or absent).
[[nodiscard]] bool waitForCardState(const QString& reader, bool present, int timeoutMs = 5000);

// Runs tests/support/pcscd/pcscd-fixture.sh ACTION with the build's state folder and
// returns its exit status (77 from "kill": pcscd was not started by the fixture).
int pcscdFixture(const QString& action);

} // namespace guichet::test
