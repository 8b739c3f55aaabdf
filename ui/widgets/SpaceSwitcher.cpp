#include "SpaceSwitcher.h"

#include "PlainText.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace guichet {

SpaceSwitcher::SpaceSwitcher(SpaceList& spaces, QWidget* parent) : QWidget(parent), m_spaces(spaces)
{
    setObjectName(QStringLiteral("spaceSwitcher"));
    m_label = new QLabel(this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("spaceCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(12);
    m_label->setBuddy(m_combo); // Alt+the label's mnemonic reaches the list
    setFocusProxy(m_combo);
    m_role = new QLabel(this);
    m_role->setObjectName(QStringLiteral("spaceRole"));
    m_role->setTextFormat(Qt::PlainText);
    m_role->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 4);
    layout->setSpacing(4);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    layout->addWidget(m_role);
    setStyleSheet(QStringLiteral("QLabel { color: white; }"));

    // activated: only the person's own choice switches, not a reload of the list.
    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { m_spaces.choose(m_combo->itemData(index).toString()); });
    connect(&m_spaces, &SpaceList::spacesChanged, this, &SpaceSwitcher::reload);
    connect(&m_spaces, &SpaceList::currentChanged, this, &SpaceSwitcher::reload);
    retranslate();
}

QString SpaceSwitcher::roleName(SpaceRole role)
{
    switch (role) {
    case SpaceRole::Administrator:
        return tr("Administrator");
    case SpaceRole::Manager:
        return tr("Manager");
    case SpaceRole::Viewer:
        break;
    }
    return tr("Viewer");
}

QString SpaceSwitcher::readOnlyReason()
{
    return tr("You are a viewer in this space: you can read its content, but only its "
              "administrators and managers can submit forms or upload documents.");
}

void SpaceSwitcher::reload()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    for (const SpaceInfo& space : m_spaces.spaces())
        m_combo->addItem(tr("%1 — %2").arg(space.displayName, roleName(space.role)), space.id);
    m_combo->setCurrentIndex(m_combo->findData(m_spaces.currentId()));
    const std::optional<SpaceInfo> current = m_spaces.current();
    m_role->setText(current ? tr("Your role: %1").arg(roleName(current->role)) : QString());
    m_combo->setToolTip(current ? PlainText::toolTip(current->displayName) : QString());
    // Never shown on its own as a window before it is placed in the navigation.
    if (parentWidget() || m_spaces.spaces().isEmpty())
        setVisible(!m_spaces.spaces().isEmpty());
}

void SpaceSwitcher::retranslate()
{
    m_label->setText(tr("Sp&ace:"));
    m_combo->setAccessibleName(tr("Current space"));
    m_combo->setAccessibleDescription(
        tr("The private space or the company space whose procedures, documents and forms "
           "are shown"));
    reload();
}

void SpaceSwitcher::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace guichet
