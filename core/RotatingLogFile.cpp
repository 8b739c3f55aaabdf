#include "RotatingLogFile.h"

#include "ErrorCodes.h"

#include <QDir>

namespace guichet {

RotatingLogFile::RotatingLogFile(QString directory, QString baseName, qint64 maxBytes,
                                 int keepFiles)
    : m_directory(std::move(directory)), m_baseName(std::move(baseName)), m_maxBytes(maxBytes),
      m_keepFiles(keepFiles)
{}

QString RotatingLogFile::currentPath() const
{
    return QDir(m_directory).filePath(m_baseName + QStringLiteral(".log"));
}

QString RotatingLogFile::rotatedPath(int index) const
{
    return QDir(m_directory).filePath(QStringLiteral("%1.%2.log").arg(m_baseName).arg(index));
}

Status RotatingLogFile::open()
{
    const QMutexLocker lock(&m_mutex);
    if (!QDir().mkpath(m_directory))
        return Error(ErrorCode::LogFileUnavailable,
                     QStringLiteral("mkpath failed: ") + m_directory);
    m_file.setFileName(currentPath());
    if (!m_file.open(QIODevice::Append | QIODevice::Text))
        return Error(ErrorCode::LogFileUnavailable,
                     m_file.fileName() + QStringLiteral(": ") + m_file.errorString());
    // Logs may name procedures a person started: readable by the owner only.
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

void RotatingLogFile::write(const QString& line)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen())
        return;
    const QByteArray bytes = line.toUtf8() + '\n';
    if (m_file.size() + bytes.size() > m_maxBytes)
        rotate();
    if (m_file.isOpen()) {
        m_file.write(bytes);
        m_file.flush();
    }
}

void RotatingLogFile::rotate()
{
    m_file.close();
    QFile::remove(rotatedPath(m_keepFiles));
    for (int i = m_keepFiles - 1; i >= 1; --i) {
        if (QFile::exists(rotatedPath(i)))
            QFile::rename(rotatedPath(i), rotatedPath(i + 1));
    }
    if (m_keepFiles > 0)
        QFile::rename(currentPath(), rotatedPath(1));
    else
        QFile::remove(currentPath());
    if (m_file.open(QIODevice::Append | QIODevice::Text))
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace guichet
