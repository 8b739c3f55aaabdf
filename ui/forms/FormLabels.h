#pragma once

class QLabel;
class QWidget;

namespace guichet::FormLabels {

// The labels around a form's inputs. All show plain text: field labels, help and
// messages come from the portal and must never be read as HTML.
QLabel* fieldLabel(QWidget* parent);
QLabel* help(QWidget* parent);
// A validation message: red text under its field, hidden while empty.
QLabel* message(QWidget* parent);
// Where an answer came from ("From … — no proof needed"), in smaller italic text.
QLabel* provenance(QWidget* parent);

} // namespace guichet::FormLabels
