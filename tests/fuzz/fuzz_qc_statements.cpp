// Feeds: the bytes as the value of a qcStatements extension (1.3.6.1.5.5.7.1.3) of an
// otherwise empty certificate, to readQcStatements. Why: a certificate's claim to be
// qualified (QcCompliance, QcSSCD, QcType) decides whether a signature counts as
// qualified; the reader decodes the statements as DER itself, with nested SEQUENCEs
// whose lengths come from the card. Fuzzing the extension alone reaches that code
// directly instead of through a whole certificate that the fuzzer would rarely keep
// valid.
#include "FuzzSupport.h"
#include "QcStatementsReader.h"

#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace guichet;

namespace {

template <auto FreeFunction>
struct Deleter
{
    template <typename T>
    void operator()(T* object) const
    {
        FreeFunction(object);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::quietQtMessages();
    const std::unique_ptr<X509, Deleter<X509_free>> certificate(X509_new());
    const std::unique_ptr<ASN1_OBJECT, Deleter<ASN1_OBJECT_free>> oid(
        OBJ_txt2obj(QcOid::Statements, 1));
    const std::unique_ptr<ASN1_OCTET_STRING, Deleter<ASN1_OCTET_STRING_free>> value(
        ASN1_OCTET_STRING_new());
    fuzz::check(certificate && oid && value, "OpenSSL allocations");
    fuzz::check(ASN1_OCTET_STRING_set(value.get(), data, int(size)) == 1, "extension value set");
    const std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>> extension(
        X509_EXTENSION_create_by_OBJ(nullptr, oid.get(), 0, value.get()));
    fuzz::check(extension && X509_add_ext(certificate.get(), extension.get(), -1) == 1,
                "extension added");

    const QcStatements statements = readQcStatements(certificate.get());
    fuzz::check(statements.present, "the extension is seen");
    if (!statements.wellFormed)
        fuzz::check(statements.statementIds.isEmpty() && statements.types.isEmpty() &&
                        !statements.compliance && !statements.sscd,
                    "statements that cannot be read claim nothing");
    if (statements.compliance)
        fuzz::check(statements.statementIds.contains(QLatin1String(QcOid::Compliance)),
                    "QcCompliance is claimed only when its statement is there");
    if (!statements.types.isEmpty())
        fuzz::check(statements.statementIds.contains(QLatin1String(QcOid::Type)),
                    "types come from a QcType statement");
    return 0;
}
