#pragma once

#include "Error.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace guichet {

// Says in plain words why this run talks to no portal (none configured, a wrong
// address, an unreadable certificate file), with the code and what to do, and offers
// to start the demo instead. Shown on Home and in place of the Sign in page.
class NoPortalPanel : public QWidget
{
    Q_OBJECT

public:
    // startDemo may be empty: then the button is not shown.
    NoPortalPanel(Error problem, std::function<void()> startDemo, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Error m_problem;
    std::function<void()> m_startDemo;
    QLabel* m_message = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_demo = nullptr;
};

} // namespace guichet
