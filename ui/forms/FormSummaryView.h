#pragma once

#include "SummaryDocument.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;

namespace guichet {

// The last screen before signing: every answer the form will send, with where it
// came from, by section; the attached files with their SHA-256 digests; the
// corrections proposed; and the statement the signature confirms. It shows a
// SummaryDocument, the same content the signed PDF is drawn from.
class FormSummaryView : public QWidget
{
    Q_OBJECT

public:
    explicit FormSummaryView(QWidget* parent = nullptr);

    // `corrections`: one line per correction proposed (correctionLines()).
    void showSummary(const forms::SummaryDocument& document, const QStringList& corrections);
    [[nodiscard]] const forms::SummaryDocument& document() const { return m_document; }
    // A form with signature "none" is sent without a signature: the screen says so
    // and its button reads "Submit".
    void setSignatureRequired(bool required);

Q_SIGNALS:
    void backRequested();
    // The person wants to sign: signing itself is someone else's job.
    void signRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    QWidget* sectionWidget(const forms::SummarySection& section, QWidget* parent) const;
    QWidget* attachmentsWidget(QWidget* parent) const;

    forms::SummaryDocument m_document;
    QStringList m_corrections;
    bool m_signatureRequired = true;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_statement = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_sign = nullptr;
};

} // namespace guichet
