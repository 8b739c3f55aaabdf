// Spaces as Luc Weber sees them: his private space and the spaces of his two companies
// in the switcher above the navigation, his role in each, the pages showing the chosen
// space's own copy, the last choice kept for the next start, a viewer's write actions
// disabled with the reason. And the certificate chooser of his signing stick: chosen
// once per space, not asked again there, asked in another space, asked again when the
// remembered certificate is gone.
#include "CertificateChoice.h"
#include "DocumentsPage.h"
#include "FormSigning.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Personas.h"
#include "ProcedureDetailView.h"
#include "Settings.h"
#include "ShellContext.h"
#include "ShellPages.h"
#include "SimulatedToken.h"
#include "SpaceFixture.h"
#include "SpaceIds.h"
#include "SpaceList.h"
#include "SpaceSwitcher.h"
#include "dialogs/CertificateChooserDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

using namespace guichet;

namespace {

const QString Private = QString::fromLatin1(sim::seed::kLucPrivateSpace);
const QString Weber = QString::fromLatin1(sim::seed::kWeberConstructionsSpace);
const QString Bakery = QString::fromLatin1(sim::seed::kBoulangerieWeberSpace);

const sim::seed::PersonaSeed& luc()
{
    static const QList<sim::seed::PersonaSeed> personas =
        sim::seed::generatePersonas(SpaceFixture::now());
    for (const sim::seed::PersonaSeed& persona : personas)
        if (persona.key == u"luc-weber")
            return persona;
    qFatal("no Luc in the seed");
}

// Luc's spaces as GET /spaces lists them; `viewerIn` makes him a viewer (the portal's
// "member") in that space.
QList<SpaceInfo> lucSpaces(const QString& viewerIn = {})
{
    QList<SpaceInfo> spaces;
    for (const sim::seed::SpaceSeed& seed : luc().spaces) {
        QJsonObject json = seed.space;
        if (json.value(u"id").toString() == viewerIn)
            json.insert(QStringLiteral("role"), QStringLiteral("member"));
        spaces.append(*SpaceInfo::fromJson(json));
    }
    return spaces;
}

// The window as the app builds it, over a store holding the copy of each of Luc's
// spaces; switching spaces moves the source as PersonalSpace does.
struct LucWindow
{
    LucWindow()
    {
        for (const sim::seed::SpaceSeed& seed : luc().spaces) {
            space.source->setSpaceId(seed.space.value(u"id").toString());
            space.fillSpace(seed);
        }
        space.source->setSpaceId(Private);
        space.source->setState(DataState::Ready);
        settings = std::make_unique<Settings>(space.dir.filePath(QStringLiteral("user.ini")),
                                              space.dir.filePath(QStringLiteral("system.ini")));
        context.settings = settings.get();
        context.languages = &languages;
        context.paths = DataPaths(space.dir.filePath(QStringLiteral("data")));
        context.space = space.source.get();
        context.spaces = &spaces;
        QObject::connect(&spaces, &SpaceList::currentChanged, space.source.get(),
                         [this](const QString& id) {
                             if (!id.isEmpty())
                                 space.source->setSpaceId(id);
                         });
        window = std::make_unique<MainWindow>();
        installShellPages(*window, context);
    }

    template <typename T>
    T* find(const char* name) const
    {
        return window->findChild<T*>(QLatin1String(name));
    }
    QString memoryFile() const { return space.dir.filePath(QStringLiteral("choices.ini")); }

    // The dossier ids "My procedures" lists.
    QStringList listedDossiers() const
    {
        QStringList ids;
        auto* tree = find<QTreeWidget>("dossierList");
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            for (int c = 0; c < tree->topLevelItem(g)->childCount(); ++c)
                ids.append(tree->topLevelItem(g)->child(c)->data(0, Qt::UserRole).toString());
        ids.sort();
        return ids;
    }
    QStringList dossiersOf(const QString& spaceId) const
    {
        QStringList ids;
        for (const sim::seed::SpaceSeed& seed : luc().spaces)
            if (seed.space.value(u"id").toString() == spaceId)
                for (const QJsonObject& dossier : seed.dossiers)
                    ids.append(dossier.value(u"id").toString());
        ids.sort();
        return ids;
    }

    SpaceFixture space;
    LanguageManager languages;
    std::unique_ptr<Settings> settings;
    SpaceList spaces;
    ShellContext context;
    std::unique_ptr<MainWindow> window;
};

// A gateway that only says where the form is filled: the chooser test signs nothing.
class SpaceGateway final : public forms::FormGateway
{
public:
    QString spaceId() const override { return QStringLiteral("sp-priv-luc-weber"); }
    QString personName() const override { return QStringLiteral("Luc Weber"); }
    void fetchForm(const QString&, const QString&, QObject*, JsonDone) override {}
    void fetchPrefill(const QString&, const QString&, const QString&, QObject*, JsonDone) override
    {}
    void giveConsent(const forms::ConsentNeeded&, const QString&, QObject*, JsonDone) override {}
    Result<QString> queueCorrection(const forms::CorrectionProposal&) override
    {
        return QStringLiteral("O-1");
    }
    Result<QString> queueSubmission(const forms::SubmissionPackage&) override
    {
        return QStringLiteral("O-2");
    }
};

} // namespace

class TestSpaces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void switcherShowsRolesAndSwitchesThePages()
    {
        LucWindow w;
        w.window->show();
        auto* switcher = w.find<SpaceSwitcher>("spaceSwitcher");
        QVERIFY(switcher);
        QVERIFY(!switcher->isVisible()); // signed out: nothing to switch

        w.spaces.setSpaces(lucSpaces(), w.memoryFile());
        QVERIFY(switcher->isVisible());
        QComboBox* combo = switcher->combo();
        QVERIFY(!combo->accessibleName().isEmpty());
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemData(0).toString(), Private); // private first, as listed
        QVERIFY(combo->itemText(1).contains(u"Weber Constructions S.A."));
        QVERIFY(combo->itemText(1).contains(SpaceSwitcher::roleName(SpaceRole::Administrator)));
        QVERIFY(combo->itemText(2).contains(SpaceSwitcher::roleName(SpaceRole::Manager)));
        auto* role = w.find<QLabel>("spaceRole");
        QVERIFY(role->text().contains(SpaceSwitcher::roleName(SpaceRole::Administrator)));
        QCOMPARE(role->textFormat(), Qt::PlainText);
        QCOMPARE(w.listedDossiers(), w.dossiersOf(Private));

        // Keyboard: the switcher comes before the navigation, an arrow key switches.
        w.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
        combo->setFocus();
        QVERIFY(combo->hasFocus());
        QTest::keyClick(combo, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("navigation"));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(w.spaces.currentId(), Weber);
        QCOMPARE(w.space.source->spaceId(), Weber);
        QTRY_COMPARE(w.listedDossiers(), w.dossiersOf(Weber));
        QVERIFY(!w.dossiersOf(Weber).isEmpty());
        QVERIFY(role->text().contains(SpaceSwitcher::roleName(SpaceRole::Administrator)));

        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(w.spaces.currentId(), Bakery);
        QVERIFY(role->text().contains(SpaceSwitcher::roleName(SpaceRole::Manager)));
        QTRY_COMPARE(w.listedDossiers(), w.dossiersOf(Bakery));
        // A manager may add documents.
        QVERIFY(w.find<QPushButton>("documentUpload")->isEnabled());

        // The next start opens the space chosen last; signing out empties the switcher.
        SpaceList restarted;
        restarted.setSpaces(lucSpaces(), w.memoryFile());
        QCOMPARE(restarted.currentId(), Bakery);
        w.spaces.clear();
        QVERIFY(!switcher->isVisible());
    }

    void aViewerReadsButCannotWrite()
    {
        LucWindow w;
        w.window->show();
        w.spaces.setSpaces(lucSpaces(Bakery), w.memoryFile());
        auto* upload = w.find<QPushButton>("documentUpload");
        QVERIFY(upload->isEnabled());
        QVERIFY(w.spaces.choose(Bakery));
        QVERIFY(w.find<QLabel>("spaceRole")
                    ->text()
                    .contains(SpaceSwitcher::roleName(SpaceRole::Viewer)));
        QVERIFY(!upload->isEnabled());
        QCOMPARE(upload->toolTip(), SpaceSwitcher::readOnlyReason());
        QCOMPARE(upload->accessibleDescription(), SpaceSwitcher::readOnlyReason());
        // Nor write to an administration (reading messages and marking them read is allowed).
        auto* write = w.find<QPushButton>("messagesWrite");
        QVERIFY(!write->isEnabled());
        QCOMPARE(write->toolTip(), SpaceSwitcher::readOnlyReason());
        QTRY_COMPARE(w.listedDossiers(), w.dossiersOf(Bakery)); // reading is allowed
        QVERIFY(w.spaces.choose(Weber));
        QVERIFY(upload->isEnabled());
        QTRY_VERIFY(write->isEnabled());

        // "Start online procedure" says why it cannot be used.
        ProcedureDetailView detail;
        detail.showProcedure({{QStringLiteral("id"), QStringLiteral("P-BUS-X")},
                              {QStringLiteral("title"), QStringLiteral("X")},
                              {QStringLiteral("online"), true},
                              {QStringLiteral("formId"), QStringLiteral("F-X")},
                              {QStringLiteral("authentication"), QStringLiteral("card")}});
        auto* start = detail.findChild<QPushButton*>(QStringLiteral("startProcedure"));
        QVERIFY(start->isEnabled());
        detail.setReadOnlyReason(SpaceSwitcher::readOnlyReason());
        QVERIFY(!start->isEnabled());
        QCOMPARE(start->toolTip(), SpaceSwitcher::readOnlyReason());
    }

    void chooserIsAskedOncePerSpace()
    {
        QTemporaryDir dir;
        sim::SimulatedToken stick(sim::SimulatedPki::demoPersonas().at(1));
        SpaceGateway gateway;
        FormSigning signing(gateway, nullptr);
        signing.setTokens(stick.tokens());
        const QList<SignatureKey> keys = signing.signatureKeys();
        // His personal certificate and one per company, naming it.
        QCOMPARE(keys.size(), 3);
        QVERIFY(keys.at(0).info.organisation.isEmpty());
        QCOMPARE(keys.at(1).info.organisation, QStringLiteral("Weber Constructions S.A."));
        QCOMPARE(keys.at(2).info.organisation, QStringLiteral("Boulangerie Weber S.à r.l."));

        SpaceList spaces;
        spaces.setSpaces(lucSpaces(), dir.filePath(QStringLiteral("choices.ini")));
        QWidget window;
        window.show();
        CertificateChoice choice(&spaces, &window);
        QList<SignatureKey> chosen;
        const auto done = [&](const SignatureKey& key) { chosen.append(key); };

        // First signing in the company's space: the chooser opens, its certificate proposed.
        choice.choose(keys, Weber, QStringLiteral("Weber Constructions S.A."),
                      QStringLiteral("Weber Constructions S.A."), done);
        CertificateChooserDialog* dialog = choice.openDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->list()->topLevelItemCount(), 3);
        QCOMPARE(dialog->chosenIndex(), 1);
        QVERIFY(!dialog->list()->accessibleName().isEmpty());
        QVERIFY(dialog->list()->topLevelItem(1)->text(1).contains(u"Weber Constructions"));
        QVERIFY(chosen.isEmpty());
        QTRY_VERIFY(dialog->list()->hasFocus());
        QTest::keyClick(dialog->list(), Qt::Key_Return); // as a person confirms
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.last().sha256(), keys.at(1).sha256());

        // Next signing in the same space: no question.
        choice.choose(keys, Weber, {}, {}, done);
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.last().sha256(), keys.at(1).sha256());
        QTRY_VERIFY(!choice.openDialog() || !choice.openDialog()->isVisible());

        // Another space asks (the bakery's certificate proposed); the choice there is its own.
        choice.choose(keys, Bakery, QStringLiteral("Boulangerie Weber S.à r.l."),
                      QStringLiteral("Boulangerie Weber S.à r.l."), done);
        dialog = choice.openDialog();
        QVERIFY(dialog);
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(dialog->chosenIndex(), 2);
        dialog->list()->setCurrentItem(dialog->list()->topLevelItem(0)); // his own, this time
        dialog->accept();
        QCOMPARE(chosen.last().sha256(), keys.at(0).sha256());
        QCOMPARE(spaces.rememberedCertificate(Bakery), keys.at(0).sha256());
        QCOMPARE(spaces.rememberedCertificate(Weber), keys.at(1).sha256());

        // Remembered across a restart, per identity (the file in the person's folder).
        SpaceList restarted;
        restarted.setSpaces(lucSpaces(), dir.filePath(QStringLiteral("choices.ini")));
        QCOMPARE(restarted.rememberedCertificate(Weber), keys.at(1).sha256());

        // The remembered certificate is no longer on the stick: asked again; a cancel
        // signs nothing.
        const QList<SignatureKey> renewed{keys.at(0), keys.at(2)};
        choice.choose(renewed, Weber, QStringLiteral("Weber Constructions S.A."),
                      QStringLiteral("Weber Constructions S.A."), done);
        dialog = choice.openDialog();
        QVERIFY(dialog);
        dialog->reject();
        QCOMPARE(chosen.size(), 3);

        // A single signature certificate (an eID card) is used without a question.
        choice.choose({keys.at(0)}, Private, {}, {}, done);
        QCOMPARE(chosen.size(), 4);
    }
};

QTEST_MAIN(TestSpaces)
#include "tst_spaces.moc"
