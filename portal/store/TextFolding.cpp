#include "TextFolding.h"

namespace guichet::store {
namespace {

// Letters that decomposition leaves whole but people type as two letters or plain.
QString spelledOut(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: // ß
        return QStringLiteral("ss");
    case 0x00E6: // æ
        return QStringLiteral("ae");
    case 0x0153: // œ
        return QStringLiteral("oe");
    case 0x00F8: // ø
        return QStringLiteral("o");
    case 0x0142: // ł
        return QStringLiteral("l");
    case 0x0111: // đ
        return QStringLiteral("d");
    default:
        return {};
    }
}

} // namespace

QString foldForSearch(const QString& text)
{
    // Compatibility decomposition splits "é" into "e" + a combining accent (and
    // "ﬁ" into "fi"); the accents are then dropped.
    const QString decomposed = text.toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        const char16_t code = c.unicode();
        // ASCII first: most of a catalogue is, and asking Unicode's tables for each of
        // its letters was a tenth of writing one. Case folding already made it lower.
        const bool ascii = code < 0x80;
        const bool asciiLetterOrNumber =
            ascii && ((code >= u'a' && code <= u'z') || (code >= u'0' && code <= u'9') ||
                      (code >= u'A' && code <= u'Z'));
        if (!ascii &&
            (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing))
            continue;
        if (ascii ? !asciiLetterOrNumber : !c.isLetterOrNumber()) {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (pendingSpace) {
            folded.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        const QString replacement = ascii ? QString() : spelledOut(c);
        if (replacement.isEmpty())
            folded.append(c);
        else
            folded.append(replacement);
    }
    return folded;
}

QStringList searchWords(const QString& text)
{
    return foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace guichet::store
