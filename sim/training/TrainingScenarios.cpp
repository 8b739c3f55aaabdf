#include "TrainingScenarios.h"

#include "DemoWorld.h"
#include "ErrorCodes.h"
#include "PortalThread.h"
#include "PortalTls.h"
#include "ScriptedPcsc.h"
#include "SimulatedProxy.h"
#include "SimulatedToken.h"

#include <QtGlobal>

namespace guichet::sim {
namespace {

constexpr char NoCardService[] = "no-card-service";
constexpr char NoReader[] = "no-reader";
constexpr char NoCard[] = "reader-without-card";
constexpr char UnknownCard[] = "unknown-card";
constexpr char NoMiddleware[] = "middleware-missing";
constexpr char NoCertificates[] = "card-without-certificates";
constexpr char Expired[] = "certificate-expired";
constexpr char NotYetValid[] = "certificate-not-yet-valid";
constexpr char UnknownRoot[] = "untrusted-root";
constexpr char PinLastTry[] = "pin-one-try-left";
constexpr char PinBlocked[] = "pin-blocked";
constexpr char PinPad[] = "pin-pad-reader";
constexpr char PortalDown[] = "portal-unreachable";
constexpr char ProxyRefusing[] = "proxy-refusing";
constexpr char PortalTlsUntrusted[] = "tls-certificate-untrusted";
constexpr char PortalBusy[] = "portal-503";
constexpr char SlowNetwork[] = "slow-network";
constexpr char ClockOff[] = "clock-ten-minutes-off";
constexpr char NoKeychain[] = "keychain-unavailable";

// Longer than every time limit of the client (15 s to the first byte) and of the
// diagnosis (3 s for the answer): the network is not down, only too slow.
constexpr int SlowNetworkMs = 20'000;
constexpr qint64 ClockOffSeconds = 600;

// The simulated card's answer to reset: no profile claims it (its middleware is the
// simulated token itself). Historical bytes "GUICHET".
const QByteArray DemoCardAtr = QByteArray::fromHex("3b8780014755494348455412");
// A bank card (EMV) as many wallets hold: no profile, no module reads it.
const QByteArray BankCardAtr = QByteArray::fromHex("3b6e00008031806686b08412016e0183009000");
// A Luxembourg identity card (2021 model, contact T=1), whose middleware is missing.
const QByteArray IdentityCardAtr = QByteArray::fromHex("3BFF9600008131FE4380318065B08504000112"
                                                       "0FFF829000C3");

QString code(const char* value)
{
    return QLatin1String(value);
}

} // namespace

const QList<TrainingScenario>& trainingScenarios()
{
    static const QList<TrainingScenario> all{
        {code(NoCardService), QT_TRANSLATE_NOOP("TrainingScenario", "No smart card service"),
         code(ErrorCode::PcscServiceNotRunning)},
        {code(NoReader), QT_TRANSLATE_NOOP("TrainingScenario", "No card reader"),
         code(ErrorCode::NoReader)},
        {code(NoCard), QT_TRANSLATE_NOOP("TrainingScenario", "Reader without a card"),
         code(ErrorCode::NoCard)},
        {code(UnknownCard), QT_TRANSLATE_NOOP("TrainingScenario", "Unknown card (a bank card)"),
         code(ErrorCode::CardNotSupported)},
        {code(NoMiddleware),
         QT_TRANSLATE_NOOP("TrainingScenario", "Identity card without its middleware"),
         code(ErrorCode::CardMiddlewareMissing)},
        {code(NoCertificates), QT_TRANSLATE_NOOP("TrainingScenario", "Card without certificates"),
         code(ErrorCode::KeyNotFound)},
        {code(Expired), QT_TRANSLATE_NOOP("TrainingScenario", "Expired certificates"),
         code(ErrorCode::CertificateExpired)},
        {code(NotYetValid), QT_TRANSLATE_NOOP("TrainingScenario", "Certificates not yet valid"),
         code(ErrorCode::CertificateNotYetValid)},
        {code(UnknownRoot),
         QT_TRANSLATE_NOOP("TrainingScenario", "Certificates from an untrusted root"),
         code(ErrorCode::CertificateUntrusted)},
        // The card's own counter: the PIN dialog, My card and the diagnosis read it as
        // they read a real card's. No code until a wrong PIN is typed (P11-004).
        {code(PinLastTry), QT_TRANSLATE_NOOP("TrainingScenario", "PIN with one try left"),
         QString()},
        {code(PinBlocked), QT_TRANSLATE_NOOP("TrainingScenario", "PIN blocked"),
         code(ErrorCode::PinBlocked)},
        // Nothing fails: the PIN is asked for on the reader's keypad, not in a dialog.
        {code(PinPad), QT_TRANSLATE_NOOP("TrainingScenario", "Reader with a PIN pad"), QString()},
        {code(PortalDown), QT_TRANSLATE_NOOP("TrainingScenario", "Portal unreachable"),
         code(ErrorCode::PortalUnreachable)},
        {code(ProxyRefusing), QT_TRANSLATE_NOOP("TrainingScenario", "Proxy refusing the portal"),
         code(ErrorCode::ProxyUnreachable)},
        {code(PortalTlsUntrusted),
         QT_TRANSLATE_NOOP("TrainingScenario", "Portal with an untrusted TLS certificate"),
         code(ErrorCode::PortalTlsFailed)},
        {code(PortalBusy),
         QT_TRANSLATE_NOOP("TrainingScenario", "Portal out of service (HTTP 503)"),
         code(ErrorCode::PortalServerError)},
        {code(SlowNetwork), QT_TRANSLATE_NOOP("TrainingScenario", "Very slow network"),
         code(ErrorCode::PortalTimeout)},
        {code(ClockOff), QT_TRANSLATE_NOOP("TrainingScenario", "Computer clock ten minutes off"),
         code(ErrorCode::ClockDiffers)},
        {code(NoKeychain), QT_TRANSLATE_NOOP("TrainingScenario", "Keychain unavailable"),
         code(ErrorCode::KeychainUnavailable)},
    };
    return all;
}

const TrainingScenario* findTrainingScenario(const QString& id)
{
    for (const TrainingScenario& scenario : trainingScenarios())
        if (scenario.id == id)
            return &scenario;
    return nullptr;
}

TrainingWorld::TrainingWorld(PortalThread& portal, PortalTls& tls, SimulatedToken& token,
                             ScriptedPcsc& readers, SimulatedProxy& proxy)
    : m_portal(portal), m_tls(tls), m_token(token), m_readers(readers), m_proxy(proxy)
{}

TrainingWorld::~TrainingWorld() = default;

void TrainingWorld::placeDemoCard(ScriptedPcsc& readers, SimulatedToken& token)
{
    // The token first: a card the reader shows and no backend claims would be
    // reported as unknown for a moment.
    token.setInserted(true);
    readers.setServiceRunning(true);
    readers.setReaders({QLatin1String(DemoWorld::ReaderName)});
    readers.insertCard(QLatin1String(DemoWorld::ReaderName), DemoCardAtr);
}

void TrainingWorld::reset()
{
    m_portal.faults().clearAll();
    m_portal.clock().reset();
    m_portal.setTlsConfiguration(m_tls.serverConfiguration());
    m_portal.setAccepting(true);
    m_proxy.setRefusing(false);
    m_token.setCertificateTroubleForTraining(SimulatedToken::CertificateTrouble::None);
    m_token.setPinPadForTraining(false);
    if (m_switches.keychain)
        m_switches.keychain(false);
    if (m_switches.proxy)
        m_switches.proxy(0);
    // Leaving a PIN scenario gives back a fresh card (a PIN unblocked with the PUK
    // during the exercise is fresh already).
    if (m_current == QLatin1String(PinLastTry) || m_current == QLatin1String(PinBlocked))
        m_token.setTriesLeftForTraining(SimulatedToken::MaxTries);
    placeDemoCard(m_readers, m_token);
}

Status TrainingWorld::apply(const QString& id)
{
    if (!id.isEmpty() && !findTrainingScenario(id))
        return Error(ErrorCode::BadCommandLine, QStringLiteral("unknown scenario: ") + id);
    reset();
    m_current = id;
    const QString reader = QLatin1String(DemoWorld::ReaderName);
    using Trouble = SimulatedToken::CertificateTrouble;
    Fault fault;
    // The simulated card leaves with its reader: what remains is what PC/SC shows.
    const auto cardOut = [this] { m_token.setInserted(false); };
    if (id == QLatin1String(NoCardService)) {
        cardOut();
        m_readers.setServiceRunning(false);
    } else if (id == QLatin1String(NoReader)) {
        cardOut();
        m_readers.removeCard(reader);
        m_readers.setReaders({});
    } else if (id == QLatin1String(NoCard)) {
        cardOut();
        m_readers.removeCard(reader);
    } else if (id == QLatin1String(UnknownCard)) {
        cardOut();
        m_readers.insertCard(reader, BankCardAtr);
    } else if (id == QLatin1String(NoMiddleware)) {
        cardOut();
        m_readers.insertCard(reader, IdentityCardAtr);
    } else if (id == QLatin1String(NoCertificates)) {
        m_token.setCertificateTroubleForTraining(Trouble::NoCertificates);
    } else if (id == QLatin1String(Expired)) {
        m_token.setCertificateTroubleForTraining(Trouble::Expired);
    } else if (id == QLatin1String(NotYetValid)) {
        m_token.setCertificateTroubleForTraining(Trouble::NotYetValid);
    } else if (id == QLatin1String(UnknownRoot)) {
        m_token.setCertificateTroubleForTraining(Trouble::UnknownRoot);
    } else if (id == QLatin1String(PinLastTry)) {
        m_token.setTriesLeftForTraining(1);
    } else if (id == QLatin1String(PinBlocked)) {
        m_token.setTriesLeftForTraining(0);
    } else if (id == QLatin1String(PinPad)) {
        m_token.setPinPadForTraining(true);
    } else if (id == QLatin1String(PortalDown)) {
        // Closed port for new connections, and kept-alive ones closed on their next use.
        m_portal.setAccepting(false);
        fault.kind = Fault::Kind::CloseWithoutAnswer;
        m_portal.faults().set(QStringLiteral("*"), fault);
    } else if (id == QLatin1String(ProxyRefusing)) {
        // The client goes through the company proxy, whose rules do not let the portal
        // through (403 to CONNECT).
        m_proxy.setRefusing(true);
        if (m_switches.proxy)
            m_switches.proxy(m_proxy.port());
    } else if (id == QLatin1String(PortalTlsUntrusted)) {
        // New connections meet a certificate from a CA the client does not know; a
        // kept-alive one is closed on its next use, so the client has to meet it too.
        if (!m_strangerTls)
            m_strangerTls = std::make_unique<PortalTls>();
        m_portal.setTlsConfiguration(m_strangerTls->serverConfiguration());
        fault.kind = Fault::Kind::CloseWithoutAnswer;
        m_portal.faults().set(QStringLiteral("*"), fault);
    } else if (id == QLatin1String(PortalBusy)) {
        fault.kind = Fault::Kind::ServerError;
        fault.status = 503;
        fault.title = QStringLiteral("Service temporarily unavailable");
        m_portal.faults().set(QStringLiteral("*"), fault);
    } else if (id == QLatin1String(SlowNetwork)) {
        fault.kind = Fault::Kind::Latency;
        fault.milliseconds = SlowNetworkMs;
        m_portal.faults().set(QStringLiteral("*"), fault);
    } else if (id == QLatin1String(ClockOff)) {
        // The portal's clock runs ahead: to the client, its own is ten minutes behind.
        m_portal.clock().advance(ClockOffSeconds);
    } else if (id == QLatin1String(NoKeychain)) {
        // Every request to the keychain fails as without a Secret Service: the saved
        // session and the key of the local data cannot be read or written.
        if (m_switches.keychain)
            m_switches.keychain(true);
    }
    return {};
}

} // namespace guichet::sim
