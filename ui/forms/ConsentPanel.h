#pragma once

#include "Error.h"
#include "FormModel.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

namespace guichet::forms {
class FormGateway;
}

namespace guichet {

// Asks for a consent the portal needs before it can fetch data for some fields, above
// those fields: who asks (the administration), from which source, and for what
// purpose, before any button. "I agree" records the consent on the portal; the page
// then fetches the data. "Not now" leaves the fields empty and the question open.
class ConsentPanel : public QFrame
{
    Q_OBJECT

public:
    ConsentPanel(forms::ConsentNeeded consent, QString formId, forms::FormGateway* gateway,
                 QWidget* parent = nullptr);

    [[nodiscard]] const forms::ConsentNeeded& consent() const { return m_consent; }
    // The same consent in another language (the form's texts changed).
    void setTexts(const QString& purposeText, const QString& administrationName);
    [[nodiscard]] QList<QWidget*> tabChain() const;
    // Whether the person said "Not now" (the panel then stays small).
    [[nodiscard]] bool isPostponed() const { return m_postponed; }
    [[nodiscard]] QString text() const;
    void retranslate();

    // A key that says whether two entries of missingConsents are the same question.
    [[nodiscard]] static QString keyOf(const forms::ConsentNeeded& consent);

Q_SIGNALS:
    // The portal recorded the consent: time to fetch the data.
    void consentGiven();

private:
    void agree();
    void postpone();

    forms::ConsentNeeded m_consent;
    QString m_formId;
    forms::FormGateway* m_gateway;
    bool m_postponed = false;
    bool m_busy = false;
    std::optional<Error> m_error; // translated when shown, so it follows the language
    QLabel* m_heading = nullptr;
    QLabel* m_request = nullptr;
    QLabel* m_purpose = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_errorText = nullptr;
    QPushButton* m_agree = nullptr;
    QPushButton* m_notNow = nullptr;
};

} // namespace guichet
