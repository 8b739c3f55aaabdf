// Signing benchmark helper for tests/bench/pkcs11_sign.py (not a test).
//
//   bench_pkcs11_sign --module PATH --token LABEL --key-id HEX --pin PIN
//                     [--scheme pkcs1|pss|ecdsa] [--mode once|session|calls] [--count N]
//                     [--output FILE]
//
// once:    load the module, one Module::sign (login, sign, logout), exit.
// session: one login, then N signatures through a SigningSession.
// calls:   N Module::sign calls (each with its own login).
// Prints key=value lines: load-us, login-us (session), sign-us (comma-separated).
#include "Pkcs11Module.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <cstdio>
#include <cstring>
#include <map>
#include <string>

using namespace guichet;
using namespace guichet::pkcs11;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "bench_pkcs11_sign: %s\n", qPrintable(message));
    return 1;
}

qint64 microseconds(const QElapsedTimer& timer)
{
    return timer.nsecsElapsed() / 1000;
}

} // namespace

int main(int argc, char** argv)
{
    std::map<std::string, std::string> options{
        {"scheme", "pkcs1"}, {"mode", "once"}, {"count", "1"}};
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strncmp(argv[i], "--", 2) != 0)
            return fail(
                QStringLiteral("unexpected argument %1").arg(QString::fromLocal8Bit(argv[i])));
        options[argv[i] + 2] = argv[i + 1];
    }
    for (const char* required : {"module", "token", "key-id", "pin"}) {
        if (!options.count(required))
            return fail(QStringLiteral("--%1 is required").arg(QLatin1String(required)));
    }
    const std::string& pinText = options["pin"];
    const SecretBuffer pin = SecretBuffer::fromLatin1(pinText.data(), pinText.size(), 64);
    const QByteArray keyId = QByteArray::fromHex(QByteArray::fromStdString(options["key-id"]));
    const std::string& schemeName = options["scheme"];
    const SignatureScheme scheme = schemeName == "ecdsa" ? SignatureScheme::Ecdsa
                                   : schemeName == "pss" ? SignatureScheme::RsaPss
                                                         : SignatureScheme::RsaPkcs1v15;
    const std::string& mode = options["mode"];
    const int count = std::max(1, std::stoi(options["count"]));
    const QByteArray digest =
        QCryptographicHash::hash("Guichet Desktop benchmark", QCryptographicHash::Sha256);

    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<Module>> loaded =
        Module::load(QString::fromStdString(options["module"]));
    if (!loaded)
        return fail(loaded.error().detail());
    Module& module = *loaded.value();
    Result<QList<TokenInfo>> tokens = module.tokens();
    if (!tokens)
        return fail(tokens.error().detail());
    unsigned long slotId = 0;
    bool found = false;
    for (const TokenInfo& token : tokens.value()) {
        if (token.label == QString::fromStdString(options["token"])) {
            slotId = token.slotId;
            found = true;
        }
    }
    if (!found)
        return fail(
            QStringLiteral("no token labelled %1").arg(QString::fromStdString(options["token"])));
    std::printf("load-us=%lld\n", static_cast<long long>(microseconds(timer)));

    QStringList times;
    QByteArray signature;
    if (mode == "session") {
        timer.restart();
        Result<std::unique_ptr<SigningSession>> session = module.openSigningSession(slotId, pin);
        if (!session)
            return fail(session.error().detail());
        std::printf("login-us=%lld\n", static_cast<long long>(microseconds(timer)));
        for (int i = 0; i < count; ++i) {
            timer.restart();
            Result<QByteArray> result =
                session.value()->sign(keyId, scheme, HashAlgorithm::Sha256, digest, pin);
            const qint64 elapsed = microseconds(timer);
            if (!result)
                return fail(result.error().detail());
            times.append(QString::number(elapsed));
            signature = result.value();
        }
    } else {
        const int calls = mode == "calls" ? count : 1;
        for (int i = 0; i < calls; ++i) {
            timer.restart();
            Result<QByteArray> result =
                module.sign(slotId, keyId, scheme, HashAlgorithm::Sha256, digest, pin);
            const qint64 elapsed = microseconds(timer);
            if (!result)
                return fail(result.error().detail());
            times.append(QString::number(elapsed));
            signature = result.value();
        }
    }
    std::printf("sign-us=%s\n", qPrintable(times.join(QLatin1Char(','))));
    if (options.count("output")) {
        QFile out(QString::fromStdString(options["output"]));
        if (!out.open(QIODevice::WriteOnly) || out.write(signature) != signature.size())
            return fail(QStringLiteral("cannot write %1").arg(out.fileName()));
    }
    return 0;
}
