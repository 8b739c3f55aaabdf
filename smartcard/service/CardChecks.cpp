#include "CardChecks.h"

#include "CertificateParser.h"
#include "CertificateValidity.h"
#include "ErrorCodes.h"
#include "PcscPlatform.h"
#include "ReaderFeatures.h"

#include <QPointer>

namespace guichet {
namespace {

using diagnosis::Check;
using diagnosis::CheckState;
using diagnosis::Layer;

// A certificate close to its end is worth a call before it becomes a failure.
constexpr int ExpiryWarningDays = 60;

Check failed(Layer layer, const char* code)
{
    Check check;
    check.layer = layer;
    check.state = CheckState::Failed;
    check.code = QLatin1String(code);
    return check;
}

Check notChecked(Layer layer, const QString& reason)
{
    Check check;
    check.layer = layer;
    check.state = CheckState::NotChecked;
    check.add(QStringLiteral("reason"), reason);
    return check;
}

Check serviceCheck(const pcsc::ReaderSnapshot& readers)
{
    switch (readers.service) {
    case pcsc::ServiceState::Running: {
        Check check;
        check.layer = Layer::PcscService;
        check.state = CheckState::Ok;
        check.add(QStringLiteral("service"), QStringLiteral("running"));
        check.add(QStringLiteral("implementation"), QStringLiteral(GUICHET_PCSC_IMPLEMENTATION));
        return check;
    }
    case pcsc::ServiceState::NotRunning:
        return failed(Layer::PcscService, ErrorCode::PcscServiceNotRunning)
            .add(QStringLiteral("service"), QStringLiteral("no answer to SCardEstablishContext"))
            .add(QStringLiteral("implementation"), QStringLiteral(GUICHET_PCSC_IMPLEMENTATION));
    case pcsc::ServiceState::Unknown:
        break;
    }
    return notChecked(Layer::PcscService,
                      QStringLiteral("the reader monitor has not answered yet"));
}

Check readersCheck(const CardDiagnostics& report)
{
    if (report.readers.service != pcsc::ServiceState::Running)
        return notChecked(Layer::Readers, QStringLiteral("the smart card service is not running"));
    if (report.readers.readers.isEmpty())
        return failed(Layer::Readers, ErrorCode::NoReader)
            .add(QStringLiteral("readers"), QStringLiteral("0"));
    Check check;
    check.layer = Layer::Readers;
    check.state = CheckState::Ok;
    check.add(QStringLiteral("readers"), QString::number(report.readers.readers.size()));
    for (const pcsc::ReaderState& reader : report.readers.readers) {
        const QStringList features = report.readerFeatures.value(reader.name);
        const bool pinPad = !pcsc::isFalsePinPadReader(reader.name) &&
                            (features.contains(QStringLiteral("VerifyPinDirect")) ||
                             features.contains(QStringLiteral("VerifyPinStart")));
        QString value = reader.name + (reader.cardPresent ? QStringLiteral("; card present")
                                                          : QStringLiteral("; no card"));
        if (reader.cardPresent)
            value += pinPad ? QStringLiteral("; PIN pad") : QStringLiteral("; no PIN pad");
        check.add(QStringLiteral("reader"), value);
    }
    return check;
}

QList<Check> cardsChecks(const CardDiagnostics& report)
{
    if (report.readers.service != pcsc::ServiceState::Running || report.readers.readers.isEmpty())
        return {notChecked(Layer::Card, QStringLiteral("no reader to look in"))};
    QList<Check> checks;
    for (const pcsc::ReaderState& reader : report.readers.readers) {
        if (!reader.cardPresent)
            continue;
        Check check;
        check.layer = Layer::Card;
        check.subject = reader.name;
        check.state = CheckState::Ok;
        check.add(QStringLiteral("atr"), QString::fromLatin1(reader.atr.toHex(' ').toUpper()));
        const auto use =
            std::find_if(report.cards.begin(), report.cards.end(),
                         [&](const CardUse& u) { return u.readerName == reader.name; });
        if (use == report.cards.end()) {
            check.add(QStringLiteral("profile"), report.profiles.value(reader.name));
            checks.append(check);
            continue;
        }
        check.add(QStringLiteral("profile"),
                  use->profileId.isEmpty() ? QStringLiteral("unknown") : use->profileId);
        if (!use->module.isEmpty())
            check.add(QStringLiteral("used-through"), use->module);
        for (const QString& path : use->missing)
            check.add(QStringLiteral("module-not-found"), path);
        if (!use->problemCode.isEmpty()) {
            check.state = CheckState::Failed;
            check.code = use->problemCode;
            check.add(QStringLiteral("modules-tried"), use->tried.join(QStringLiteral(", ")));
        }
        checks.append(check);
    }
    if (checks.isEmpty())
        checks.append(failed(Layer::Card, ErrorCode::NoCard)
                          .add(QStringLiteral("cards"), QStringLiteral("0")));
    return checks;
}

Check modulesCheck(const CardDiagnostics& report)
{
    Check check;
    check.layer = Layer::Modules;
    check.state = CheckState::Ok;
    if (report.moduleReports.isEmpty()) {
        // Nothing was tried, so nothing failed; what the system offers is still worth saying.
        check = notChecked(Layer::Modules, QStringLiteral("no card asked for a module yet"));
        for (const QString& registered : report.registeredModules)
            check.add(QStringLiteral("registered"), registered);
        return check;
    }
    for (const Pkcs11Backend::ModuleReport& module : report.moduleReports) {
        if (module.errorCode.isEmpty()) {
            check.add(QStringLiteral("loaded"),
                      module.path + QStringLiteral(" — ") + module.description);
            continue;
        }
        check.add(
            QStringLiteral("not-loaded"),
            QStringLiteral("%1 — %2 %3").arg(module.path, module.errorCode, module.errorDetail));
        // Absent files are expected (every platform's usual paths are tried); a file
        // that is there and cannot be used is worth a look.
        if (module.errorCode == QLatin1String(ErrorCode::ModuleInvalid) &&
            check.state == CheckState::Ok) {
            check.state = CheckState::Warning;
            check.code = module.errorCode;
        }
    }
    for (const QString& registered : report.registeredModules)
        check.add(QStringLiteral("registered"), registered);
    return check;
}

QString pinStateName(TokenPinState state)
{
    switch (state) {
    case TokenPinState::Ok:
        return QStringLiteral("ok");
    case TokenPinState::CountLow:
        return QStringLiteral("a wrong PIN was entered since the last right one");
    case TokenPinState::FinalTry:
        return QStringLiteral("final try");
    case TokenPinState::Locked:
        return QStringLiteral("blocked");
    }
    return {};
}

Check tokenCheck(const TokenStatus& token)
{
    Check check;
    check.layer = Layer::Token;
    check.subject = token.profileId.isEmpty()
                        ? (token.modulePath.isEmpty() ? QStringLiteral("simulated")
                                                      : token.modulePath.section(u'/', -1))
                        : token.profileId;
    check.state = CheckState::Ok;
    check.add(QStringLiteral("module"),
              token.modulePath.isEmpty() ? QStringLiteral("simulated token") : token.modulePath);
    if (!token.readerName.isEmpty())
        check.add(QStringLiteral("reader"), token.readerName);
    if (!token.manufacturer.isEmpty())
        check.add(QStringLiteral("manufacturer"), token.manufacturer);
    check.add(QStringLiteral("pin"), pinStateName(token.pinState));
    if (token.triesLeft >= 0)
        check.add(QStringLiteral("pin-tries-left"), QString::number(token.triesLeft));
    check.add(QStringLiteral("pin-pad"),
              token.pinPad ? QStringLiteral("yes") : QStringLiteral("no"));
    check.add(QStringLiteral("certificates"), QString::number(token.certificates.size()));
    if (token.pinState == TokenPinState::Locked) {
        check.state = CheckState::Failed;
        check.code = QLatin1String(ErrorCode::PinBlocked);
    } else if (token.pinState == TokenPinState::FinalTry) {
        check.state = CheckState::Warning;
    } else if (token.certificates.isEmpty()) {
        check.state = CheckState::Failed;
        check.code = QLatin1String(ErrorCode::KeyNotFound);
    }
    return check;
}

QString keyUsageText(const KeyUsage& usage)
{
    if (!usage.present)
        return QStringLiteral("(extension absent)");
    QStringList bits;
    if (usage.digitalSignature)
        bits << QStringLiteral("digitalSignature");
    if (usage.nonRepudiation)
        bits << QStringLiteral("nonRepudiation");
    if (usage.keyEncipherment)
        bits << QStringLiteral("keyEncipherment");
    if (usage.dataEncipherment)
        bits << QStringLiteral("dataEncipherment");
    if (usage.keyAgreement)
        bits << QStringLiteral("keyAgreement");
    if (usage.keyCertSign)
        bits << QStringLiteral("keyCertSign");
    if (usage.cRLSign)
        bits << QStringLiteral("cRLSign");
    return bits.join(QStringLiteral(", "));
}

Check certificateCheck(const TokenCertificate& certificate, const QDateTime& nowUtc)
{
    Check check;
    check.layer = Layer::Certificate;
    const Result<CertificateInfo> parsed = parseCertificate(certificate.der);
    if (!parsed) {
        check.state = CheckState::Failed;
        check.code = parsed.error().code();
        check.add(QStringLiteral("detail"), parsed.error().detail());
        return check;
    }
    const CertificateInfo& info = parsed.value();
    // Named by what it is for and who issued it; the holder is nobody's business here.
    check.subject = roleName(info.role);
    check.state = CheckState::Ok;
    check.add(QStringLiteral("holder-kind"),
              info.nationalNumber.isEmpty()
                  ? (info.organisation.isEmpty() ? QStringLiteral("person")
                                                 : QStringLiteral("person of an organisation"))
                  : QStringLiteral("resident with a national number"));
    check.add(QStringLiteral("issuer"), info.issuerCommonName);
    check.add(QStringLiteral("valid-from"), info.notBefore.toString(Qt::ISODate));
    check.add(QStringLiteral("valid-until"), info.notAfter.toString(Qt::ISODate));
    check.add(QStringLiteral("key"),
              QStringLiteral("%1 %2 bits")
                  .arg(certificate.keyType == TokenKeyType::Ec ? QStringLiteral("EC")
                                                               : QStringLiteral("RSA"))
                  .arg(certificate.keyBits));
    check.add(QStringLiteral("key-usage"), keyUsageText(info.keyUsage));
    check.add(QStringLiteral("qualified"),
              info.qcStatements.compliance ? QStringLiteral("yes") : QStringLiteral("no"));
    check.add(QStringLiteral("chain"),
              certificate.trust.isEmpty() ? QStringLiteral("trusted") : certificate.trust);
    // Revocation needs the issuers' OCSP responders, which come with long-term signatures.
    check.add(QStringLiteral("revocation"), QStringLiteral("not checked"));
    switch (validityAt(info, nowUtc)) {
    case Validity::Expired:
        check.state = CheckState::Failed;
        check.code = QLatin1String(ErrorCode::CertificateExpired);
        return check;
    case Validity::NotYetValid:
        check.state = CheckState::Failed;
        check.code = QLatin1String(ErrorCode::CertificateNotYetValid);
        return check;
    case Validity::Valid:
        break;
    }
    if (!certificate.trust.isEmpty() && certificate.trust != QLatin1String("unchecked")) {
        check.state = CheckState::Failed;
        check.code = certificate.trust;
    } else if (nowUtc.daysTo(info.notAfter) < ExpiryWarningDays) {
        check.state = CheckState::Warning;
        check.add(QStringLiteral("expires-in-days"), QString::number(nowUtc.daysTo(info.notAfter)));
    }
    return check;
}

} // namespace

QList<diagnosis::Check> cardChecks(const CardDiagnostics& report, const QDateTime& nowUtc)
{
    QList<Check> checks;
    checks << serviceCheck(report.readers) << readersCheck(report);
    checks << cardsChecks(report);
    checks << modulesCheck(report);
    const bool cardProblem = std::any_of(
        checks.begin(), checks.end(), [](const Check& c) { return c.state == CheckState::Failed; });
    if (report.tokens.isEmpty()) {
        checks << notChecked(Layer::Token, cardProblem ? QStringLiteral("a layer above failed")
                                                       : QStringLiteral("no token found"));
        checks << notChecked(Layer::Certificate, QStringLiteral("no token"));
        return checks;
    }
    for (const TokenStatus& token : report.tokens)
        checks << tokenCheck(token);
    for (const TokenStatus& token : report.tokens)
        for (const TokenCertificate& certificate : token.certificates)
            checks << certificateCheck(certificate, nowUtc);
    return checks;
}

diagnosis::Probe cardProbe(CardService& service)
{
    diagnosis::Probe probe;
    probe.layers = {Layer::PcscService, Layer::Readers, Layer::Card,
                    Layer::Modules,     Layer::Token,   Layer::Certificate};
    QPointer<CardService> guarded(&service);
    probe.start = [guarded]() -> QFuture<QList<Check>> {
        if (!guarded)
            return QtFuture::makeReadyFuture(QList<Check>{});
        return guarded->diagnostics().then([](const CardDiagnostics& report) {
            return cardChecks(report, QDateTime::currentDateTimeUtc());
        });
    };
    return probe;
}

} // namespace guichet
