#include "Controller.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <poll.h>
#include <unistd.h>

namespace vcard {

namespace {

constexpr auto retryInterval = std::chrono::milliseconds(50);

enum : std::uint8_t
{
    powerOff = 0x00,
    powerOn = 0x01,
    warmReset = 0x02,
    getAtr = 0x04
};

// GUICHET_VCARD_TRACE=1 logs every message to and from pcscd on stderr.
const bool tracing = [] {
    const char* value = std::getenv("GUICHET_VCARD_TRACE");
    return value != nullptr && *value != '\0' && *value != '0';
}();

void trace(const char* direction, const Bytes& message)
{
    if (tracing)
        std::cerr << direction << ' ' << toHex(message) << std::endl;
}

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

} // namespace

void announce(const std::string& line)
{
    std::fputs((line + "\n").c_str(), stdout);
    std::fflush(stdout);
}

Controller::Controller(Card& card, std::uint16_t port, bool inserted)
    : card_(card), channel_(card), port_(port), wantInserted_(inserted)
{}

int Controller::run()
{
    announce("ready");
    while (!quit_) {
        tryToConnect();
        pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {link_.fd(), POLLIN, 0}};
        const nfds_t count = link_.connected() ? 2 : 1;
        // While pcscd is away (not started yet, restarted by a test) retry every 50 ms.
        const int timeout =
            wantInserted_ && !link_.connected() ? static_cast<int>(retryInterval.count()) : -1;
        if (::poll(fds, count, timeout) < 0) {
            if (errno == EINTR)
                continue;
            std::perror("guichet-virtual-card: poll");
            return 1;
        }
        if (fds[0].revents != 0)
            readStdin();
        if (!quit_ && count == 2 && fds[1].revents != 0)
            readReader();
    }
    link_.close();
    return 0;
}

void Controller::tryToConnect()
{
    if (!wantInserted_ || link_.connected() || Clock::now() < nextAttempt_)
        return;
    if (link_.connect(port_)) {
        channel_.reset();
        card_.reset();
    } else {
        nextAttempt_ = Clock::now() + retryInterval;
    }
}

void Controller::readStdin()
{
    char buffer[1024];
    const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (count < 0 && errno == EINTR)
        return;
    if (count <= 0) {
        quit_ = true;
        return;
    }
    stdinBuffer_.append(buffer, static_cast<std::size_t>(count));
    std::size_t end = 0;
    while (!quit_ && (end = stdinBuffer_.find('\n')) != std::string::npos) {
        const std::string line = trimmed(stdinBuffer_.substr(0, end));
        stdinBuffer_.erase(0, end + 1);
        if (!line.empty())
            handleLine(line);
    }
}

// Every command is acknowledged by exactly one line, also when nothing changes, so a
// test can always wait for the answer to what it sent.
void Controller::handleLine(const std::string& line)
{
    if (line == "quit") {
        quit_ = true;
    } else if (line == "remove") {
        wantInserted_ = false;
        const bool wasInserted = announcedInserted_;
        leaveReader();
        if (!wasInserted)
            announce("removed");
    } else if (line == "insert") {
        if (wantInserted_ && announcedInserted_) {
            announce("inserted");
        } else {
            wantInserted_ = true;
            nextAttempt_ = Clock::now();
        }
    } else if (!card_.control(line)) {
        std::cerr << "guichet-virtual-card: unknown command: " << line << std::endl;
    }
}

void Controller::readReader()
{
    std::vector<Bytes> messages;
    const bool open = link_.receive(messages);
    for (const Bytes& message : messages) {
        handleMessage(message);
        if (!link_.connected())
            break;
    }
    if (!open || !link_.connected()) {
        // pcscd went away (killed, restarted) or the card pulled itself out.
        leaveReader();
        nextAttempt_ = Clock::now() + retryInterval;
    }
}

void Controller::handleMessage(const Bytes& message)
{
    trace(">", message);
    if (!announcedInserted_) {
        announcedInserted_ = true;
        announce("inserted");
    }
    if (message.size() == 1) {
        switch (message[0]) {
        case powerOff:
        case powerOn:
        case warmReset:
            card_.reset();
            channel_.reset();
            break;
        case getAtr:
            trace("<", card_.atr());
            link_.send(card_.atr());
            break;
        default:
            break;
        }
        return;
    }
    const IsoChannel::Outcome outcome = channel_.transmit(message);
    if (outcome.removeCard) {
        wantInserted_ = false;
        leaveReader();
        return;
    }
    trace("<", outcome.reply);
    link_.send(outcome.reply);
}

void Controller::leaveReader()
{
    link_.close();
    channel_.reset();
    card_.reset();
    if (announcedInserted_) {
        announcedInserted_ = false;
        announce("removed");
    }
}

} // namespace vcard
