// guichet-virtual-card: a smart card in pcscd's virtual reader (vpcd) for tests.
// See README.md next to this file for the stdin/stdout protocol.
#include "AtrOnlyCard.h"
#include "Controller.h"
#include "Options.h"
#include "PivApplet.h"

#include <csignal>
#include <iostream>
#include <memory>

using namespace vcard;

namespace {

std::unique_ptr<Card> makeCard(const Options& options)
{
    if (options.personality == Personality::AtrOnly)
        return std::make_unique<AtrOnlyCard>(options.atr.empty() ? AtrOnlyCard::defaultAtr()
                                                                 : options.atr);
    std::string error;
    std::optional<PivKeys> keys = loadPivKeys(options.pkiDir, error);
    if (!keys) {
        std::cerr << "guichet-virtual-card: " << error << std::endl;
        return nullptr;
    }
    PivSettings settings{options.pin, options.tries, options.removeOnSign, options.atr,
                         options.guid};
    return std::make_unique<PivApplet>(std::move(*keys), std::move(settings), &announce);
}

} // namespace

int main(int argc, char** argv)
{
    std::signal(SIGPIPE, SIG_IGN);
    std::string message;
    int exitCode = 0;
    const std::optional<Options> options = parseOptions(argc, argv, message, exitCode);
    if (!options) {
        (exitCode == 0 ? std::cout : std::cerr) << message;
        return exitCode;
    }
    const std::unique_ptr<Card> card = makeCard(*options);
    if (!card)
        return 1;
    std::cerr << "guichet-virtual-card: port " << options->port << ", ATR " << toHex(card->atr())
              << std::endl;
    Controller controller(*card, options->port, options->inserted);
    return controller.run();
}
