#include "Phrasing.h"

namespace guichet::sim::seed::catalogue {

namespace {

bool startsWithVowelSound(const QString& word)
{
    static const QString vowels = QStringLiteral("aeiouyhàâäéèêëîïôöûüAEIOUYHÉÈÊÎ");
    return !word.isEmpty() && vowels.contains(word.front());
}

QString englishIndefinite(const QString& noun)
{
    // "a European", "a unit", "a user": an initial vowel letter that sounds like "you".
    const bool youSound = noun.startsWith(QLatin1String("eu")) ||
                          noun.startsWith(QLatin1String("uni")) ||
                          noun.startsWith(QLatin1String("use"));
    const bool vowel = QStringLiteral("aeiou").contains(noun.front()) && !youSound;
    return (vowel ? QStringLiteral("an ") : QStringLiteral("a ")) + noun;
}

void fillEnglish(QString& text, const Subject& s)
{
    const QString noun = QString::fromUtf8(s.en);
    text.replace(QLatin1String("{a}"), s.enArticle ? englishIndefinite(noun) : noun);
    text.replace(QLatin1String("{the}"), s.enArticle ? QStringLiteral("the ") + noun : noun);
    text.replace(QLatin1String("{n}"), noun);
}

void fillFrench(QString& text, const Subject& s)
{
    const QString noun = QString::fromUtf8(s.fr);
    const bool feminine = s.frGender == 'f';
    const bool elided = startsWithVowelSound(noun);
    const auto pick = [&](const char* masculine, const char* feminineForm, const char* elidedForm) {
        return QString::fromUtf8(elided ? elidedForm : (feminine ? feminineForm : masculine)) +
               noun;
    };
    text.replace(QLatin1String("{un}"), QString::fromUtf8(feminine ? "une " : "un ") + noun);
    text.replace(QLatin1String("{dun}"), QString::fromUtf8(feminine ? "d'une " : "d'un ") + noun);
    text.replace(QLatin1String("{le}"), pick("le ", "la ", "l'"));
    text.replace(QLatin1String("{du}"), pick("du ", "de la ", "de l'"));
    text.replace(QLatin1String("{au}"), pick("au ", "à la ", "à l'"));
    text.replace(QLatin1String("{e}"), feminine ? QStringLiteral("e") : QString());
    text.replace(QLatin1String("{n}"), noun);
}

void fillGerman(QString& text, const Subject& s)
{
    const QString noun = QString::fromUtf8(s.de);
    const int g = s.deGender == 'm' ? 0 : (s.deGender == 'f' ? 1 : 2);
    const auto with = [&](const char* m, const char* f, const char* n) {
        const char* forms[] = {m, f, n};
        return QString::fromUtf8(forms[g]) + noun;
    };
    // Longer keys first: "{einem}" must not be taken for "{ein}".
    text.replace(QLatin1String("{einem}"), with("einem ", "einer ", "einem "));
    text.replace(QLatin1String("{ein}"), with("einen ", "eine ", "ein "));
    text.replace(QLatin1String("{der}"), with("der ", "die ", "das "));
    text.replace(QLatin1String("{den}"), with("den ", "die ", "das "));
    text.replace(QLatin1String("{dem}"), with("dem ", "der ", "dem "));
    text.replace(QLatin1String("{zum}"), with("zum ", "zur ", "zum "));
    text.replace(QLatin1String("{n}"), noun);
}

} // namespace

QString Tri::in(const QString& language) const
{
    if (language == QLatin1String("fr"))
        return QString::fromUtf8(fr);
    if (language == QLatin1String("de"))
        return QString::fromUtf8(de);
    return QString::fromUtf8(en);
}

QString plain(const Tri& text, const QString& language)
{
    return text.in(language);
}

QString phrase(const Tri& text, const Subject& subject, const QString& language)
{
    QString result = text.in(language);
    if (language == QLatin1String("fr"))
        fillFrench(result, subject);
    else if (language == QLatin1String("de"))
        fillGerman(result, subject);
    else
        fillEnglish(result, subject);
    if (!result.isEmpty())
        result[0] = result[0].toUpper();
    return result;
}

QString slugOf(const QString& text)
{
    // Decomposition turns "é" into "e" + accent; only ASCII letters and digits are kept.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    for (const QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slug += c;
        else if ((c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('\'')) &&
                 !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug;
}

} // namespace guichet::sim::seed::catalogue
