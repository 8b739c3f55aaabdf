#pragma once

#include "Error.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace guichet {

// A dismissable bar at the top of the window that explains an error in plain
// words: what happened, what to do, and the code to give the help desk. It is
// used for problems the user should know about but that do not stop the work.
class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    explicit NoticeBar(QWidget* parent = nullptr);

    void showError(const Error& error);
    [[nodiscard]] const Error& error() const { return m_error; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyLook();

    Error m_error;
    QLabel* m_message = nullptr;
    QLabel* m_whatToDo = nullptr;
    QLabel* m_code = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace guichet
