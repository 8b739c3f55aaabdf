#include "TextLocaliser.h"

#include "SeedTypes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace guichet::sim::seed {

namespace {

QString memberPath(const QString& parent, const QString& key)
{
    return parent + QLatin1Char('.') + key;
}

QString indexPath(const QString& parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// Checks the whole text, not just the language asked for, so that a missing German
// sentence is caught even by a run that only ever asks for French.
LocalisedJson pickLanguage(const QJsonObject& text, const QString& language, const QString& path)
{
    for (auto it = text.begin(); it != text.end(); ++it) {
        if (!languages().contains(it.key()))
            return {{},
                    QStringLiteral("%1: unexpected member \"%2\" in a text").arg(path, it.key())};
    }
    for (const QString& code : languages()) {
        const QJsonValue translation = text.value(code);
        if (translation.isUndefined())
            return {{}, QStringLiteral("%1: no \"%2\" text").arg(path, code)};
        if (!translation.isString() || translation.toString().trimmed().isEmpty())
            return {{},
                    QStringLiteral("%1: the \"%2\" text is empty or not a string").arg(path, code)};
    }
    if (!languages().contains(language))
        return {{}, QStringLiteral("%1: unknown language \"%2\"").arg(path, language)};
    return {text.value(language), {}};
}

LocalisedJson localiseAt(const QJsonValue& value, const QString& language, const QString& path)
{
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        QJsonArray result;
        for (qsizetype i = 0; i < items.size(); ++i) {
            LocalisedJson item = localiseAt(items.at(i), language, indexPath(path, i));
            if (!item.ok())
                return item;
            result.append(item.value);
        }
        return {result, {}};
    }
    if (!value.isObject())
        return {value, {}};

    const QJsonObject object = value.toObject();
    if (isLanguageText(object))
        return pickLanguage(object, language, path);
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        LocalisedJson member = localiseAt(it.value(), language, memberPath(path, it.key()));
        if (!member.ok())
            return member;
        result.insert(it.key(), member.value);
    }
    return {result, {}};
}

} // namespace

bool isLanguageText(const QJsonObject& object)
{
    for (const QString& code : languages()) {
        if (object.contains(code))
            return true;
    }
    return false;
}

LocalisedJson localiseJson(const QJsonValue& value, const QString& language)
{
    return localiseAt(value, language, QStringLiteral("$"));
}

} // namespace guichet::sim::seed
