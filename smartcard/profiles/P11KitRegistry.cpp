#include "P11KitRegistry.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

namespace guichet {
namespace {

// `key: value` lines; '#' starts a comment. Unknown keys are ignored, as p11-kit does.
QMap<QString, QString> readConfig(const QString& path)
{
    QMap<QString, QString> values;
    QFile file(path);
    // A module file is a few lines; anything larger is not one.
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return values;
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        values.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    return values;
}

QStringList programList(const QString& value)
{
    QStringList names;
    for (const QString& name :
         value.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        names << name;
    return names;
}

bool isYes(const QString& value)
{
    return value.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0 ||
           value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace

QStringList p11KitRegisteredModules(const P11KitRegistryFolders& folders,
                                    const QString& programName)
{
    // A later folder's file of the same name replaces an earlier one's.
    QMap<QString, QString> files; // file name -> path, sorted by file name
    for (const QString& folder : folders.configFolders) {
        const QDir dir(folder);
        for (const QString& name :
             dir.entryList({QStringLiteral("*.module")}, QDir::Files | QDir::Readable))
            files.insert(name, dir.filePath(name));
    }
    QStringList modules;
    for (const QString& path : std::as_const(files)) {
        const QMap<QString, QString> config = readConfig(path);
        const QString module = config.value(QStringLiteral("module"));
        if (module.isEmpty() || isYes(config.value(QStringLiteral("trust-policy"))))
            continue;
        const QStringList enabledIn = programList(config.value(QStringLiteral("enable-in")));
        if (!enabledIn.isEmpty() && !enabledIn.contains(programName))
            continue;
        if (programList(config.value(QStringLiteral("disable-in"))).contains(programName))
            continue;
        const QString absolute =
            QDir::isAbsolutePath(module) ? module : QDir(folders.moduleFolder).filePath(module);
        // No moduleFolder known: a bare name is not loaded (ModuleLibrary refuses it).
        if (!QDir::isAbsolutePath(absolute) || modules.contains(QDir::cleanPath(absolute)))
            continue;
        modules << QDir::cleanPath(absolute);
    }
    return modules;
}

} // namespace guichet
