#pragma once

#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace guichet {

// The description of one catalogue procedure (Procedure JSON): who it is for,
// conditions, costs, contact... and "Start online procedure" when it has a form.
// Every portal text is shown as plain text.
class ProcedureDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit ProcedureDetailView(QWidget* parent = nullptr);

    // An empty object shows the "choose a procedure" hint.
    void showProcedure(const QJsonObject& procedure);
    [[nodiscard]] QString procedureId() const;
    // Signed out, a procedure that needs a card cannot be started (the button says
    // why); those open without a card can. Until told otherwise: signed in.
    void setSignedIn(bool signedIn);
    // A viewer of the space cannot start a procedure: the button says why. Empty = allowed.
    void setReadOnlyReason(const QString& reason);

Q_SIGNALS:
    void startRequested(const QString& formId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();
    QLabel* addRow(const QString& objectName);

    [[nodiscard]] QString needsCardText() const;

    QJsonObject m_procedure;
    bool m_signedIn = true;
    QString m_readOnlyReason;
    QLabel* m_hint = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_cardNote = nullptr;
    QLabel* m_partialNote = nullptr;
    QPushButton* m_start = nullptr;
    QFormLayout* m_form = nullptr;
    // Value labels by objectName, their captions in the same order.
    QList<QLabel*> m_values;
    QList<QLabel*> m_captions;
};

} // namespace guichet
