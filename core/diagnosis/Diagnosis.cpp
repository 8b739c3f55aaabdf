#include "Diagnosis.h"

#include <QCoreApplication>

namespace guichet::diagnosis {
namespace {

int severity(CheckState state)
{
    switch (state) {
    case CheckState::Failed:
        return 2;
    case CheckState::Warning:
        return 1;
    case CheckState::Ok:
    case CheckState::NotChecked:
        return 0;
    }
    return 0;
}

} // namespace

QString Check::value(const QString& name) const
{
    for (const Evidence& fact : evidence)
        if (fact.name == name)
            return fact.value;
    return {};
}

CheckState Report::worst() const
{
    CheckState result = CheckState::Ok;
    for (const Check& check : checks)
        if (severity(check.state) > severity(result))
            result = check.state;
    return result;
}

const Check* Report::firstProblem() const
{
    for (CheckState wanted : {CheckState::Failed, CheckState::Warning})
        for (const Check& check : checks)
            if (check.state == wanted)
                return &check;
    return nullptr;
}

QList<Check> Report::checksOf(Layer layer) const
{
    QList<Check> result;
    for (const Check& check : checks)
        if (check.layer == layer)
            result.append(check);
    return result;
}

int exitCodeFor(CheckState worst)
{
    switch (worst) {
    case CheckState::Failed:
        return ExitFailed;
    case CheckState::Warning:
        return ExitWarning;
    case CheckState::Ok:
    case CheckState::NotChecked:
        return ExitOk;
    }
    return ExitOk;
}

QString layerId(Layer layer)
{
    switch (layer) {
    case Layer::System:
        return QStringLiteral("system");
    case Layer::PcscService:
        return QStringLiteral("pcsc-service");
    case Layer::Readers:
        return QStringLiteral("readers");
    case Layer::Card:
        return QStringLiteral("card");
    case Layer::Modules:
        return QStringLiteral("modules");
    case Layer::Token:
        return QStringLiteral("token");
    case Layer::Certificate:
        return QStringLiteral("certificate");
    case Layer::PortalSettings:
        return QStringLiteral("portal-settings");
    case Layer::Dns:
        return QStringLiteral("dns");
    case Layer::Connection:
        return QStringLiteral("connection");
    case Layer::Tls:
        return QStringLiteral("tls");
    case Layer::PortalAnswer:
        return QStringLiteral("portal-answer");
    case Layer::Clock:
        return QStringLiteral("clock");
    case Layer::Keychain:
        return QStringLiteral("keychain");
    case Layer::DataFolder:
        return QStringLiteral("data-folder");
    case Layer::Store:
        return QStringLiteral("store");
    }
    return {};
}

QString stateId(CheckState state)
{
    switch (state) {
    case CheckState::Ok:
        return QStringLiteral("ok");
    case CheckState::Warning:
        return QStringLiteral("warning");
    case CheckState::Failed:
        return QStringLiteral("failed");
    case CheckState::NotChecked:
        return QStringLiteral("not-checked");
    }
    return {};
}

QString layerTitle(Layer layer)
{
    switch (layer) {
    case Layer::System:
        return QCoreApplication::translate("Diagnosis", "This computer");
    case Layer::PcscService:
        return QCoreApplication::translate("Diagnosis", "Smart card service (PC/SC)");
    case Layer::Readers:
        return QCoreApplication::translate("Diagnosis", "Card readers");
    case Layer::Card:
        return QCoreApplication::translate("Diagnosis", "Card in the reader");
    case Layer::Modules:
        return QCoreApplication::translate("Diagnosis", "Card middleware (PKCS#11 modules)");
    case Layer::Token:
        return QCoreApplication::translate("Diagnosis", "Card or signing stick");
    case Layer::Certificate:
        return QCoreApplication::translate("Diagnosis", "Certificate");
    case Layer::PortalSettings:
        return QCoreApplication::translate("Diagnosis", "Portal settings");
    case Layer::Dns:
        return QCoreApplication::translate("Diagnosis", "Portal name lookup (DNS)");
    case Layer::Connection:
        return QCoreApplication::translate("Diagnosis", "Connection to the portal");
    case Layer::Tls:
        return QCoreApplication::translate("Diagnosis", "Secure connection (TLS)");
    case Layer::PortalAnswer:
        return QCoreApplication::translate("Diagnosis", "Portal answer");
    case Layer::Clock:
        return QCoreApplication::translate("Diagnosis", "Computer clock");
    case Layer::Keychain:
        return QCoreApplication::translate("Diagnosis", "System keychain");
    case Layer::DataFolder:
        return QCoreApplication::translate("Diagnosis", "Data folder");
    case Layer::Store:
        return QCoreApplication::translate("Diagnosis", "Local data");
    }
    return {};
}

QString stateText(CheckState state)
{
    switch (state) {
    case CheckState::Ok:
        return QCoreApplication::translate("Diagnosis", "OK");
    case CheckState::Warning:
        return QCoreApplication::translate("Diagnosis", "Warning");
    case CheckState::Failed:
        return QCoreApplication::translate("Diagnosis", "Failed");
    case CheckState::NotChecked:
        return QCoreApplication::translate("Diagnosis", "Not checked");
    }
    return {};
}

} // namespace guichet::diagnosis
