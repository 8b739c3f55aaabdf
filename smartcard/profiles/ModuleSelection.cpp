#include "ModuleSelection.h"

#include "ModuleDefaults.h"
#include "SettingKeys.h"
#include "Settings.h"

#include <QDir>

namespace guichet {
namespace {

// Paths that differ only in spelling ("/a//b.so", " /a/b.so") name the same module;
// loading it twice would initialise it twice.
QStringList withoutDuplicates(const QStringList& paths)
{
    const Qt::CaseSensitivity sensitivity = modulePathCaseSensitivity();
    QStringList result;
    QStringList seen;
    for (const QString& path : paths) {
        const QString trimmed = path.trimmed();
        // Settings refuse relative paths already; a default never is one.
        if (trimmed.isEmpty() || !QDir::isAbsolutePath(trimmed))
            continue;
        const QString key = QDir::cleanPath(QDir::fromNativeSeparators(trimmed));
        if (seen.contains(key, sensitivity))
            continue;
        seen << key;
        result << trimmed;
    }
    return result;
}

const TypedSetting<QStringList>& moduleSetting(CardKind kind)
{
    switch (kind) {
    case CardKind::LuxembourgEid:
        return SettingKeys::EidModules;
    case CardKind::LuxTrustSmartcard:
    case CardKind::LuxTrustSigningStick:
        return SettingKeys::LuxTrustModules;
    }
    Q_UNREACHABLE();
}

} // namespace

QStringList modulesFor(const CardProfile* profile, const Settings& settings)
{
    const QStringList extra = settings.value(SettingKeys::ExtraModules);
    if (!profile)
        return withoutDuplicates(extra + openScModules());

    const QStringList configured = withoutDuplicates(settings.value(moduleSetting(profile->kind)));
    const QStringList& chosen = configured.isEmpty() ? profile->defaultModules : configured;
    return withoutDuplicates(chosen + extra);
}

} // namespace guichet
