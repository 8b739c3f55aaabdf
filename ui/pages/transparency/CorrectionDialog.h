#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QList>
#include <QString>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace guichet {

// "Request a correction" of one item an authentic source holds: the value the person
// proposes and why (both required), and optionally proof documents already in their
// space. request() is the CorrectionRequest of portal.yaml.
class CorrectionDialog : public QDialog
{
    Q_OBJECT

public:
    struct Item
    {
        QString source; // AuthenticSource id
        QString itemId;
        QString label;        // from the portal: shown as plain text
        QString currentValue; // idem
    };
    struct ProofDocument
    {
        QString id;
        QString title;
    };

    CorrectionDialog(Item item, const QList<ProofDocument>& documents, QWidget* parent = nullptr);

    // The portal's limits (CorrectionRequest): what the dialog lets the person send.
    static constexpr int MaxProposedValue = 500;
    static constexpr int MaxReason = 2000;
    static constexpr int MaxDocuments = 5;

    [[nodiscard]] QJsonObject request() const;
    [[nodiscard]] bool isComplete() const;

private:
    void updateSendButton();
    [[nodiscard]] QStringList chosenDocuments() const;

    Item m_item;
    QLineEdit* m_proposed = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QListWidget* m_documents = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace guichet
