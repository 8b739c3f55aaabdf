#pragma once

#include "Error.h"
#include "Page.h"
#include "StoreTypes.h"

#include <QJsonObject>
#include <QList>

#include <functional>

class QDialog;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace guichet {

class DataStateNotice;
class SpaceSource;

// "My data": what each authentic source holds about the person, source by source,
// with "Request a correction…" on each item the portal lets them correct, and the
// state of the corrections they asked for (also those still waiting to be sent).
class MyDataPage : public Page
{
    Q_OBJECT

public:
    explicit MyDataPage(SpaceSource& source, QWidget* parent = nullptr);

    [[nodiscard]] QString pageId() const override { return QStringLiteral("mydata"); }
    [[nodiscard]] QString title() const override;

    // Seam for tests: runs the correction dialog and returns its result (default exec()).
    using DialogRunner = std::function<int(QDialog& dialog)>;
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

    // Opens the correction dialog for the chosen item, when it can be corrected.
    void requestCorrectionForCurrent();
    // Why the person may not ask for corrections in this space (a viewer); empty =
    // they may. Shown where the hint about the chosen item goes.
    void setReadOnlyReason(const QString& reason);

Q_SIGNALS:
    void errorOccurred(const guichet::Error& error);

protected:
    void retranslate() override;

private:
    struct ItemState
    {
        QString text; // what the "Correction" column says
        bool canRequest = false;
    };

    void reload();
    void rebuildRecords();
    void rebuildCorrections();
    void updateActions();
    void showMessage(const QString& text);
    [[nodiscard]] ItemState itemState(const QString& source, const QJsonObject& item) const;
    [[nodiscard]] QJsonObject findItem(const QString& source, const QString& itemId) const;
    [[nodiscard]] QJsonObject currentItem(QString* source) const;

    SpaceSource& m_source;
    QList<QJsonObject> m_records;        // DataRecord, in dataSourceOrder()
    QList<QJsonObject> m_corrections;    // Correction, newest update first
    QList<store::OutboxEntry> m_waiting; // correction requests not on the portal yet
    DialogRunner m_runDialog;
    QString m_readOnlyReason;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    DataStateNotice* m_notice = nullptr;
    QTreeWidget* m_recordsView = nullptr;
    QPushButton* m_request = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_correctionsHeading = nullptr;
    QLabel* m_noCorrections = nullptr;
    QTreeWidget* m_correctionsView = nullptr;
};

} // namespace guichet
