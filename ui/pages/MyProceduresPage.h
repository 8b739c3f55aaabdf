#pragma once

#include "Error.h"
#include "Page.h"

#include <QJsonObject>

class QComboBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace guichet {

class DataStateNotice;
class DossierTimelineView;
class SpaceSource;

// "My procedures": the dossiers the person sent, grouped by status (or one status
// only), with a mark on those whose status changed since the person last opened
// them, and the chosen dossier's tracking timeline.
class MyProceduresPage : public Page
{
    Q_OBJECT

public:
    explicit MyProceduresPage(SpaceSource& source, QWidget* parent = nullptr);

    [[nodiscard]] QString pageId() const override { return QStringLiteral("dossiers"); }
    [[nodiscard]] QString title() const override;

    // Selects the dossier and shows its timeline (from Home); all statuses are shown
    // again when the filter hides it.
    void openDossier(const QString& dossierId);

Q_SIGNALS:
    void errorOccurred(const guichet::Error& error);

protected:
    void retranslate() override;
    void applyLook() override;

private:
    void reload();
    void rebuildTree();
    void showSelected();
    void refreshNotice();
    [[nodiscard]] bool changedSinceSeen(const QJsonObject& dossier) const;
    void setChangeMark(QTreeWidgetItem* item, bool changed);

    SpaceSource& m_source;
    QList<QJsonObject> m_dossiers; // newest update first
    QLabel* m_heading = nullptr;
    QLabel* m_filterLabel = nullptr;
    QComboBox* m_filter = nullptr;
    DataStateNotice* m_notice = nullptr;
    QTreeWidget* m_tree = nullptr;
    DossierTimelineView* m_timeline = nullptr;
};

} // namespace guichet
