#include "VpcdLink.h"

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace vcard {

bool VpcdLink::connect(std::uint16_t port)
{
    close();
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    // On loopback a connect is refused or accepted at once, so blocking is fine here.
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd);
        return false;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    fd_ = fd;
    tuneForLatency();
    return true;
}

void VpcdLink::close()
{
    if (fd_ >= 0)
        ::close(fd_);
    fd_ = -1;
    inbox_.clear();
}

// vpcd writes the length and the payload separately. Without TCP_QUICKACK (which
// the kernel clears again after use) every message waits for a delayed ACK, ~40 ms.
void VpcdLink::tuneForLatency() const
{
    const int on = 1;
    ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    ::setsockopt(fd_, IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
}

bool VpcdLink::receive(std::vector<Bytes>& messages)
{
    if (fd_ < 0)
        return false;
    std::uint8_t buffer[4096];
    for (;;) {
        tuneForLatency();
        const ssize_t count = ::recv(fd_, buffer, sizeof buffer, 0);
        if (count > 0) {
            inbox_.insert(inbox_.end(), buffer, buffer + count);
            continue;
        }
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        close(); // 0: orderly shutdown by pcscd; < 0: the connection broke
        return false;
    }
    while (inbox_.size() >= 2) {
        const std::size_t length = (std::size_t{inbox_[0]} << 8) | inbox_[1];
        if (inbox_.size() < 2 + length)
            break;
        messages.emplace_back(inbox_.begin() + 2,
                              inbox_.begin() + static_cast<std::ptrdiff_t>(2 + length));
        inbox_.erase(inbox_.begin(), inbox_.begin() + static_cast<std::ptrdiff_t>(2 + length));
    }
    return true;
}

bool VpcdLink::send(const Bytes& payload)
{
    if (fd_ < 0 || payload.size() > 0xFFFF)
        return false;
    Bytes frame{static_cast<std::uint8_t>(payload.size() >> 8),
                static_cast<std::uint8_t>(payload.size())};
    append(frame, payload);
    std::size_t sent = 0;
    while (sent < frame.size()) {
        const ssize_t count = ::send(fd_, frame.data() + sent, frame.size() - sent, MSG_NOSIGNAL);
        if (count > 0) {
            sent += static_cast<std::size_t>(count);
        } else if (count < 0 && errno == EINTR) {
            continue;
        } else if (count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            pollfd writable{fd_, POLLOUT, 0};
            if (::poll(&writable, 1, 1000) <= 0) {
                close();
                return false;
            }
        } else {
            close();
            return false;
        }
    }
    return true;
}

} // namespace vcard
