#include "Options.h"

#include <charconv>
#include <string_view>

namespace vcard {

namespace {

constexpr std::string_view usage =
    R"(Usage: guichet-virtual-card [options]
A virtual smart card in the vpcd reader of pcscd (package vsmartcard-vpcd).

  --port N              vpcd port: 35963 = "Virtual PCD 00 00" (default), 35964 = "... 00 01"
  --personality P       piv (default) or atr-only
  --atr HEX             ATR to present (default: plain PIV ATR, or a generic one)
  --pki DIR             test PKI with piv-auth (9A), piv-sign (9C), piv-ec (9D)
                        NAME.key.pem + NAME.cert.der; required for piv
  --pin PIN             PIV application PIN (default 123456)
  --tries N             PIN retry counter, 1..15 (default 3)
  --guid HEX            16-byte card GUID in the CHUID (default: from the certificates)
  --remove-on-sign      leave the reader when the next GENERAL AUTHENTICATE arrives
  --inserted|--removed  start in the reader (default) or outside it

stdin, one command a line: insert, remove, remove-on-sign, quit (EOF = quit).
stdout, one line each: ready, inserted, removed, pin-ok, pin-wrong N, pin-blocked,
pin-changed, signed.
)";

std::optional<int> number(std::string_view text, int low, int high)
{
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < low || value > high)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<Options> parseOptions(int argc, char** argv, std::string& message, int& exitCode)
{
    Options options;
    exitCode = 2;
    auto fail = [&](const std::string& why) {
        message = "guichet-virtual-card: " + why + "\n" + std::string(usage);
        return std::nullopt;
    };
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const bool hasValue = i + 1 < argc;
        const std::string_view value = hasValue ? argv[i + 1] : "";
        const auto takesValue = arg == "--port" || arg == "--personality" || arg == "--atr" ||
                                arg == "--pki" || arg == "--pin" || arg == "--tries" ||
                                arg == "--guid";
        if (takesValue && !hasValue)
            return fail(std::string(arg) + " needs a value");
        if (takesValue)
            ++i;
        if (arg == "--help" || arg == "-h") {
            message = usage;
            exitCode = 0;
            return std::nullopt;
        } else if (arg == "--port") {
            const auto port = number(value, 1, 65535);
            if (!port)
                return fail("bad port");
            options.port = static_cast<std::uint16_t>(*port);
        } else if (arg == "--personality") {
            if (value == "piv")
                options.personality = Personality::Piv;
            else if (value == "atr-only")
                options.personality = Personality::AtrOnly;
            else
                return fail("unknown personality " + std::string(value));
        } else if (arg == "--atr") {
            const auto atr = fromHex(value);
            if (!atr || atr->size() < 2 || atr->size() > 33)
                return fail("the ATR must be 2 to 33 bytes of hex");
            options.atr = *atr;
        } else if (arg == "--pki") {
            options.pkiDir = value;
        } else if (arg == "--pin") {
            if (value.size() < 6 || value.size() > 8)
                return fail("a PIV PIN has 6 to 8 characters");
            options.pin = value;
        } else if (arg == "--tries") {
            const auto tries = number(value, 1, 15);
            if (!tries)
                return fail("tries must be 1..15");
            options.tries = *tries;
        } else if (arg == "--guid") {
            const auto guid = fromHex(value);
            if (!guid || guid->size() != 16)
                return fail("the GUID must be 16 bytes of hex");
            options.guid = *guid;
        } else if (arg == "--remove-on-sign") {
            options.removeOnSign = true;
        } else if (arg == "--inserted") {
            options.inserted = true;
        } else if (arg == "--removed") {
            options.inserted = false;
        } else {
            return fail("unknown option " + std::string(arg));
        }
    }
    if (options.personality == Personality::Piv && options.pkiDir.empty())
        return fail("the piv personality needs --pki DIR");
    return options;
}

} // namespace vcard
