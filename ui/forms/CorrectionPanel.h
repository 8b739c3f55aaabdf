#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

namespace guichet {

// Shown under a field an authentic source filled in, once the person typed another
// value: the form keeps the registered value, and the person's value becomes a
// correction request to the source, with an optional reason.
class CorrectionPanel : public QFrame
{
    Q_OBJECT

public:
    explicit CorrectionPanel(const QString& fieldId, QWidget* parent = nullptr);

    // `proposed` is the person's value as displayed; `reason` what they wrote so far.
    void showProposal(const QString& source, const QString& proposed, const QString& reason);
    [[nodiscard]] QList<QWidget*> tabChain() const;
    // The explanation, for the field's accessible description.
    [[nodiscard]] QString explanation() const;
    void retranslate();

Q_SIGNALS:
    void reasonEdited(const QString& reason);
    void withdrawRequested();

private:
    QString m_source;
    QString m_proposed;
    QLabel* m_text = nullptr;
    QLabel* m_proposal = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_withdraw = nullptr;
};

} // namespace guichet
