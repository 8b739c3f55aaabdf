#pragma once

namespace guichet::sim::seed {

// The spaces' ids, kept here so the store, tests and demos name them the same way.
// The contract requires "sp-priv-..." / "sp-pro-..." followed by at least 4 characters.
inline constexpr auto kMariePrivateSpace = "sp-priv-marie-schmit";
inline constexpr auto kLucPrivateSpace = "sp-priv-luc-weber";
inline constexpr auto kWeberConstructionsSpace = "sp-pro-weber-constructions";
inline constexpr auto kBoulangerieWeberSpace = "sp-pro-boulangerie-weber";
inline constexpr auto kPaulPrivateSpace = "sp-priv-paul-hoffmann";

} // namespace guichet::sim::seed
