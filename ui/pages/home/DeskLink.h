#pragma once

#include <QString>

class QCommandLinkButton;
class QWidget;

// The links of Home: a command link (the platform's "go there" button, with a line of
// explanation under it), safe for text from the portal.
namespace guichet::DeskLink {

// text may come from the portal: an '&' stays an '&' (no mnemonic), and very long
// words are given break opportunities so that a 300-character name without spaces
// wraps instead of pushing the page wider than the window.
[[nodiscard]] QCommandLinkButton* create(const QString& text, const QString& detail,
                                         QWidget* parent);
void setTexts(QCommandLinkButton* link, const QString& text, const QString& detail);

} // namespace guichet::DeskLink
