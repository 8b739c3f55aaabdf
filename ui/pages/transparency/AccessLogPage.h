#pragma once

#include "AccessEntry.h"
#include "CsvWriter.h"
#include "Error.h"
#include "Page.h"

#include <QDateTime>
#include <QFutureWatcher>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace guichet {

class AccessLogFilter;
class AccessLogModel;
class DataStateNotice;
class SpaceSource;

// "Who accessed my data": every access of an administration to the person's data in
// an authentic source (date, administration, source, items, purpose, procedure),
// sortable, filtered by source, administration and period, searchable, exportable as
// CSV. Accesses newer than the person's last visit are marked "New" (bold), and the
// navigation title counts them.
class AccessLogPage : public Page
{
    Q_OBJECT

public:
    // The clock says when the person opens and leaves the page (tests set their own).
    using Clock = std::function<QDateTime()>;
    explicit AccessLogPage(SpaceSource& source, QWidget* parent = nullptr, Clock clock = {});
    ~AccessLogPage() override;

    [[nodiscard]] QString pageId() const override { return QStringLiteral("accesslog"); }
    [[nodiscard]] QString title() const override;

    // Seam for tests: where to save the export; empty = the person cancelled.
    using PathChooser = std::function<QString(const QString& suggestedName)>;
    void setExportPathChooser(PathChooser chooser) { m_chooseExportPath = std::move(chooser); }
    // The export's field separator: by default the one the system's spreadsheet
    // programs expect (CsvWriter::separatorFor the system locale).
    void setCsvSeparator(QChar separator) { m_csvSeparator = separator; }

    void exportCsv();
    [[nodiscard]] int newCount() const;
    // The entries are being read (off the GUI thread); loaded() follows.
    [[nodiscard]] bool isReading() const { return m_reading; }
    [[nodiscard]] bool isBusy() const override { return m_reading; }

Q_SIGNALS:
    void errorOccurred(const guichet::Error& error);
    void exported(const QString& path);
    // The table shows what the store held when it was last read.
    void loaded();

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void reload();
    void countNew();
    void showRead();
    void rebuildFilters();
    void applyFilter();
    void refreshCount();
    void showDetails();
    void loadVisitMark();
    void recordVisit();
    [[nodiscard]] QByteArray csv() const;

    SpaceSource& m_source;
    Clock m_clock;
    PathChooser m_chooseExportPath;
    QChar m_csvSeparator = CsvWriter::separatorFor(QLocale::system());
    AccessLogModel* m_model = nullptr;
    AccessLogFilter* m_filter = nullptr;
    QString m_visitSpace;     // the space m_lastVisit belongs to
    QDateTime m_lastVisit;    // when the person last opened or left the page
    qint64 m_newSince = 0;    // entries after this are "new" (ms since the epoch)
    int m_newCount = 0;       // accesses after m_newSince, also while the table is stale
    int m_shownNewCount = -1; // what the title last said
    bool m_stale = true;      // the store changed since the table was read
    bool m_reading = false;   // m_reader is making the entries
    QFutureWatcher<QList<AccessEntry>>* m_reader = nullptr;
    QString m_loadedSpace; // the space the table was read from
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_searchLabel = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QComboBox* m_sourceFilter = nullptr;
    QLabel* m_administrationLabel = nullptr;
    QComboBox* m_administrationFilter = nullptr;
    QLabel* m_fromLabel = nullptr;
    QDateEdit* m_from = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_to = nullptr;
    DataStateNotice* m_notice = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace guichet
