#include "FormLabels.h"

#include <QLabel>

namespace guichet::FormLabels {
namespace {

// A word-wrapped label remembers its height for the last widths it was asked about.
// Box layouts nested inside each other ask every label for its height at several
// widths, again for each level; with a few hundred fields that was most of the time
// a form took to appear (the 300-field benchmark, tests/bench/forms.py).
class WrappedLabel final : public QLabel
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

QLabel* plain(QWidget* parent)
{
    auto* label = new WrappedLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
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
    QLabel* label = plain(parent);
    // A dark red that keeps a 7:1 contrast on white; the words carry the meaning,
    // the colour only helps.
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xa3, 0x00, 0x1b));
    label->setPalette(palette);
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
