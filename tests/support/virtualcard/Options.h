// Command line of guichet-virtual-card.
#pragma once

#include "Bytes.h"

#include <optional>
#include <string>

namespace vcard {

enum class Personality
{
    Piv,
    AtrOnly
};

struct Options
{
    std::uint16_t port = 35963; // "Virtual PCD 00 00"; 35964 is "Virtual PCD 00 01"
    Personality personality = Personality::Piv;
    Bytes atr; // empty: the personality's default
    std::string pkiDir;
    std::string pin = "123456";
    int tries = 3;
    Bytes guid; // empty: derived from the certificates
    bool removeOnSign = false;
    bool inserted = true;
};

// Nothing when the arguments are wrong or --help was asked; `message` then holds what
// to print and `exitCode` the process status.
[[nodiscard]] std::optional<Options> parseOptions(int argc, char** argv, std::string& message,
                                                  int& exitCode);

} // namespace vcard
