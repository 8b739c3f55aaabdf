#include "AppearanceManager.h"

#include "ContrastStyle.h"
#include "SystemAppearance.h"

#include <QApplication>
#include <QStyle>

namespace guichet::appearance {

AppearanceManager::AppearanceManager(SystemAppearance& system, QObject* parent)
    : QObject(parent), m_system(system)
{
    connect(&m_system, &SystemAppearance::changed, this, [this] {
        if (m_choice.isEmpty())
            apply();
    });
}

bool AppearanceManager::isChoice(const QString& choice)
{
    return choice.isEmpty() || lookFromName(choice).has_value();
}

void AppearanceManager::setChoice(const QString& choice)
{
    m_choice = isChoice(choice) ? choice : QString();
    apply();
}

void AppearanceManager::apply()
{
    const Look look =
        m_choice.isEmpty() ? m_system.preferred() : lookFromName(m_choice).value_or(Look::Light);
    if (m_applied && look == m_look)
        return;
    m_applied = true;
    m_look = look;
    // Before the palette: widgets that paint colours of their own read the look when the
    // palette change reaches them.
    setCurrentLook(look);
    if (!qobject_cast<ContrastStyle*>(QApplication::style()))
        QApplication::setStyle(new ContrastStyle);
    QApplication::setPalette(paletteOf(look));
    Q_EMIT lookChanged(look);
}

} // namespace guichet::appearance
