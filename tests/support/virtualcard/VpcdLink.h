// The TCP connection to vpcd, the pcscd driver of the virtual reader. The card is the
// client; an open connection means "card in the reader". Every message both ways is
// a 2-byte big-endian length followed by the payload.
#pragma once

#include "Bytes.h"

#include <vector>

namespace vcard {

class VpcdLink
{
public:
    VpcdLink() = default;
    VpcdLink(const VpcdLink&) = delete;
    VpcdLink& operator=(const VpcdLink&) = delete;
    ~VpcdLink() { close(); }

    // Connects to 127.0.0.1:port; false (and no connection) when nobody listens.
    bool connect(std::uint16_t port);
    void close();
    [[nodiscard]] bool connected() const { return fd_ >= 0; }
    [[nodiscard]] int fd() const { return fd_; }

    // Reads what has arrived and appends every complete message to `messages`.
    // False when the peer closed the connection or it failed (the link is closed).
    bool receive(std::vector<Bytes>& messages);
    bool send(const Bytes& payload);

private:
    void tuneForLatency() const;

    int fd_ = -1;
    Bytes inbox_;
};

} // namespace vcard
