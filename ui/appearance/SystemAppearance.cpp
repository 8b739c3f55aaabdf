#include "SystemAppearance.h"

#include <QGuiApplication>
#include <QVariant>

#if GUICHET_HAS_SESSION_BUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#endif

#include <optional>

namespace guichet::appearance {

namespace {

#if GUICHET_HAS_SESSION_BUS
const QString PortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString PortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString PortalSettings = QStringLiteral("org.freedesktop.portal.Settings");
const QString Appearance = QStringLiteral("org.freedesktop.appearance");
const QString GnomeA11y = QStringLiteral("org.gnome.desktop.a11y.interface");

// The portal answers in a millisecond when it runs; a start never waits longer than
// this for one that does not.
constexpr int PortalTimeoutMs = 300;

// One value of the portal's settings, its variants unwrapped (Read wraps the value in
// a second variant); nullopt when there is no portal or no such setting.
std::optional<QVariant> readPortal(const QString& group, const QString& key)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return std::nullopt;
    QDBusMessage call = QDBusMessage::createMethodCall(PortalService, PortalPath, PortalSettings,
                                                       QStringLiteral("Read"));
    call << group << key;
    const QDBusMessage reply = bus.call(call, QDBus::Block, PortalTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return std::nullopt;
    QVariant value = reply.arguments().first();
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value;
}
#endif

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::WindowText).lightness() >
           palette.color(QPalette::Window).lightness();
}

} // namespace

SystemAppearance::SystemAppearance(QObject* parent)
    : QObject(parent), m_platformPalette(QGuiApplication::palette())
{
    refresh();
    listenToPortal();
}

void SystemAppearance::refresh()
{
    const Look before = m_preferred;
    const bool hadPreference = m_hasPreference;
    m_preferred = Look::Light;
    m_hasPreference = false;
    m_source.clear();

#if GUICHET_HAS_SESSION_BUS
    const std::optional<QVariant> scheme = readPortal(Appearance, QStringLiteral("color-scheme"));
    const std::optional<QVariant> contrast = readPortal(Appearance, QStringLiteral("contrast"));
    const std::optional<QVariant> gnomeContrast =
        readPortal(GnomeA11y, QStringLiteral("high-contrast"));
    if ((contrast && contrast->toUInt() == 1) || (gnomeContrast && gnomeContrast->toBool())) {
        m_preferred = Look::HighContrast;
        m_hasPreference = true;
        m_source = QStringLiteral("desktop portal (high contrast)");
    } else if (scheme && scheme->toUInt() != 0) {
        m_preferred = scheme->toUInt() == 1 ? Look::Dark : Look::Light;
        m_hasPreference = true;
        m_source = QStringLiteral("desktop portal (colour scheme)");
    }
#endif
    if (!m_hasPreference) {
        const QString gtkTheme = qEnvironmentVariable("GTK_THEME");
        if (gtkTheme.contains(QLatin1String("HighContrast"), Qt::CaseInsensitive)) {
            m_preferred = Look::HighContrast;
            m_hasPreference = true;
        } else if (gtkTheme.endsWith(QLatin1String(":dark"), Qt::CaseInsensitive)) {
            m_preferred = Look::Dark;
            m_hasPreference = true;
        }
        if (m_hasPreference)
            m_source = QStringLiteral("GTK_THEME");
    }
    if (!m_hasPreference && isDark(m_platformPalette)) {
        m_preferred = Look::Dark;
        m_hasPreference = true;
        m_source = QStringLiteral("platform palette");
    }
    if (m_preferred != before || m_hasPreference != hadPreference)
        Q_EMIT changed();
}

void SystemAppearance::listenToPortal()
{
#if GUICHET_HAS_SESSION_BUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected())
        bus.connect(PortalService, PortalPath, PortalSettings, QStringLiteral("SettingChanged"),
                    this, SLOT(onPortalSettingChanged(QString, QString)));
#endif
}

void SystemAppearance::onPortalSettingChanged(const QString& group, const QString& key)
{
#if GUICHET_HAS_SESSION_BUS
    if (group == Appearance || (group == GnomeA11y && key == QLatin1String("high-contrast")))
        refresh();
#else
    Q_UNUSED(group);
    Q_UNUSED(key);
#endif
}

} // namespace guichet::appearance
