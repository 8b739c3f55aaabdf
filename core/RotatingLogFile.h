#pragma once

#include "Result.h"

#include <QFile>
#include <QMutex>
#include <QString>

namespace guichet {

// An append-only log file that rotates by size: name.log, name.1.log ... name.N.log.
// Rotation keeps at most keepFiles old files so logs never fill the disk.
class RotatingLogFile
{
public:
    RotatingLogFile(QString directory, QString baseName, qint64 maxBytes = 1024 * 1024,
                    int keepFiles = 4);

    [[nodiscard]] Status open();
    // Appends one line (a newline is added). Thread-safe.
    void write(const QString& line);
    [[nodiscard]] QString currentPath() const;
    [[nodiscard]] QString rotatedPath(int index) const;

private:
    void rotate();

    QString m_directory;
    QString m_baseName;
    qint64 m_maxBytes;
    int m_keepFiles;
    QMutex m_mutex;
    QFile m_file;
};

} // namespace guichet
