#include "SpaceSwitcher.h"

#include "PlainText.h"
#include "appearance/Look.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QScreen>
#include <QSignalBlocker>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QVBoxLayout>

namespace guichet {
namespace {

// The navigation is narrow and the names of spaces are long ("Espace privé — Marie
// Schmit — Administrator"): the field cuts them in the middle, where the end that
// tells spaces apart stays readable, and its list opens as wide as the longest name.
class SpaceCombo final : public QComboBox
{
public:
    using QComboBox::QComboBox;

protected:
    void paintEvent(QPaintEvent*) override
    {
        QStylePainter painter(this);
        QStyleOptionComboBox option;
        initStyleOption(&option);
        painter.drawComplexControl(QStyle::CC_ComboBox, option);
        const QRect text = style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                   QStyle::SC_ComboBoxEditField, this);
        option.currentText =
            fontMetrics().elidedText(option.currentText, Qt::ElideMiddle, text.width());
        painter.drawControl(QStyle::CE_ComboBoxLabel, option);
    }

    void showPopup() override
    {
        view()->setTextElideMode(Qt::ElideMiddle);
        view()->setMinimumWidth(qMin(view()->sizeHintForColumn(0) + 2 * view()->frameWidth() +
                                         style()->pixelMetric(QStyle::PM_ScrollBarExtent),
                                     screen() ? screen()->availableGeometry().width() / 2 : 600));
        QComboBox::showPopup();
    }
};

} // namespace

SpaceSwitcher::SpaceSwitcher(SpaceList& spaces, QWidget* parent) : QWidget(parent), m_spaces(spaces)
{
    setObjectName(QStringLiteral("spaceSwitcher"));
    m_label = new QLabel(this);
    m_combo = new SpaceCombo(this);
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
    appearance::followLook(this, &SpaceSwitcher::applyLook);

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
        m_combo->addItem(tr("%1 — %2").arg(space.shownName(), roleName(space.role)), space.id);
    m_combo->setCurrentIndex(m_combo->findData(m_spaces.currentId()));
    const std::optional<SpaceInfo> current = m_spaces.current();
    m_role->setText(current ? tr("Your role: %1").arg(roleName(current->role)) : QString());
    m_combo->setToolTip(current ? PlainText::toolTip(current->shownName()) : QString());
    // Never shown on its own as a window before it is placed in the navigation.
    if (parentWidget() || m_spaces.spaces().isEmpty())
        setVisible(!m_spaces.spaces().isEmpty());
}

void SpaceSwitcher::retranslate()
{
    m_label->setText(tr("S&pace:"));
    m_combo->setAccessibleName(tr("Current space"));
    m_combo->setAccessibleDescription(
        tr("The private space or the company space whose procedures, documents and forms "
           "are shown"));
    reload();
}

void SpaceSwitcher::applyLook()
{
    // On the navigation's background, in its text colour.
    setStyleSheet(
        QStringLiteral("QLabel { color: %1; }")
            .arg(appearance::coloursOf(appearance::currentLook()).navigation.text.name()));
}

void SpaceSwitcher::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace guichet
