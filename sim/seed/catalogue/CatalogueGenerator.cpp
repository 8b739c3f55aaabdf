#include "CatalogueGenerator.h"

#include "Actions.h"
#include "Administrations.h"
#include "Dice.h"
#include "FixedProcedures.h"
#include "GeneratedForms.h"
#include "KindTexts.h"
#include "Themes.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace guichet::sim::seed {

using namespace catalogue;

namespace {

constexpr int BusinessCount = 375;       // about a quarter of the catalogue
constexpr int PublicGeneratedCount = 12; // generated forms open without a card
constexpr int WithdrawnCount = 8;
constexpr qint64 TwoYears = 730LL * 24 * 3600;

const QString Prefix = QStringLiteral("proc-");

// The tables speak in readable slugs ("proc-apply-driving-licence"); the API's ids
// have the shapes of docs/api/portal.yaml ("P-CIT-APPLY-DRIVING-LICENCE", "F-...").
// The contract allows 60 characters after the prefix; a longer slug keeps its start
// and a short digest of the whole, so ids stay unique and stable.
QString fitted(const QString& slug)
{
    constexpr qsizetype Limit = 60;
    const QString upper = slug.toUpper();
    if (upper.size() <= Limit)
        return upper;
    const QString digest = QString::fromLatin1(
        QCryptographicHash::hash(upper.toUtf8(), QCryptographicHash::Sha256).toHex().left(6));
    return upper.left(Limit - 7) + u'-' + digest.toUpper();
}

QString contractProcedureId(const QString& slugId, bool business)
{
    return (business ? QStringLiteral("P-BUS-") : QStringLiteral("P-CIT-")) +
           fitted(slugId.mid(Prefix.size()));
}

QString contractFormId(const QString& formSlug)
{
    return QStringLiteral("F-") + fitted(formSlug);
}

// One procedure before it is written out in each language.
struct Entry
{
    QString id;
    const Theme* theme = nullptr;
    Kind kind = Kind::Certificate;
    const Subject* subject = nullptr;      // generated procedures
    const Action* action = nullptr;        // generated procedures
    const FixedProcedure* fixed = nullptr; // hand-written ones
    bool online = false;
    bool publicAccess = false;
    bool withdrawn = false;
    QString formId;
};

const Theme* themeBySlug(const QString& slug)
{
    for (const auto* list : {&citizenThemes(), &businessThemes()})
        for (const Theme& t : *list)
            if (QLatin1String(t.slug) == slug)
                return &t;
    return &citizenThemes().first();
}

QList<Entry> candidates(const QList<Theme>& themes, const QSet<QString>& taken)
{
    QList<Entry> list;
    QSet<QString> seen = taken;
    for (const Theme& theme : themes) {
        for (const Subject& subject : theme.subjects) {
            const QList<Action>& actions = actionsFor(subject.kind);
            const auto count = subject.actionLimit > 0
                                   ? std::min<qsizetype>(subject.actionLimit, actions.size())
                                   : actions.size();
            for (qsizetype i = 0; i < count; ++i) {
                Entry e;
                e.id = Prefix + QLatin1String(actions[i].slug) + QLatin1Char('-') +
                       slugOf(QString::fromUtf8(subject.en));
                if (seen.contains(e.id))
                    continue;
                seen.insert(e.id);
                e.theme = &theme;
                e.kind = subject.kind;
                e.subject = &subject;
                e.action = &actions[i];
                list.append(e);
            }
        }
    }
    return list;
}

// Which procedures exist, which are online, open without a card or withdrawn.
QList<Entry> chooseEntries(Dice& dice)
{
    QList<Entry> entries;
    QSet<QString> fixedIds;
    int fixedBusiness = 0;
    for (const FixedProcedure& f : fixedProcedures()) {
        Entry e;
        e.id = Prefix + QLatin1String(f.formId);
        e.theme = themeBySlug(QLatin1String(f.themeSlug));
        e.kind = f.kind;
        e.fixed = &f;
        e.online = true;
        e.publicAccess = f.publicAccess;
        e.formId = QLatin1String(f.formId);
        fixedIds.insert(e.id);
        fixedBusiness += f.business ? 1 : 0;
        entries.append(e);
    }

    QList<Entry> citizen = candidates(citizenThemes(), fixedIds);
    QList<Entry> business = candidates(businessThemes(), fixedIds);
    dice.shuffle(citizen);
    dice.shuffle(business);
    const qsizetype generated = ProcedureCount - entries.size();
    const qsizetype wantBusiness =
        std::min<qsizetype>(BusinessCount - fixedBusiness, business.size());
    const qsizetype wantCitizen = std::min(generated - wantBusiness, citizen.size());
    entries.append(citizen.mid(0, wantCitizen));
    // Tables too small for the citizen share: business entries make up the count.
    entries.append(business.mid(0, generated - wantCitizen));

    // Online forms: not for appointments; a dozen certificates open without a card.
    QList<qsizetype> eligible;
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (!entries[i].fixed && entries[i].kind != Kind::Service)
            eligible.append(i);
    dice.shuffle(eligible);
    const auto makeOnline = [&](Entry& e) {
        e.online = true;
        e.formId = QStringLiteral("gen-") + e.id.mid(Prefix.size());
    };
    const auto wanted = OnlineCount - fixedProcedures().size();
    qsizetype online = 0;
    for (const qsizetype i : eligible) {
        Entry& e = entries[i];
        if (online < PublicGeneratedCount && !e.theme->business && e.kind == Kind::Certificate) {
            e.publicAccess = true;
            makeOnline(e);
            ++online;
        }
    }
    for (const qsizetype i : eligible) {
        if (online == wanted)
            break;
        if (!entries[i].online) {
            makeOnline(entries[i]);
            ++online;
        }
    }

    QList<qsizetype> offline;
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (!entries[i].online)
            offline.append(i);
    dice.shuffle(offline);
    for (qsizetype i = 0; i < std::min<qsizetype>(WithdrawnCount, offline.size()); ++i)
        entries[offline[i]].withdrawn = true;

    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.id < b.id; });
    return entries;
}

QString dateInWords(const QDate& date, const QString& language)
{
    static const char* fr[] = {"janvier",   "février", "mars",     "avril",
                               "mai",       "juin",    "juillet",  "août",
                               "septembre", "octobre", "novembre", "décembre"};
    static const char* de[] = {"Januar", "Februar", "März",      "April",   "Mai",      "Juni",
                               "Juli",   "August",  "September", "Oktober", "November", "Dezember"};
    static const char* en[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};
    const int m = date.month() - 1;
    if (language == QLatin1String("fr"))
        return QStringLiteral("%1 %2 %3")
            .arg(date.day())
            .arg(QString::fromUtf8(fr[m]))
            .arg(date.year());
    if (language == QLatin1String("de"))
        return QStringLiteral("%1. %2 %3")
            .arg(date.day())
            .arg(QString::fromUtf8(de[m]))
            .arg(date.year());
    return QStringLiteral("%1 %2 %3").arg(date.day()).arg(QLatin1String(en[m])).arg(date.year());
}

// Everything the dice decide for one procedure, shared by its three languages.
struct Draw
{
    const Administration* administration;
    QDateTime updatedAt;
    int summary;
    int who;
    QList<int> themeConditions;
    int kindCondition;
    QList<int> prerequisites;
    QList<int> deadlines;
    QString fee; // empty = free
    int feeText;
    int days;
    int hours;
    QDate lawDate;
    int lawNumber;
    QDate regulationDate; // invalid = no regulation listed
    int regulationNumber;
};

QList<int> pickDistinct(Dice& dice, int available, int count)
{
    QList<int> all;
    for (int i = 0; i < available; ++i)
        all.append(i);
    dice.shuffle(all);
    all.resize(std::min(count, available));
    std::sort(all.begin(), all.end());
    return all;
}

const Administration* chooseAdministration(const Entry& e, Dice& dice)
{
    QString id = e.fixed ? QLatin1String(e.fixed->admin)
                         : (e.subject->admin ? QLatin1String(e.subject->admin)
                                             : QLatin1String(dice.pick(e.theme->administrations)));
    if (id == QLatin1String("commune"))
        return &administrations()[dice.pick(communeIndexes())];
    return &administration(id);
}

Draw draw(const Entry& e, const QDateTime& now, Dice& dice)
{
    const KindTexts& k = kindTexts(e.kind);
    Draw d{};
    d.administration = chooseAdministration(e, dice);
    d.updatedAt = now.toUTC().addSecs(-static_cast<qint64>(dice.next() % TwoYears));
    d.updatedAt.setTime(QTime(d.updatedAt.time().hour(), d.updatedAt.time().minute()));
    d.summary = dice.below(2);
    d.who = dice.below(2);
    d.themeConditions = pickDistinct(dice, 4, 1 + dice.below(2));
    d.kindCondition = dice.below(static_cast<int>(k.conditions.size()));
    d.prerequisites =
        pickDistinct(dice, static_cast<int>(k.prerequisites.size()), 2 + dice.below(2));
    d.deadlines = pickDistinct(dice, static_cast<int>(k.deadlines.size()), dice.below(3));
    if (!k.fees.isEmpty() && dice.chance(k.paidPercent))
        d.fee = QLatin1String(dice.pick(k.fees));
    d.feeText = dice.below(2);
    d.days = k.minDays + dice.below(k.maxDays - k.minDays + 1);
    d.hours = dice.below(4);
    d.lawDate = QDate(1990 + dice.below(34), 1 + dice.below(12), 1 + dice.below(28));
    d.lawNumber = 100 + dice.below(900);
    if (dice.chance(60)) {
        d.regulationDate = d.lawDate.addDays(30 + dice.below(700));
        d.regulationNumber = 100 + dice.below(900);
    }
    return d;
}

const Tri freeText[] = {
    {"La démarche est gratuite.", "Das Verfahren ist kostenlos.",
     "The procedure is free of charge."},
    {"Aucun frais n'est demandé.", "Es fallen keine Gebühren an.", "No fee is charged."}};
const Tri feeTexts[] = {
    {"Une taxe de %1 euros est due, payable par virement ou au guichet.",
     "Es wird eine Gebühr von %1 Euro erhoben, zahlbar per Überweisung oder am Schalter.",
     "A fee of EUR %1 is charged, payable by bank transfer or at the counter."},
    {"Un droit de chancellerie de %1 euros est à acquitter avant le dépôt de la demande.",
     "Eine Kanzleigebühr von %1 Euro ist vor der Antragstellung zu entrichten.",
     "A chancery fee of EUR %1 must be paid before applying."}};

QJsonObject costs(const Draw& d, const QString& language)
{
    if (d.fee.isEmpty())
        return {{QStringLiteral("free"), true},
                {QStringLiteral("description"), plain(freeText[d.feeText], language)}};
    // French and German write the decimal comma.
    QString shown = d.fee;
    if (language != QLatin1String("en"))
        shown.replace(QLatin1Char('.'), QLatin1Char(','));
    return {{QStringLiteral("free"), false},
            {QStringLiteral("amount"), d.fee},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("description"), plain(feeTexts[d.feeText], language).arg(shown)}};
}

QString processingTime(int days, const QString& language)
{
    const bool fr = language == QLatin1String("fr");
    const bool de = language == QLatin1String("de");
    if (days <= 10)
        return fr   ? QStringLiteral("%1 jours ouvrables").arg(days)
               : de ? QStringLiteral("%1 Arbeitstage").arg(days)
                    : QStringLiteral("%1 working days").arg(days);
    if (days <= 45) {
        const int weeks = (days + 6) / 7;
        return fr   ? QStringLiteral("Environ %1 semaines").arg(weeks)
               : de ? QStringLiteral("Etwa %1 Wochen").arg(weeks)
                    : QStringLiteral("About %1 weeks").arg(weeks);
    }
    const int months = (days + 15) / 30;
    return fr   ? QStringLiteral("%1 mois en moyenne").arg(months)
           : de ? QStringLiteral("Durchschnittlich %1 Monate").arg(months)
                : QStringLiteral("%1 months on average").arg(months);
}

QString eli(const char* kind, const QDate& date, int number)
{
    return QStringLiteral("https://legilux.public.lu/eli/etat/leg/%1/%2/%3/%4/a%5/jo")
        .arg(QLatin1String(kind))
        .arg(date.year())
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(number);
}

QJsonArray legalBasis(const Entry& e, const Draw& d, const QString& language)
{
    static const Tri law{"Loi modifiée du %1 %2", "Geändertes Gesetz vom %1 %2",
                         "Amended law of %1 %2"};
    static const Tri regulation{"Règlement grand-ducal du %1 %2",
                                "Großherzogliche Verordnung "
                                "vom %1 %2",
                                "Grand-ducal regulation of %1 %2"};
    const QString topic = plain(e.theme->lawTopic, language);
    QJsonArray list{QJsonObject{{QStringLiteral("title"),
                                 plain(law, language).arg(dateInWords(d.lawDate, language), topic)},
                                {QStringLiteral("url"), eli("loi", d.lawDate, d.lawNumber)}}};
    if (d.regulationDate.isValid())
        list.append(QJsonObject{
            {QStringLiteral("title"),
             plain(regulation, language).arg(dateInWords(d.regulationDate, language), topic)},
            {QStringLiteral("url"), eli("rgd", d.regulationDate, d.regulationNumber)}});
    return list;
}

QJsonArray texts(const QList<Tri>& pool, const QList<int>& picks, const QString& language)
{
    QJsonArray list;
    for (const int i : picks)
        list.append(plain(pool[i], language));
    return list;
}

// Online procedures say what is needed to sign in, or that nothing is.
const Tri genericPrerequisite{
    "Une carte d'identité luxembourgeoise (eID) ou un produit LuxTrust pour la démarche en ligne.",
    "Einen luxemburgischen Personalausweis (eID) oder ein LuxTrust-Produkt für das "
    "Online-Verfahren.",
    "A Luxembourg identity card (eID) or a LuxTrust product for the online procedure."};
const Tri publicPrerequisite{
    "Aucune carte n'est nécessaire : le formulaire en ligne est accessible sans authentification.",
    "Keine Karte erforderlich: Das Online-Formular ist ohne Authentifizierung zugänglich.",
    "No card is needed: the online form can be used without signing in."};

QJsonObject render(const Entry& e, const Draw& d, const QString& language)
{
    const KindTexts& k = kindTexts(e.kind);
    const QString title =
        e.fixed ? plain(e.fixed->title, language) : phrase(e.action->title, *e.subject, language);
    const QString summary = e.fixed ? plain(e.fixed->summary, language)
                                    : phrase(e.action->summaries[d.summary], *e.subject, language);
    QJsonArray conditions;
    for (const int i : d.themeConditions)
        conditions.append(plain(e.theme->conditions[i], language));
    conditions.append(plain(k.conditions[d.kindCondition], language));

    QJsonArray prerequisites = texts(k.prerequisites, d.prerequisites, language);
    if (e.online)
        prerequisites.append(
            plain(e.publicAccess ? publicPrerequisite : genericPrerequisite, language));

    const bool business = e.fixed ? e.fixed->business : e.theme->business;
    const QString url =
        QStringLiteral("https://guichet.public.lu/%1/%2/%3/%4.html")
            .arg(language, business ? QStringLiteral("entreprises") : QStringLiteral("citoyens"),
                 QLatin1String(e.theme->slug), e.id.mid(Prefix.size()));
    return {
        {QStringLiteral("id"), contractProcedureId(e.id, business)},
        {QStringLiteral("status"),
         e.withdrawn ? QStringLiteral("withdrawn") : QStringLiteral("published")},
        {QStringLiteral("audience"),
         business ? QStringLiteral("business") : QStringLiteral("citizen")},
        {QStringLiteral("title"), title},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("themes"),
         QJsonArray{plain(e.theme->name, language), plain(k.tag, language)}},
        {QStringLiteral("administration"), d.administration->reference(language)},
        {QStringLiteral("online"), e.online},
        {QStringLiteral("formId"),
         e.online ? QJsonValue(contractFormId(e.formId)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("authentication"),
         e.publicAccess ? QStringLiteral("none") : QStringLiteral("card")},
        {QStringLiteral("updatedAt"), d.updatedAt.toString(Qt::ISODate)},
        {QStringLiteral("url"), url},
        {QStringLiteral("who"), plain(e.theme->who[d.who], language)},
        {QStringLiteral("conditions"), conditions},
        {QStringLiteral("prerequisites"), prerequisites},
        {QStringLiteral("costs"), costs(d, language)},
        {QStringLiteral("contact"), d.administration->contact(language, d.hours)},
        {QStringLiteral("processingTime"), processingTime(d.days, language)},
        {QStringLiteral("deadlines"), texts(k.deadlines, d.deadlines, language)},
        {QStringLiteral("legalBasis"), legalBasis(e, d, language)},
    };
}

} // namespace

CatalogueSeed generateCatalogue(const QDateTime& now, quint32 seed)
{
    Dice dice(seed);
    const QList<Entry> entries = chooseEntries(dice);

    CatalogueSeed result;
    result.procedures.reserve(entries.size());
    for (const Entry& e : entries) {
        Dice own(seed, e.id);
        const Draw d = draw(e, now, own);
        Localised procedure;
        for (const QString& language : languages())
            procedure.insert(language, render(e, d, language));
        if (e.online && !e.fixed) {
            GeneratedFormInput form;
            form.formId = contractFormId(e.formId);
            form.procedureId =
                procedure.value(QStringLiteral("en")).value(QStringLiteral("id")).toString();
            form.procedure = procedure;
            form.business = e.theme->business;
            form.publicAccess = e.publicAccess;
            result.generatedForms.append(generatedForm(form, own));
        }
        result.procedures.append(procedure);
    }
    return result;
}

} // namespace guichet::sim::seed
