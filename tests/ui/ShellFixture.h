#pragma once

#include "CardChecks.h"
#include "CardService.h"
#include "DataPaths.h"
#include "DiagnosisRunner.h"
#include "LanguageManager.h"
#include "LocalDataChecks.h"
#include "MainWindow.h"
#include "ScriptedPcsc.h"
#include "Settings.h"
#include "ShellContext.h"
#include "ShellPages.h"
#include "SimulatedToken.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThread>

#include <functional>
#include <memory>

// The application shell as the app builds it, over temporary settings and data.
struct ShellFixture
{
    // withCard: a card service on its own thread with the simulated token and one
    // (scripted) reader, as in demo mode.
    // adjust: changes the context before the pages are made (e.g. no portal, or a
    // portal that trusts this fixture's card).
    explicit ShellFixture(const QByteArray& systemSettings = {}, bool withCard = false,
                          const std::function<void(ShellFixture&)>& adjust = {})
    {
        const QString systemFile = dir.filePath(QStringLiteral("system.ini"));
        if (!systemSettings.isEmpty()) {
            QFile file(systemFile);
            if (file.open(QIODevice::WriteOnly))
                file.write(systemSettings);
        }
        settings = std::make_unique<guichet::Settings>(dir.filePath(QStringLiteral("user.ini")),
                                                       systemFile);
        context.settings = settings.get();
        context.languages = &languages;
        context.paths = guichet::DataPaths(dir.filePath(QStringLiteral("data")));
        context.dataFolderStatus = guichet::DataPaths::ensureWritable(context.paths.root());
        languages.setLanguage(QStringLiteral("fr"));
        if (withCard) {
            pcsc.setReaders({QStringLiteral("Virtual PCD 00 00")});
            token = std::make_shared<guichet::sim::SimulatedToken>();
            cards = std::make_unique<guichet::CardService>(dir.filePath(QStringLiteral("user.ini")),
                                                           systemFile, true, pcsc);
            cards->addBackend(token);
            context.cards = cards.get();
            // The Diagnostics page's checks, for the layers this fixture has.
            diagnosis = std::make_unique<guichet::diagnosis::Runner>(
                QList<guichet::diagnosis::Probe>{
                    guichet::cardProbe(*cards),
                    guichet::store::localDataProbe(context.paths.root())},
                5000);
            context.diagnosis = diagnosis.get();
        }
        if (adjust)
            adjust(*this);
        window = std::make_unique<guichet::MainWindow>();
        guichet::installShellPages(*window, context);
        if (cards) {
            cards->moveToThread(&cardThread);
            cardThread.start();
            QMetaObject::invokeMethod(cards.get(), &guichet::CardService::start);
        }
    }

    void setPinPrompt(guichet::PinPrompt* prompt) { cards->setPinPrompt(prompt); }

    void refreshCards() { QMetaObject::invokeMethod(cards.get(), &guichet::CardService::refresh); }

    ~ShellFixture()
    {
        if (cards) {
            QMetaObject::invokeMethod(cards.get(), &guichet::CardService::stop,
                                      Qt::BlockingQueuedConnection);
            cardThread.quit();
            cardThread.wait();
        }
        window.reset();
        languages.setLanguage(QStringLiteral("en"));
    }

    template <typename T>
    T* find(const QString& objectName) const
    {
        return window->findChild<T*>(objectName);
    }

    QTemporaryDir dir;
    guichet::LanguageManager languages;
    std::unique_ptr<guichet::Settings> settings;
    guichet::ShellContext context;
    guichet::sim::ScriptedPcsc pcsc;
    std::shared_ptr<guichet::sim::SimulatedToken> token;
    std::unique_ptr<guichet::CardService> cards;
    QThread cardThread;
    std::unique_ptr<guichet::diagnosis::Runner> diagnosis;
    std::unique_ptr<guichet::MainWindow> window;
};

// Every text a person can read in the window, keyed by where it is shown. Labels
// marked as data (paths, versions) are left out: they are the same in all languages.
inline QMap<QString, QString> visibleTexts(const QWidget* root)
{
    QMap<QString, QString> texts;
    int index = 0;
    const auto key = [&](const QObject* o, const QString& what) {
        return QStringLiteral("%1#%2:%3")
            .arg(QString::fromLatin1(o->metaObject()->className()))
            .arg(index++)
            .arg(what);
    };
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root->window()) || w->property("guichetData").toBool())
            continue;
        if (auto* label = qobject_cast<const QLabel*>(w); label && !label->text().isEmpty())
            texts.insert(key(w, QStringLiteral("text")), label->text());
        if (auto* button = qobject_cast<const QAbstractButton*>(w);
            button && !button->text().isEmpty())
            texts.insert(key(w, QStringLiteral("text")), button->text());
        if (auto* list = qobject_cast<const QListWidget*>(w)) {
            for (int i = 0; i < list->count(); ++i)
                texts.insert(key(w, QStringLiteral("item")), list->item(i)->text());
        }
        // Only the licence table holds translated cells; other tables show data.
        if (auto* table = qobject_cast<const QTableWidget*>(w);
            table && table->objectName() == QLatin1String("licenceTable")) {
            for (int c = 0; c < table->columnCount(); ++c) {
                if (table->horizontalHeaderItem(c))
                    texts.insert(key(w, QStringLiteral("header")),
                                 table->horizontalHeaderItem(c)->text());
            }
            for (int r = 0; r < table->rowCount(); ++r) {
                if (table->item(r, 2))
                    texts.insert(key(w, QStringLiteral("cell")), table->item(r, 2)->text());
            }
        }
        if (!w->accessibleName().isEmpty())
            texts.insert(key(w, QStringLiteral("accessibleName")), w->accessibleName());
    }
    return texts;
}
