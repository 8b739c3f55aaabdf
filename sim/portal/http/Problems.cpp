#include "Problems.h"

#include <QHash>

namespace guichet::sim {
namespace {

struct Titles
{
    const char* fr;
    const char* de;
    const char* en;
};

// Short titles of docs/api/portal.yaml's code table. Kept here (not in the client's
// translation files) because they are the portal's own words.
const QHash<QString, Titles>& titles()
{
    static const QHash<QString, Titles> table{
        {"REQ-001", {"Requête mal formée", "Fehlerhafte Anfrage", "Malformed request body"}},
        {"REQ-002", {"Paramètre invalide", "Ungültiger Parameter", "Invalid parameter"}},
        {"REQ-003", {"Requête trop volumineuse", "Anfrage zu groß", "Request body too large"}},
        {"REQ-004",
         {"Type de contenu refusé", "Medientyp nicht unterstützt", "Media type not accepted"}},
        {"REQ-005", {"Curseur invalide", "Ungültiger Cursor", "Invalid cursor"}},
        {"REQ-006",
         {"Plage non satisfaisable", "Bereich nicht erfüllbar", "Range not satisfiable"}},
        {"AUTH-001", {"Certificat expiré", "Zertifikat abgelaufen", "Certificate expired"}},
        {"AUTH-002",
         {"Certificat pas encore valide", "Zertifikat noch nicht gültig",
          "Certificate not yet valid"}},
        {"AUTH-003",
         {"Certificat non prévu pour l'authentification",
          "Zertifikat nicht für die Anmeldung bestimmt", "Not an authentication certificate"}},
        {"AUTH-004",
         {"Certificat non reconnu", "Zertifikat nicht vertrauenswürdig",
          "Certificate not trusted"}},
        {"AUTH-005",
         {"Défi inconnu ou déjà utilisé", "Challenge unbekannt oder bereits verwendet",
          "Unknown or already used nonce"}},
        {"AUTH-006", {"Défi expiré", "Challenge abgelaufen", "Nonce expired"}},
        {"AUTH-007", {"Origine incorrecte", "Falscher Ursprung", "Wrong origin"}},
        {"AUTH-008", {"Signature invalide", "Signatur ungültig", "Signature does not verify"}},
        {"AUTH-009",
         {"Session expirée ou révoquée", "Sitzung abgelaufen oder widerrufen",
          "Token expired, revoked or unknown"}},
        {"AUTH-010",
         {"Authentification requise", "Anmeldung erforderlich", "Authentication required"}},
        {"AUTH-011",
         {"Algorithme non adapté à la clé", "Algorithmus passt nicht zum Schlüssel",
          "Algorithm does not fit the key"}},
        {"AUTH-012", {"Certificat révoqué", "Zertifikat widerrufen", "Certificate revoked"}},
        {"ACCESS-001",
         {"Accès à cet espace refusé", "Kein Zugriff auf diesen Bereich",
          "No access to this space"}},
        {"ACCESS-002", {"Rôle insuffisant", "Rolle reicht nicht aus", "Role does not allow this"}},
        {"RES-001", {"Ressource introuvable", "Ressource nicht gefunden", "Resource not found"}},
        {"RES-002",
         {"Opération impossible dans cet état", "In diesem Zustand nicht möglich",
          "Resource state forbids the operation"}},
        {"IDEM-001",
         {"Clé d'idempotence réutilisée", "Idempotenzschlüssel wiederverwendet",
          "Idempotency key reused with another request"}},
        {"IDEM-002",
         {"Requête déjà en cours", "Anfrage wird bereits bearbeitet",
          "Request still being processed"}},
        {"IDEM-003",
         {"Clé d'idempotence manquante", "Idempotenzschlüssel fehlt",
          "Idempotency key missing or malformed"}},
        {"FEED-001", {"Curseur trop ancien", "Cursor zu alt", "Change-feed cursor too old"}},
        {"DOC-001",
         {"Espace de stockage plein", "Speicherplatz erschöpft", "Storage quota exceeded"}},
        {"SUB-001", {"Signature non valable", "Ungültige Signatur", "Package signature not valid"}},
        {"SUB-002",
         {"Signé par une autre personne", "Von einer anderen Person signiert",
          "Signed by another person"}},
        {"SUB-003",
         {"Pièces jointes non conformes", "Anlagen passen nicht zum Manifest",
          "Attachments do not match the manifest"}},
        {"SUB-004",
         {"Version du formulaire expirée", "Formularversion abgelaufen",
          "Form version no longer accepted"}},
        {"SUB-005", {"Réponses invalides", "Ungültige Antworten", "Answers fail validation"}},
        {"SUB-006",
         {"Authentification par carte requise", "Anmeldung mit Karte erforderlich",
          "Procedure requires card authentication"}},
        {"SUB-007",
         {"Contenu différent du contenu signé", "Inhalt weicht vom signierten ab",
          "Submission differs from the signed one"}},
        {"SUB-008",
         {"Entreprise différente de celle de l'espace", "Anderes Unternehmen als das des Bereichs",
          "Submitted on behalf of another company than the space's"}},
        {"MSG-001", {"Conversation clôturée", "Unterhaltung geschlossen", "Thread closed"}},
        {"CONSENT-001",
         {"Consentement non prévu", "Einwilligung nicht vorgesehen",
          "Consent not asked by this form"}},
        {"CORR-001",
         {"Correction déjà en cours", "Korrektur bereits beantragt",
          "A correction is already pending"}},
        {"CORR-002",
         {"Donnée non corrigeable", "Angabe nicht korrigierbar", "Item cannot be corrected"}},
        {"SRC-001",
         {"Source authentique indisponible", "Authentische Quelle nicht verfügbar",
          "Authentic source unavailable"}},
        {"TSA-001",
         {"Demande d'horodatage invalide", "Ungültige Zeitstempelanfrage",
          "Time-stamp query malformed"}},
        {"RATE-001", {"Trop de requêtes", "Zu viele Anfragen", "Too many requests"}},
        {"SRV-001", {"Erreur interne", "Interner Fehler", "Internal error"}},
        {"SRV-002",
         {"Service momentanément indisponible", "Dienst vorübergehend nicht verfügbar",
          "Service unavailable"}},
    };
    return table;
}

} // namespace

QString problemTitle(const QString& code, const QString& language)
{
    const auto found = titles().constFind(code);
    if (found == titles().constEnd())
        return code;
    const char* text = language == QLatin1String("de")   ? found->de
                       : language == QLatin1String("en") ? found->en
                                                         : found->fr;
    return QString::fromUtf8(text);
}

ApiResponse problem(const ApiRequest& request, int status, const QString& code,
                    const QString& detail, const QJsonArray& errors)
{
    QJsonObject body{
        {QStringLiteral("type"), QStringLiteral("https://www.myguichet.lu/api/problems/") + code},
        {QStringLiteral("title"), problemTitle(code, request.language)},
        {QStringLiteral("status"), status},
        {QStringLiteral("code"), code}};
    if (!detail.isEmpty())
        body.insert(QStringLiteral("detail"), detail);
    if (!errors.isEmpty())
        body.insert(QStringLiteral("errors"), errors);
    if (!request.requestId.isEmpty())
        body.insert(QStringLiteral("instance"), QStringLiteral("urn:uuid:") + request.requestId);
    ApiResponse response = ApiResponse::json(status, body);
    response.withHeader("Cache-Control", "no-store");
    if (status == 429 || status == 503)
        response.withHeader("Retry-After", "1");
    return response;
}

QJsonObject fieldError(const QString& code, const QString& detail, const QString& parameter,
                       const QString& pointer)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("detail"), detail}};
    if (!parameter.isEmpty())
        error.insert(QStringLiteral("parameter"), parameter);
    if (!pointer.isEmpty())
        error.insert(QStringLiteral("pointer"), pointer);
    return error;
}

} // namespace guichet::sim
