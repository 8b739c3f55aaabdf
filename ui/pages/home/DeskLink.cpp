#include "DeskLink.h"

#include <QCommandLinkButton>
#include <QSizePolicy>

namespace guichet::DeskLink {
namespace {

// A zero-width space every this many characters of an unbroken word.
constexpr int LongestUnbrokenRun = 30;

QString breakable(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / LongestUnbrokenRun);
    int run = 0;
    for (const QChar c : text) {
        run = c.isSpace() ? 0 : run + 1;
        if (run > LongestUnbrokenRun) {
            out += QChar(0x200B);
            run = 1;
        }
        out += c;
    }
    return out;
}

} // namespace

QCommandLinkButton* create(const QString& text, const QString& detail, QWidget* parent)
{
    auto* link = new QCommandLinkButton(parent);
    // As wide as the page gives, as tall as the wrapped text needs.
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred, QSizePolicy::PushButton);
    policy.setHeightForWidth(true);
    link->setSizePolicy(policy);
    setTexts(link, text, detail);
    return link;
}

void setTexts(QCommandLinkButton* link, const QString& text, const QString& detail)
{
    QString shown = breakable(text);
    shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
    link->setText(shown);
    link->setDescription(breakable(detail));
    // Screen readers read the name and the description; without the zero-width spaces.
    link->setAccessibleName(text);
    link->setAccessibleDescription(detail);
}

} // namespace guichet::DeskLink
