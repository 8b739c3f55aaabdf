#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet::diagnosis {

// How one layer looked when it was checked. "Not checked" is not a failure: the layer
// could not be reached because one below it failed, or it does not apply (demo mode
// has no reader to check).
enum class CheckState
{
    Ok,
    Warning,
    Failed,
    NotChecked,
};

// The layers in the order a call to the help desk walks them: each one needs the
// ones before it. The ids are part of the JSON schema (docs/diagnostics-schema.json):
// never renamed, only appended.
enum class Layer
{
    System,         // "system": versions, operating system, desktop session
    PcscService,    // "pcsc-service"
    Readers,        // "readers"
    Card,           // "card": one check per reader holding a card
    Modules,        // "modules": PKCS#11 modules tried
    Token,          // "token": one check per token a module (or the simulator) sees
    Certificate,    // "certificate": one per certificate on a token
    PortalSettings, // "portal-settings": address, trust, proxy
    Dns,            // "dns"
    Connection,     // "connection": TCP to the portal or the proxy
    Tls,            // "tls"
    PortalAnswer,   // "portal-answer": HTTP round trip to /meta
    Clock,          // "clock": this computer's clock against the portal's Date
    Keychain,       // "keychain"
    DataFolder,     // "data-folder"
    Store,          // "store": one per local store found
};

// One fact that decided a check, as a name and a value. Names are stable
// (lower-case, dashes) and not translated; values are technical and never personal:
// no national number, no name, no e-mail, no token.
struct Evidence
{
    QString name;
    QString value;
    friend bool operator==(const Evidence&, const Evidence&) = default;
};

struct Check
{
    Layer layer = Layer::System;
    // What was checked when a layer has several (a reader's name, a module's file,
    // a certificate's role, a store's folder); empty otherwise.
    QString subject;
    CheckState state = CheckState::NotChecked;
    // The catalogue code when state is Warning or Failed and one applies.
    QString code;
    QList<Evidence> evidence;
    qint64 durationMs = 0;

    Check& add(const QString& name, const QString& value)
    {
        evidence.append({name, value});
        return *this;
    }
    [[nodiscard]] QString value(const QString& name) const;
};

// Every layer's checks, in layer order.
struct Report
{
    QDateTime generatedUtc;
    QList<Check> checks;

    // The worst state of all checks (NotChecked counts as Ok).
    [[nodiscard]] CheckState worst() const;
    // The first Failed check, else the first Warning, else nullptr: where to look first.
    [[nodiscard]] const Check* firstProblem() const;
    [[nodiscard]] QList<Check> checksOf(Layer layer) const;
};

// The JSON schema's version; raised when a field changes meaning or is removed.
inline constexpr int SchemaVersion = 1;

// `guichet --diagnose` exits with these (docs/helpdesk.md): 0 when nothing failed or
// warned, else one per worst state. 1 and 2 keep their meaning for every command
// (could not run, bad command line).
inline constexpr int ExitOk = 0;
inline constexpr int ExitWarning = 3;
inline constexpr int ExitFailed = 4;
[[nodiscard]] int exitCodeFor(CheckState worst);

[[nodiscard]] QString layerId(Layer layer);
[[nodiscard]] QString stateId(CheckState state);
// Translated, for the page and the text report.
[[nodiscard]] QString layerTitle(Layer layer);
[[nodiscard]] QString stateText(CheckState state);

} // namespace guichet::diagnosis
