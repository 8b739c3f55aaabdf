#pragma once

#include "appearance/Look.h"

#include <QLabel>

namespace guichet {

// A dossier's status as a small labelled chip: the translated word on a tinted
// background. The word is always there, so colour never carries the meaning alone,
// and the chip's own pair of colours keeps its contrast (at least 4.5:1) in light,
// dark and high-contrast themes alike.
class StatusChip : public QLabel
{
    Q_OBJECT

public:
    explicit StatusChip(QWidget* parent = nullptr);

    // A DossierStatus of portal.yaml; an unknown one is shown as it is, in grey.
    void setStatus(const QString& status);
    [[nodiscard]] const QString& status() const { return m_status; }

    // The chip's text and background colours for a status in the look in force (the
    // list's group rows use them too).
    [[nodiscard]] static appearance::ColourPair coloursFor(const QString& status);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void applyColours();

    QString m_status;
};

} // namespace guichet
