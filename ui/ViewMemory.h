#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QMainWindow;

namespace guichet {

// What a person arranged in the window, remembered between runs: the window's size
// and place, where each named splitter stands, and how each named sortable list is
// sorted. Kept in a small INI file of the person's own beside their settings (not in
// the settings file, which an administrator may lock); nothing personal is in it.
class ViewMemory final : public QObject
{
public:
    explicit ViewMemory(QString file, QObject* parent = nullptr);
    ~ViewMemory() override;

    // Restores what was remembered and follows every later change: the window, and
    // every named splitter and sortable list in it (call once the pages are in).
    void remember(QMainWindow& window);

private:
    void saveWindow();

    QString m_file;
    QPointer<QMainWindow> m_window;
};

} // namespace guichet
