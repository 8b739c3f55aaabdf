#include "Look.h"

namespace guichet::appearance {

namespace {

QColor hex(const char* name)
{
    return QColor(QLatin1String(name));
}

// The roles a palette sets, for the active and inactive groups alike.
struct PaletteColours
{
    const char* window;
    const char* windowText;
    const char* base;
    const char* alternateBase;
    const char* text;
    const char* button;
    const char* buttonText;
    const char* highlight;
    const char* highlightedText;
    const char* link;
    const char* linkVisited;
    const char* toolTipBase;
    const char* toolTipText;
    const char* placeholder;
    const char* disabledText; // dimmer than text, still readable
    const char* light;        // Fusion draws frames and bevels from these four
    const char* midlight;
    const char* mid;
    const char* dark;
    const char* shadow;
};

QPalette build(const PaletteColours& c)
{
    QPalette palette;
    for (const QPalette::ColorGroup group :
         {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        palette.setColor(group, QPalette::Window, hex(c.window));
        palette.setColor(group, QPalette::WindowText,
                         hex(disabled ? c.disabledText : c.windowText));
        palette.setColor(group, QPalette::Base, hex(c.base));
        palette.setColor(group, QPalette::AlternateBase, hex(c.alternateBase));
        palette.setColor(group, QPalette::Text, hex(disabled ? c.disabledText : c.text));
        palette.setColor(group, QPalette::Button, hex(c.button));
        palette.setColor(group, QPalette::ButtonText,
                         hex(disabled ? c.disabledText : c.buttonText));
        palette.setColor(group, QPalette::BrightText, hex(c.highlightedText));
        palette.setColor(group, QPalette::Highlight, hex(c.highlight));
        palette.setColor(group, QPalette::HighlightedText, hex(c.highlightedText));
        palette.setColor(group, QPalette::Link, hex(c.link));
        palette.setColor(group, QPalette::LinkVisited, hex(c.linkVisited));
        palette.setColor(group, QPalette::ToolTipBase, hex(c.toolTipBase));
        palette.setColor(group, QPalette::ToolTipText, hex(c.toolTipText));
        palette.setColor(group, QPalette::PlaceholderText, hex(c.placeholder));
        palette.setColor(group, QPalette::Light, hex(c.light));
        palette.setColor(group, QPalette::Midlight, hex(c.midlight));
        palette.setColor(group, QPalette::Mid, hex(c.mid));
        palette.setColor(group, QPalette::Dark, hex(c.dark));
        palette.setColor(group, QPalette::Shadow, hex(c.shadow));
    }
    return palette;
}

// Fusion's light palette, with a darker selection (white on Fusion's #308cc6 is 3.6:1)
// and readable placeholder and disabled texts.
const PaletteColours LightPalette{"#efefef", "#000000", "#ffffff", "#f5f5f5", "#000000",
                                  "#efefef", "#000000", "#0b62a4", "#ffffff", "#0645ad",
                                  "#5a2d91", "#ffffdc", "#000000", "#646464", "#6e6e6e",
                                  "#ffffff", "#cacaca", "#b8b8b8", "#767676", "#5a5a5a"};

const PaletteColours DarkPalette{"#202124", "#e8eaed", "#2b2c2f", "#323336", "#e8eaed",
                                 "#303134", "#e8eaed", "#8ab4f8", "#202124", "#8ab4f8",
                                 "#c58af9", "#3c4043", "#e8eaed", "#a8adb3", "#9aa0a6",
                                 "#5f6368", "#4a4d51", "#3c4043", "#8e939a", "#000000"};

// White on black with yellow for what is selected or a link, as the high-contrast
// themes of Windows and GNOME do; every frame is white.
const PaletteColours HighContrastPalette{"#000000", "#ffffff", "#000000", "#000000", "#ffffff",
                                         "#000000", "#ffffff", "#ffff00", "#000000", "#ffff00",
                                         "#ffb3ff", "#000000", "#ffffff", "#d0d0d0", "#c0c0c0",
                                         "#ffffff", "#ffffff", "#ffffff", "#ffffff", "#ffffff"};

LookColours lightColours()
{
    LookColours c;
    c.navigation = {hex("#ffffff"), hex("#00304a")};
    // Dark on pale: white on a blue that stands out from the navigation's would be
    // below 4.5:1 (white on the former #00a3e0 was 2.9:1).
    c.navigationSelected = {hex("#00304a"), hex("#d4ecf9")};
    c.notice = {hex("#1a1a1a"), hex("#fff4e5")};
    c.noticeBorder = hex("#8a5a00");
    c.problemText = hex("#a3001b");
    c.readyText = hex("#1b5e20");
    c.attentionText = hex("#8a4b00");
    c.received = {hex("#0d47a1"), hex("#e3f2fd")};
    c.inProcessing = {hex("#6d3a00"), hex("#fff3e0")};
    c.informationRequested = {hex("#9a1212"), hex("#ffebee")};
    c.decided = {hex("#1b5e20"), hex("#e8f5e9")};
    c.otherStatus = {hex("#37474f"), hex("#eceff1")};
    return c;
}

LookColours darkColours()
{
    LookColours c;
    c.navigation = {hex("#e8eaed"), hex("#111417")};
    c.navigationSelected = {hex("#111417"), hex("#8ab4f8")};
    c.notice = {hex("#fde7b0"), hex("#3d2e00")};
    c.noticeBorder = hex("#f0b429");
    c.problemText = hex("#ff8a80");
    c.readyText = hex("#81c784");
    c.attentionText = hex("#ffb74d");
    c.received = {hex("#bbdefb"), hex("#0d2a4a")};
    c.inProcessing = {hex("#ffe0b2"), hex("#3e2400")};
    c.informationRequested = {hex("#ffcdd2"), hex("#4a1010")};
    c.decided = {hex("#c8e6c9"), hex("#12301a")};
    c.otherStatus = {hex("#eceff1"), hex("#2e3a40")};
    return c;
}

LookColours highContrastColours()
{
    LookColours c;
    const ColourPair plain{hex("#ffffff"), hex("#000000")};
    c.navigation = plain;
    c.navigationSelected = {hex("#000000"), hex("#ffff00")};
    c.notice = plain;
    c.noticeBorder = hex("#ffff00");
    c.problemText = hex("#ffff00");
    c.readyText = hex("#ffffff");
    c.attentionText = hex("#ffff00");
    c.received = plain;
    c.inProcessing = plain;
    c.informationRequested = {hex("#ffff00"), hex("#000000")};
    c.decided = plain;
    c.otherStatus = plain;
    c.borderWidth = 2;
    return c;
}

Look g_current = Look::Light;

} // namespace

const LookColours& coloursOf(Look look)
{
    static const LookColours light = lightColours();
    static const LookColours dark = darkColours();
    static const LookColours highContrast = highContrastColours();
    switch (look) {
    case Look::Dark:
        return dark;
    case Look::HighContrast:
        return highContrast;
    case Look::Light:
        break;
    }
    return light;
}

QPalette paletteOf(Look look)
{
    switch (look) {
    case Look::Dark:
        return build(DarkPalette);
    case Look::HighContrast:
        return build(HighContrastPalette);
    case Look::Light:
        break;
    }
    return build(LightPalette);
}

Look currentLook()
{
    return g_current;
}

void setCurrentLook(Look look)
{
    if (look == g_current)
        return;
    g_current = look;
    Q_EMIT LookNotifier::instance().lookChanged(look);
}

LookNotifier& LookNotifier::instance()
{
    static LookNotifier notifier;
    return notifier;
}

QString lookName(Look look)
{
    switch (look) {
    case Look::Dark:
        return QStringLiteral("dark");
    case Look::HighContrast:
        return QStringLiteral("high-contrast");
    case Look::Light:
        break;
    }
    return QStringLiteral("light");
}

std::optional<Look> lookFromName(const QString& name)
{
    for (const Look look : {Look::Light, Look::Dark, Look::HighContrast})
        if (name == lookName(look))
            return look;
    return std::nullopt;
}

} // namespace guichet::appearance
