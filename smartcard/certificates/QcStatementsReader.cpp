#include "QcStatementsReader.h"

#include "CertificateOpenSsl.h"
#include "CertificatesLogging.h"

#include <openssl/asn1.h>
#include <openssl/objects.h>

#include <memory>

namespace guichet {
namespace {

struct SequenceDeleter
{
    void operator()(ASN1_SEQUENCE_ANY* sequence) const
    {
        sk_ASN1_TYPE_pop_free(sequence, ASN1_TYPE_free);
    }
};
using SequencePtr = std::unique_ptr<ASN1_SEQUENCE_ANY, SequenceDeleter>;

// Exactly one DER SEQUENCE, nothing after it; nullptr otherwise.
SequencePtr decodeSequence(const unsigned char* data, int length)
{
    if (!data || length <= 0)
        return {};
    const unsigned char* cursor = data;
    SequencePtr sequence(d2i_ASN1_SEQUENCE_ANY(nullptr, &cursor, length));
    if (!sequence || cursor != data + length)
        return {};
    return sequence;
}

// An element that is itself a SEQUENCE keeps its whole encoding, so it decodes the
// same way as the outer one.
SequencePtr decodeNested(const ASN1_TYPE* element)
{
    if (!element || element->type != V_ASN1_SEQUENCE)
        return {};
    const ASN1_STRING* encoding = element->value.sequence;
    return decodeSequence(ASN1_STRING_get0_data(encoding), ASN1_STRING_length(encoding));
}

// QcType's statementInfo: SEQUENCE OF OBJECT IDENTIFIER.
bool readTypes(const ASN1_SEQUENCE_ANY* statement, QStringList& types)
{
    if (sk_ASN1_TYPE_num(statement) < 2)
        return false;
    const SequencePtr list = decodeNested(sk_ASN1_TYPE_value(statement, 1));
    if (!list)
        return false;
    for (int i = 0; i < sk_ASN1_TYPE_num(list.get()); ++i) {
        const ASN1_TYPE* type = sk_ASN1_TYPE_value(list.get(), i);
        if (type->type != V_ASN1_OBJECT)
            return false;
        types << ossl::oidText(type->value.object);
    }
    return true;
}

bool decodeStatements(const ASN1_OCTET_STRING* value, QcStatements& result)
{
    const SequencePtr statements =
        decodeSequence(ASN1_STRING_get0_data(value), ASN1_STRING_length(value));
    if (!statements)
        return false;
    for (int i = 0; i < sk_ASN1_TYPE_num(statements.get()); ++i) {
        const SequencePtr statement = decodeNested(sk_ASN1_TYPE_value(statements.get(), i));
        if (!statement || sk_ASN1_TYPE_num(statement.get()) < 1)
            return false;
        const ASN1_TYPE* id = sk_ASN1_TYPE_value(statement.get(), 0);
        if (id->type != V_ASN1_OBJECT)
            return false;
        const QString oid = ossl::oidText(id->value.object);
        result.statementIds << oid;
        if (oid == QLatin1String(QcOid::Compliance))
            result.compliance = true;
        else if (oid == QLatin1String(QcOid::Sscd))
            result.sscd = true;
        else if (oid == QLatin1String(QcOid::Type) && !readTypes(statement.get(), result.types))
            return false;
    }
    return true;
}

} // namespace

QcStatements readQcStatements(const X509* certificate)
{
    QcStatements result;
    const ossl::Asn1ObjectPtr oid(OBJ_txt2obj(QcOid::Statements, 1));
    const int index = oid ? X509_get_ext_by_OBJ(certificate, oid.get(), -1) : -1;
    if (index < 0)
        return result;
    result.present = true;
    const ASN1_OCTET_STRING* value = X509_EXTENSION_get_data(X509_get_ext(certificate, index));
    if (!value || !decodeStatements(value, result)) {
        // A qualified claim we cannot read is no claim: report nothing rather than part.
        qCWarning(lcCertificates) << "qcStatements extension is not valid DER; ignored";
        result = QcStatements{};
        result.present = true;
        result.wellFormed = false;
    }
    return result;
}

} // namespace guichet
