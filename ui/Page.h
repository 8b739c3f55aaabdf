#pragma once

#include <QWidget>

namespace guichet {

// A page of the main window. The sidebar shows title(); a page re-translates its
// texts in retranslate(), which runs once at construction and on every language change.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(QWidget* parent = nullptr);

    // Stable identifier, used for screenshots and tests.
    [[nodiscard]] virtual QString pageId() const = 0;
    [[nodiscard]] virtual QString title() const = 0;
    // True while the page is still preparing what it shows in the background (a long
    // list being read); screenshots wait for it to end.
    [[nodiscard]] virtual bool isBusy() const { return false; }

Q_SIGNALS:
    void titleChanged();

protected:
    virtual void retranslate() = 0;
    // Paints again what the page colours itself, after the look changed (light, dark,
    // high contrast); the palette's colours follow by themselves.
    virtual void applyLook() {}
    void changeEvent(QEvent* event) override;
};

} // namespace guichet
