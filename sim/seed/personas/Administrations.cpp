#include "Administrations.h"

#include <QHash>

namespace guichet::sim::seed {

namespace {

struct Entry
{
    const char* name;
    const char* email;
};

const QHash<QString, Entry>& table()
{
    static const QHash<QString, Entry> entries{
        {QStringLiteral("ctie"),
         {"Centre des technologies de l'information de l'État", "rnpp@ctie.etat.lu"}},
        {QStringLiteral("cns"), {"Caisse nationale de santé", "info@cns.etat.lu"}},
        {QStringLiteral("ccss"), {"Centre commun de la sécurité sociale", "contact@ccss.etat.lu"}},
        {QStringLiteral("police"), {"Police grand-ducale", "info@police.etat.lu"}},
        {QStringLiteral("snca"),
         {"Société nationale de circulation automobile", "immatriculation@snca.etat.lu"}},
        {QStringLiteral("adem"), {"Agence pour le développement de l'emploi", "info@adem.etat.lu"}},
        {QStringLiteral("commune-esch"),
         {"Administration communale d'Esch-sur-Alzette", "population@esch.commune.lu"}},
        {QStringLiteral("commune-luxembourg"), {"Ville de Luxembourg", "etatcivil@vdl.commune.lu"}},
        {QStringLiteral("commune-strassen"),
         {"Administration communale de Strassen", "population@strassen.commune.lu"}},
        {QStringLiteral("acd"),
         {"Administration des contributions directes", "guichet@acd.etat.lu"}},
        {QStringLiteral("aed"),
         {"Administration de l'enregistrement, des domaines et de la TVA", "tva@aed.etat.lu"}},
        {QStringLiteral("cedies"),
         {"Centre de documentation et d'information sur l'enseignement supérieur",
          "aidefi@cedies.etat.lu"}},
        {QStringLiteral("casier"),
         {"Parquet général - Service du casier judiciaire", "casier@justice.etat.lu"}},
        {QStringLiteral("act"),
         {"Administration du cadastre et de la topographie", "cadastre@act.etat.lu"}},
        {QStringLiteral("mmtp"),
         {"Ministère de la Mobilité et des Travaux publics - Permis de conduire",
          "permis@mt.etat.lu"}},
        {QStringLiteral("fns"), {"Fonds national de solidarité", "avc@fns.etat.lu"}},
        {QStringLiteral("aev"), {"Administration de l'environnement", "klimabonus@aev.etat.lu"}},
        {QStringLiteral("logement"), {"Ministère du Logement", "aides@ml.etat.lu"}},
        {QStringLiteral("cae"), {"Caisse pour l'avenir des enfants", "info@cae.etat.lu"}},
        {QStringLiteral("guichet-entreprises"),
         {"Ministère de l'Économie - Direction générale des classes moyennes",
          "autorisations@eco.etat.lu"}},
        {QStringLiteral("menje"),
         {"Ministère de l'Éducation nationale, de l'Enfance et de la Jeunesse",
          "agrement@men.etat.lu"}},
        {QStringLiteral("lbr"), {"Luxembourg Business Registers", "rcs@lbr.etat.lu"}},
        {QStringLiteral("itm"), {"Inspection du travail et des mines", "contact@itm.etat.lu"}},
        {QStringLiteral("statec"),
         {"Institut national de la statistique et des études économiques", "info@statec.etat.lu"}},
    };
    return entries;
}

} // namespace

QJsonObject administration(const QString& id)
{
    // Built once per id: bulk spaces ask for the same few objects thousands of times.
    static const QHash<QString, QJsonObject> refs = [] {
        QHash<QString, QJsonObject> built;
        for (auto it = table().cbegin(); it != table().cend(); ++it)
            built.insert(it.key(), {{QStringLiteral("id"), it.key()},
                                    {QStringLiteral("name"), QString::fromUtf8(it->name)}});
        return built;
    }();
    const auto it = refs.constFind(id);
    Q_ASSERT_X(it != refs.cend(), "administration", qPrintable(id));
    return it == refs.cend() ? QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), id}}
                             : *it;
}

QString administrationEmail(const QString& id)
{
    const auto it = table().constFind(id);
    return it == table().cend() ? QStringLiteral("info@guichet.etat.lu")
                                : QString::fromUtf8(it->email);
}

} // namespace guichet::sim::seed
