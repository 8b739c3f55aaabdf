#pragma once

#include "PortalEndpoint.h"
#include "Result.h"
#include "TrainingScenarios.h"

#include <QString>

#include <memory>

namespace guichet {

class CardThread;
namespace sim {
class DemoWorld;
}

// The card thread of demo mode, for the window and for `guichet --diagnose --demo`:
// its readers are the demo world's PC/SC service, its modules are looked for on a
// computer with no middleware, the simulated card is one more source of tokens, and
// card certificates are checked against the card's own root.
[[nodiscard]] std::unique_ptr<CardThread> makeDemoCardThread(const QString& userSettingsFile,
                                                             const QString& systemSettingsFile,
                                                             sim::DemoWorld& world);

// Starts the demo world's portal and says how to reach it: over TLS trusting its CA
// only, with no proxy of the machine in between (it is on loopback).
[[nodiscard]] Result<net::PortalEndpoint> startDemoPortal(sim::DemoWorld& world);

// The switches of the training scenarios in other rooms: the keychain, and the
// proxy of the endpoint `setProxy` applies.
[[nodiscard]] sim::TrainingWorld::Switches
demoTrainingSwitches(std::function<void(const net::ProxySettings&)> setProxy);

} // namespace guichet
