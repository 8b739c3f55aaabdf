#include "CataloguePage.h"

#include "AccessibleNames.h"
#include "DataStateNotice.h"
#include "LanguageManager.h"
#include "PageLayout.h"
#include "PlainText.h"
#include "ProcedureDetailView.h"
#include "SpaceSource.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QSplitter>

namespace guichet {
namespace {

constexpr int IdRole = Qt::UserRole;

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

CataloguePage::CataloguePage(SpaceSource& source, LanguageManager* languages, QWidget* parent)
    : Page(parent), m_source(source), m_languages(languages)
{
    setObjectName(QStringLiteral("cataloguePage"));
    auto* layout = PageLayout::create(this);
    m_heading = PageLayout::heading(this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("catalogueSearch"));
    m_search->setClearButtonEnabled(true);
    m_audienceLabel = new QLabel(this);
    m_audienceLabel->setTextFormat(Qt::PlainText);
    m_audience = new QComboBox(this);
    m_audience->setObjectName(QStringLiteral("catalogueAudience"));
    m_audienceLabel->setBuddy(m_audience);
    for (int i = 0; i < 3; ++i)
        m_audience->addItem(QString());
    m_audience->setItemData(0, QString());
    m_audience->setItemData(1, QStringLiteral("citizen"));
    m_audience->setItemData(2, QStringLiteral("business"));
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_audienceLabel);
    searchRow->addWidget(m_audience);

    m_notice = new DataStateNotice(this);
    m_notice->setObjectName(QStringLiteral("catalogueState"));
    m_more = PageLayout::paragraph(this);
    m_more->setObjectName(QStringLiteral("catalogueMore"));

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("catalogueResults"));
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_detail = new ProcedureDetailView(this);
    auto* detailScroll = new QScrollArea(this);
    detailScroll->setObjectName(QStringLiteral("procedureDetailScroll"));
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("catalogueSplit"));
    splitter->addWidget(m_results);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(1, 2);

    layout->addWidget(m_heading);
    layout->addLayout(searchRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_more);
    layout->addWidget(splitter, 1);
    setTabOrder(m_search, m_audience);
    setTabOrder(m_audience, m_results);
    setTabOrder(m_results, detailScroll);

    connect(m_search, &QLineEdit::textChanged, this, &CataloguePage::search);
    // Enter in the search box moves to the first match, so the keyboard never has to
    // leave the typing position to read a result.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0) {
            m_results->setCurrentRow(0);
            m_results->setFocus();
        }
    });
    connect(m_audience, &QComboBox::currentIndexChanged, this, &CataloguePage::search);
    connect(m_results, &QListWidget::currentItemChanged, this, &CataloguePage::showSelected);
    connect(m_detail, &ProcedureDetailView::startRequested, this,
            &CataloguePage::startProcedureRequested);
    connect(&m_source, &SpaceSource::changed, this, &CataloguePage::search);
    connect(&m_source, &SpaceSource::stateChanged, this, &CataloguePage::refreshNotice);

    retranslate();
}

void CataloguePage::setSignedIn(bool signedIn)
{
    m_detail->setSignedIn(signedIn);
}

void CataloguePage::setReadOnlyReason(const QString& reason)
{
    m_detail->setReadOnlyReason(reason);
}

QString CataloguePage::title() const
{
    return tr("Procedures");
}

QString CataloguePage::language() const
{
    return m_languages ? m_languages->language() : QStringLiteral("fr");
}

void CataloguePage::retranslate()
{
    m_heading->setText(tr("Find a procedure"));
    m_search->setPlaceholderText(tr("Search, e.g. school, car, birth…"));
    m_search->setAccessibleName(tr("Search procedures"));
    AccessibleNames::clearButton(m_search);
    AccessibleNames::scrollArea(findChild<QScrollArea*>(QStringLiteral("procedureDetailScroll")),
                                tr("The procedure"));
    m_audienceLabel->setText(tr("&For:"));
    m_audience->setItemText(0, tr("Citizens and businesses"));
    m_audience->setItemText(1, tr("Citizens"));
    m_audience->setItemText(2, tr("Businesses"));
    m_audience->setAccessibleName(tr("Who the procedures are for"));
    m_results->setAccessibleName(tr("Matching procedures"));
    // Titles come in the catalogue's language: a new language means a new search,
    // keeping what was typed and the chosen procedure.
    search();
}

void CataloguePage::search()
{
    m_searchedLanguage = language();
    const auto found = m_source.searchCatalogue(
        m_searchedLanguage, m_search->text(), m_audience->currentData().toString(), MaxResults + 1);
    const QSignalBlocker blocker(m_results);
    m_results->clear();
    if (!found) {
        Q_EMIT errorOccurred(found.error());
        refreshNotice();
        return;
    }
    const QList<store::CatalogueEntry>& entries = found.value();
    int row = 0;
    int selectedRow = -1;
    for (const store::CatalogueEntry& entry : entries) {
        if (row == MaxResults)
            break;
        const QJsonObject procedure = parse(entry.json);
        QString second = procedure.value(u"administration").toObject().value(u"name").toString();
        // A word, not only a colour or an icon, says which procedures are online.
        if (procedure.value(u"online").toBool())
            second += QStringLiteral(" — ") + tr("online");
        auto* item = new QListWidgetItem(entry.title + u'\n' + second, m_results);
        item->setData(IdRole, entry.id);
        item->setToolTip(PlainText::toolTip(procedure.value(u"summary").toString()));
        if (entry.id == m_shownId)
            selectedRow = row;
        ++row;
    }
    m_more->setText(tr("Only the first %1 matches are listed: add words to narrow the search.")
                        .arg(MaxResults));
    m_more->setVisible(entries.size() > MaxResults);
    if (selectedRow >= 0)
        m_results->setCurrentRow(selectedRow);
    showSelected();
    refreshNotice();
}

void CataloguePage::showSelected()
{
    // The description stays until another procedure is chosen, even when a narrower
    // search or another language no longer lists it: the person may still be reading it.
    if (QListWidgetItem* item = m_results->currentItem())
        m_shownId = item->data(IdRole).toString();
    if (m_shownId.isEmpty()) {
        m_detail->showProcedure({});
        return;
    }
    const auto entry = m_source.procedure(m_searchedLanguage, m_shownId);
    if (!entry) {
        Q_EMIT errorOccurred(entry.error());
        return;
    }
    m_detail->showProcedure(entry.value() ? parse(entry.value()->json) : QJsonObject());
}

void CataloguePage::refreshNotice()
{
    const QString empty = m_search->text().trimmed().isEmpty()
                              ? tr("The catalogue is empty.")
                              : tr("No procedure matches “%1”.").arg(m_search->text().trimmed());
    m_notice->showState(m_source.state(), m_results->count() > 0, empty);
}

} // namespace guichet
