#include "Personas.h"

#include "RoutineAccesses.h"
#include "SeedIds.h"
#include "SimplePdf.h"
#include "SpaceBuilder.h"

#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

// A large, regular space for performance tests of the store, the sync and the lists.
// Realism matters less than volume here, but everything still satisfies the contract.
namespace guichet::sim::seed {

namespace {

const QString kHolder = u"1985021412399"_s;

QString eventType(int index, int count)
{
    if (index == count - 1 && count >= 3)
        return u"decided"_s;
    return index % 2 == 1 ? u"in_processing"_s : u"information_requested"_s;
}

} // namespace

SpaceSeed bulkSpace(const QString& spaceId, const QDateTime& now, int documents, int dossiers,
                    int eventsPerDossier, int accessLogEntries)
{
    SpaceBuilder b(u"bulk/"_s + spaceId,
                   {{u"id"_s, spaceId},
                    {u"kind"_s, u"private"_s},
                    {u"displayName"_s, u"Espace de test volumineux"_s},
                    {u"role"_s, u"administrator"_s}},
                   now, u"fr"_s);
    const QStringList forms{u"residence-certificate"_s,
                            u"residential-parking-card"_s,
                            u"study-grant"_s,
                            u"energy-renovation-premium"_s,
                            u"birth-certificate-copy"_s,
                            u"cost-of-living-allowance"_s};

    // Dossier i was submitted i/4 days ago (at least a day), its events a few hours apart.
    for (int i = 0; i < dossiers; ++i) {
        const QDateTime submitted = b.past(1 + i / 4, 7 + i % 4, (i * 7) % 60);
        const QString formKey = forms.at(i % forms.size());
        const QString id = b.addDossier({100000 + i,
                                         formKey,
                                         u"1.0.0"_s,
                                         u"Demande n° %1"_s.arg(i + 1),
                                         u"BULK-%1"_s.arg(i + 1, 6, 10, QLatin1Char('0')),
                                         u"commune-esch"_s,
                                         submitted,
                                         u"Marie Schmit"_s,
                                         kHolder,
                                         {},
                                         {u"Dossier de test n° %1"_s.arg(i + 1)}});
        for (int e = 1; e < eventsPerDossier; ++e) {
            // Spread over the hours after submission, never past `now`.
            const QDateTime at = std::min(submitted.addSecs(e * 600), b.now().addSecs(-1));
            const QString type = eventType(e, eventsPerDossier);
            SpaceBuilder::EventSpec spec;
            spec.type = type;
            spec.at = at;
            if (type == QLatin1String("information_requested")) {
                spec.description = u"Merci de compléter le dossier (étape %1)."_s.arg(e);
                spec.dueDate = isoDate(at.addDays(14));
            } else if (type == QLatin1String("decided")) {
                spec.outcome = u"granted"_s;
                spec.decisionSummary = u"Demande accordée."_s;
            }
            b.addEvent(id, spec);
        }
    }

    // A few dozen distinct PDFs, reused: making and hashing 10,000 would dominate the time.
    constexpr int kDistinctContents = 64;
    QList<std::pair<QByteArray, QString>> contents;
    for (int k = 0; k < std::min(kDistinctContents, documents); ++k) {
        const QByteArray pdf = simplePdf(u"Document de test n° %1"_s.arg(k + 1),
                                         {u"Contenu de remplissage pour les tests de volume."_s});
        contents.append(
            {pdf, QString::fromLatin1(
                      QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex())});
    }
    for (int i = dossiers; i < documents; ++i) {
        const auto& [pdf, sha] = contents.at(i % kDistinctContents);
        b.addDocumentWithContent({u"bulk-%1"_s.arg(i), u"Document n° %1"_s.arg(i + 1),
                                  u"document-%1.pdf"_s.arg(i + 1), u"personal"_s, QString(),
                                  QString(), QString(), b.past(1 + i % 700, 8 + i % 10),
                                  QStringList()},
                                 pdf, sha);
    }

    addRoutineAccesses(b, {{u"rnpp-identity"_s, u"rnpp-address"_s, u"vehicles"_s,
                            u"driving-licence"_s, u"cadastre"_s},
                           u"commune-esch"_s,
                           accessLogEntries,
                           b.past(730, 0),
                           b.past(1, 0),
                           0xB01C});
    return b.finish();
}

} // namespace guichet::sim::seed
