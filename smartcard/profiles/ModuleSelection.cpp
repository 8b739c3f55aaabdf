#include "ModuleSelection.h"

#include "ModuleDefaults.h"
#include "SettingKeys.h"
#include "Settings.h"

#include <QDir>
#include <QFileInfo>

namespace guichet {
namespace {

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

QStringList withoutDuplicateModules(const QStringList& paths)
{
    const Qt::CaseSensitivity sensitivity = modulePathCaseSensitivity();
    QStringList result;
    QStringList seen;
    for (const QString& path : paths) {
        const QString trimmed = path.trimmed();
        // Settings refuse relative paths already; a default never is one.
        if (trimmed.isEmpty() || !QDir::isAbsolutePath(trimmed))
            continue;
        // An installed file by what it is (Debian's pkcs11/opensc-pkcs11.so is a link to
        // ../opensc-pkcs11.so: the loader would hand back the same library, initialised
        // twice); a missing one by its spelling, so it is still reported once.
        const QString canonical = QFileInfo(trimmed).canonicalFilePath();
        const QString key =
            canonical.isEmpty() ? QDir::cleanPath(QDir::fromNativeSeparators(trimmed)) : canonical;
        if (seen.contains(key, sensitivity))
            continue;
        seen << key;
        result << trimmed;
    }
    return result;
}

QStringList modulesFor(const CardProfile* profile, const Settings& settings)
{
    const QStringList extra = settings.value(SettingKeys::ExtraModules);
    if (!profile)
        return withoutDuplicateModules(extra + openScModules());

    const QStringList configured =
        withoutDuplicateModules(settings.value(moduleSetting(profile->kind)));
    const QStringList& chosen = configured.isEmpty() ? profile->defaultModules : configured;
    return withoutDuplicateModules(chosen + extra);
}

} // namespace guichet
