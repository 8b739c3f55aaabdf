#include "FormLabels.h"

#include "appearance/Look.h"
#include <QLabel>

namespace guichet::FormLabels {
namespace {

// A word-wrapped label remembers its height for the last widths it was asked about.
// Box layouts nested inside each other ask every label for its height at several
// widths, again for each level; with a few hundred fields that was most of the time
// a form took to appear (the 300-field benchmark, tests/bench/forms.py).
class WrappedLabel : public QLabel
{
public:
    using QLabel::QLabel;

    int heightForWidth(int width) const override
    {
        if (m_text != text() || m_font != font()) {
            m_heights.clear();
            m_text = text();
            m_font = font();
        }
        for (const auto& [w, h] : m_heights)
            if (w == width)
                return h;
        const int height = QLabel::heightForWidth(width);
        if (m_heights.size() >= 8)
            m_heights.removeFirst();
        m_heights.append({width, height});
        return height;
    }

private:
    mutable QString m_text;
    mutable QFont m_font;
    mutable QList<std::pair<int, int>> m_heights;
};

// A validation message: in the look's problem colour (dark red on light, light red on
// dark, yellow in high contrast), painted again when the look changes. The words carry
// the meaning; the colour only helps.
class ProblemLabel final : public WrappedLabel
{
public:
    explicit ProblemLabel(QWidget* parent) : WrappedLabel(parent)
    {
        appearance::followLook(this, &ProblemLabel::applyLook);
    }

private:
    void applyLook()
    {
        QPalette colours = palette();
        colours.setColor(QPalette::WindowText,
                         appearance::coloursOf(appearance::currentLook()).problemText);
        setPalette(colours);
    }
};

void configurePlain(QLabel* label)
{
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
}

QLabel* plain(QWidget* parent)
{
    auto* label = new WrappedLabel(parent);
    configurePlain(label);
    return label;
}

QLabel* smaller(QWidget* parent)
{
    QLabel* label = plain(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    return label;
}

} // namespace

QLabel* fieldLabel(QWidget* parent)
{
    QLabel* label = plain(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* help(QWidget* parent)
{
    QLabel* label = smaller(parent);
    label->hide();
    return label;
}

QLabel* message(QWidget* parent)
{
    QLabel* label = new ProblemLabel(parent);
    configurePlain(label);
    label->hide();
    return label;
}

QLabel* provenance(QWidget* parent)
{
    QLabel* label = smaller(parent);
    // Italic rather than grey: light grey text is hard to read for many.
    QFont font = label->font();
    font.setItalic(true);
    label->setFont(font);
    label->hide();
    return label;
}

} // namespace guichet::FormLabels
