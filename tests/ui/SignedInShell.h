#pragma once

#include "AnsweringPinPrompt.h"
#include "PortalServer.h"
#include "PortalTls.h"
#include "SessionManager.h"
#include "ShellFixture.h"
#include "SpaceFixture.h"

#include <QPushButton>
#include <QTest>

#include <memory>

// The real window signed in to the simulated portal (TLS on loopback) with the
// simulated card and its PIN, showing a local store the test filled (SpaceFixture):
// what a person sees once signed in, without waiting for a sync.
struct SignedInShell
{
    SignedInShell()
    {
        space.fillCatalogue({QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en")});
        space.fillMarie();
        space.fillMariesMessagesAndAccesses();
        space.source->setState(guichet::DataState::Ready);
        shell = std::make_unique<ShellFixture>(QByteArray(), true, [this](ShellFixture& fixture) {
            portal = std::make_unique<guichet::sim::PortalServer>(
                QList<QByteArray>{fixture.token->pki().caCertificateDer()});
            if (!portal->start(tls.serverConfiguration()).ok())
                qFatal("the simulated portal did not start");
            sessions = std::make_unique<guichet::SessionManager>(portal->baseUrl(),
                                                                 QList{tls.caCertificate()});
            fixture.context.sessions = sessions.get();
            fixture.context.space = space.source.get();
        });
        prompt.answerWith([](const guichet::PinRequest&) {
            return std::optional<QString>(QStringLiteral("123456"));
        });
        shell->setPinPrompt(&prompt);
        shell->window->resize(1180, 720);
    }

    // Signs in from the Sign in page, as a person would; false when it did not happen.
    [[nodiscard]] bool signIn()
    {
        shell->window->show();
        if (!QTest::qWaitForWindowExposed(shell->window.get()))
            return false;
        auto* button = shell->find<QPushButton>(QStringLiteral("signInButton"));
        if (!button || !QTest::qWaitFor([button] { return button->isEnabled(); }, 10000))
            return false;
        button->click();
        return QTest::qWaitFor([this] { return sessions->session().has_value(); }, 15000);
    }

    SpaceFixture space;
    guichet::sim::PortalTls tls;
    std::unique_ptr<guichet::sim::PortalServer> portal;
    std::unique_ptr<guichet::SessionManager> sessions;
    AnsweringPinPrompt prompt;
    std::unique_ptr<ShellFixture> shell; // destroyed first: the pages use all of the above
};
