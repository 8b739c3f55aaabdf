#pragma once

#include "Page.h"
#include "ShellContext.h"

class QLabel;

namespace guichet {

// Sign in, when this run has no portal to sign in to: why, and the way out.
class NoPortalSignInPage : public Page
{
    Q_OBJECT

public:
    explicit NoPortalSignInPage(const ShellContext& context, QWidget* parent = nullptr);

    [[nodiscard]] QString pageId() const override { return QStringLiteral("signin"); }
    [[nodiscard]] QString title() const override;

protected:
    void retranslate() override;

private:
    QLabel* m_heading = nullptr;
};

} // namespace guichet
