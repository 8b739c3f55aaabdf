#include "CardPage.h"

#include "CardService.h"
#include "CardTexts.h"
#include "CertificateParser.h"
#include "ErrorCodes.h"
#include "PageLayout.h"
#include "ReadableColumns.h"
#include "dialogs/CertificateDialog.h"

#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {

CardPage::CardPage(CardService* service, QWidget* parent) : Page(parent), m_service(service)
{
    setObjectName(QStringLiteral("cardPage"));
    auto* layout = PageLayout::create(this);
    m_heading = PageLayout::heading(this);
    m_state = PageLayout::subheading(this);
    m_state->setObjectName(QStringLiteral("cardState"));
    m_whatToDo = PageLayout::paragraph(this);
    m_whatToDo->setObjectName(QStringLiteral("cardWhatToDo"));
    m_readersHeading = PageLayout::subheading(this);
    m_readers = new QListWidget(this);
    m_readers->setObjectName(QStringLiteral("readerList"));
    m_readers->setMaximumHeight(90);
    m_tokenArea = new QVBoxLayout;

    layout->addWidget(m_heading);
    layout->addWidget(m_state);
    layout->addWidget(m_whatToDo);
    layout->addLayout(m_tokenArea);
    layout->addWidget(m_readersHeading);
    layout->addWidget(m_readers);
    layout->addStretch(1);

    if (m_service) {
        connect(m_service, &CardService::readersChanged, this, &CardPage::showReaders);
        connect(m_service, &CardService::tokensChanged, this, &CardPage::showTokens);
        connect(m_service, &CardService::cardUsesChanged, this, &CardPage::showCardUses);
    }
    retranslate();
}

QString CardPage::title() const
{
    return tr("My card");
}

void CardPage::showReaders(const pcsc::ReaderSnapshot& snapshot)
{
    m_snapshot = snapshot;
    retranslate();
}

void CardPage::showTokens(const QList<TokenStatus>& tokens)
{
    m_tokens = tokens;
    retranslate();
}

void CardPage::showCardUses(const QList<CardUse>& uses)
{
    m_uses = uses;
    retranslate();
}

void CardPage::retranslate()
{
    m_heading->setText(tr("My card"));
    m_readersHeading->setText(tr("Card readers"));
    m_readers->setAccessibleName(tr("Card readers"));

    const QString problem = m_snapshot.blockingProblem();
    if (!m_tokens.isEmpty()) {
        m_state->setText(tr("Your card is ready."));
        m_whatToDo->clear();
    } else if (m_snapshot.service == pcsc::ServiceState::Unknown) {
        m_state->setText(tr("Looking for card readers…"));
        m_whatToDo->clear();
    } else if (!problem.isEmpty()) {
        m_state->setText(Error(problem).userMessage());
        m_whatToDo->setText(Error(problem).whatToDo());
    } else if (const CardUse* use = CardTexts::unusableKnownCard(m_uses)) {
        // The card is one we know: name it, say what is missing and where to get it,
        // rather than calling it unsupported to the holder of exactly that card.
        const Error error(use->problemCode);
        m_state->setText(
            tr("%1 in %2. %3")
                .arg(CardTexts::profileName(*use), use->readerName, error.userMessage()));
        QStringList lines{error.whatToDo()};
        if (use->problemCode == QLatin1String(ErrorCode::CardMiddlewareMissing))
            lines << CardTexts::middlewareSource(*use);
        if (!use->tried.isEmpty())
            lines << tr("Looked for: %1").arg(use->tried.join(QStringLiteral(", ")));
        lines << tr("Error code: %1").arg(use->problemCode);
        m_whatToDo->setText(lines.join(QLatin1Char('\n')));
    } else {
        const Error unknown(QString::fromLatin1(ErrorCode::CardNotSupported));
        m_state->setText(unknown.userMessage());
        m_whatToDo->setText(unknown.whatToDo());
    }
    m_whatToDo->setVisible(!m_whatToDo->text().isEmpty());

    m_readers->clear();
    for (const pcsc::ReaderState& reader : m_snapshot.readers) {
        QString line = reader.name + QStringLiteral(" — ");
        if (!reader.cardPresent)
            line += tr("no card");
        else if (reader.mute)
            line += tr("the card does not answer");
        else if (reader.exclusive)
            line += tr("card in use by another application");
        else
            line += tr("card present");
        m_readers->addItem(line);
    }
    if (m_snapshot.service == pcsc::ServiceState::NotRunning)
        m_readers->addItem(Error(QStringLiteral("CARD-001")).userMessage());
    else if (m_snapshot.readers.isEmpty())
        m_readers->addItem(tr("No card reader is connected."));
    rebuildTokens();
}

void CardPage::rebuildTokens()
{
    while (QLayoutItem* item = m_tokenArea->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const TokenStatus& token : m_tokens) {
        auto* box = new QGroupBox(token.label, this);
        box->setObjectName(QStringLiteral("token"));
        auto* boxLayout = new QVBoxLayout(box);
        auto* facts = PageLayout::paragraph(box);
        facts->setObjectName(QStringLiteral("tokenFacts"));
        QString where = token.readerName.isEmpty() ? tr("simulated, no reader needed")
                                                   : tr("in %1").arg(token.readerName);
        facts->setText(CardTexts::profileName(token) + QStringLiteral(" — ") + where);
        auto* pin = PageLayout::paragraph(box);
        pin->setObjectName(QStringLiteral("tokenPin"));
        pin->setText(CardTexts::pinState(token));

        auto* table = new QTableWidget(int(token.certificates.size()), 4, box);
        table->setObjectName(QStringLiteral("certificateTable"));
        table->setAccessibleName(tr("Certificates"));
        table->setHorizontalHeaderLabels({tr("Use"), tr("Holder"), tr("Issuer"), tr("Validity")});
        table->verticalHeader()->hide();
        table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
        ReadableColumns::apply(table, 1);  // the holder takes the free width
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setMaximumHeight(110);
        QList<QByteArray> ders;
        QStringList trusts;
        for (int row = 0; row < token.certificates.size(); ++row) {
            const TokenCertificate& certificate = token.certificates[row];
            ders.append(certificate.der);
            trusts.append(certificate.trust);
            const Result<CertificateInfo> info = parseCertificate(certificate.der);
            if (!info) {
                table->setItem(row, 0, new QTableWidgetItem(info.error().userMessage()));
                continue;
            }
            table->setItem(row, 0, new QTableWidgetItem(CardTexts::role(info.value().role)));
            table->setItem(row, 1, new QTableWidgetItem(info.value().holderName));
            table->setItem(row, 2, new QTableWidgetItem(info.value().issuerCommonName));
            table->setItem(row, 3, new QTableWidgetItem(CardTexts::validity(info.value())));
        }
        table->resizeColumnsToContents();
        connect(table, &QTableWidget::cellDoubleClicked, this, [this, ders, trusts](int row, int) {
            showDetails(ders.value(row), trusts.value(row));
        });

        auto* buttons = new QHBoxLayout;
        auto* details = new QPushButton(tr("Certificate &details…"), box);
        details->setObjectName(QStringLiteral("certificateDetails"));
        connect(details, &QPushButton::clicked, this, [this, table, ders, trusts] {
            const int row = qMax(0, table->currentRow());
            showDetails(ders.value(row), trusts.value(row));
        });
        auto* change = new QPushButton(tr("C&hange PIN…"), box);
        change->setObjectName(QStringLiteral("changePin"));
        change->setEnabled(token.pinState != TokenPinState::Locked && !m_changingPin);
        const QString id = token.id;
        connect(change, &QPushButton::clicked, this, [this, id] { changePin(id); });
        buttons->addWidget(details);
        buttons->addWidget(change);
        // A blocked PIN: the PUK path where the card's issuer leaves it to the holder,
        // otherwise what to do instead (never a button that cannot work).
        QLabel* unblockHowTo = nullptr;
        if (token.pinState == TokenPinState::Locked) {
            const QString procedure = CardTexts::unblockProcedure(token);
            if (procedure.isEmpty()) {
                auto* unblock = new QPushButton(tr("&Unblock the PIN…"), box);
                unblock->setObjectName(QStringLiteral("unblockPin"));
                unblock->setEnabled(!m_changingPin);
                connect(unblock, &QPushButton::clicked, this, [this, id] { unblockPin(id); });
                buttons->addWidget(unblock);
            } else {
                unblockHowTo = PageLayout::paragraph(box);
                unblockHowTo->setObjectName(QStringLiteral("unblockHowTo"));
                unblockHowTo->setText(procedure);
            }
        }
        buttons->addStretch(1);

        boxLayout->addWidget(facts);
        boxLayout->addWidget(pin);
        if (unblockHowTo)
            boxLayout->addWidget(unblockHowTo);
        boxLayout->addWidget(table);
        boxLayout->addLayout(buttons);
        m_tokenArea->addWidget(box);
    }
}

void CardPage::changePin(const QString& tokenId)
{
    runPinOperation([this, tokenId] { return m_service->changePin(tokenId); });
}

void CardPage::unblockPin(const QString& tokenId)
{
    runPinOperation([this, tokenId] { return m_service->unblockPin(tokenId); });
}

void CardPage::runPinOperation(const std::function<QFuture<Status>()>& start)
{
    // One PIN operation at a time: the buttons are disabled until its answer comes.
    if (!m_service || m_changingPin)
        return;
    m_changingPin = true;
    rebuildTokens();
    auto* watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher] {
        m_changingPin = false;
        const Status result = watcher->result();
        watcher->deleteLater();
        if (!result)
            Q_EMIT errorOccurred(result.error());
        rebuildTokens();
    });
    watcher->setFuture(start());
}

void CardPage::showDetails(const QByteArray& der, const QString& trust)
{
    const Result<CertificateInfo> info = parseCertificate(der);
    if (!info) {
        Q_EMIT errorOccurred(info.error());
        return;
    }
    auto* dialog = new CertificateDialog(info.value(), trust, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace guichet
