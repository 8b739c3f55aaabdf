#pragma once

#include "Page.h"
#include "Result.h"

class QLabel;
class QScrollArea;
class QPlainTextEdit;
class QTableWidget;

namespace guichet {

// Versions of the application and of the libraries it runs on, and their licences.
class AboutPage : public Page
{
    Q_OBJECT

public:
    explicit AboutPage(QWidget* parent = nullptr);

    [[nodiscard]] QString pageId() const override { return QStringLiteral("about"); }
    [[nodiscard]] QString title() const override;

    // The versions as shown, one "name: version" per line (for diagnostics and tests).
    [[nodiscard]] static QStringList versionLines();

    // Where the application keeps its data and its log on this computer (the help
    // desk asks for them); folderStatus says whether the folder can be written.
    void setPlaces(const QString& dataFolder, const Status& folderStatus, const QString& logFile);

protected:
    void retranslate() override;

private:
    QLabel* m_heading = nullptr;
    QLabel* m_summary = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_accessibilityHeading = nullptr;
    QLabel* m_accessibility = nullptr;
    QLabel* m_versionsHeading = nullptr;
    QLabel* m_versions = nullptr;
    QLabel* m_placesHeading = nullptr;
    QLabel* m_places = nullptr;
    QString m_dataFolder;
    Status m_folderStatus;
    QString m_logFile;
    QLabel* m_licencesHeading = nullptr;
    QTableWidget* m_licences = nullptr;
    QLabel* m_licenceTextHeading = nullptr;
    QPlainTextEdit* m_licenceText = nullptr;
};

} // namespace guichet
