#pragma once

#include "Page.h"
#include "ShellContext.h"

class QFormLayout;
class QLabel;

namespace guichet {

// What the application is and the state it is in right now.
class HomePage : public Page
{
    Q_OBJECT

public:
    explicit HomePage(const ShellContext& context, QWidget* parent = nullptr);

    [[nodiscard]] QString pageId() const override { return QStringLiteral("home"); }
    [[nodiscard]] QString title() const override;

protected:
    void retranslate() override;

private:
    const ShellContext& m_context;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_stateHeading = nullptr;
    QFormLayout* m_state = nullptr;
    QLabel* m_version = nullptr;
    QLabel* m_language = nullptr;
    QLabel* m_today = nullptr;
    QLabel* m_dataFolder = nullptr;
    QLabel* m_logFile = nullptr;
};

} // namespace guichet
