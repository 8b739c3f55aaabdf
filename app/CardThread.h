#pragma once

#include <QThread>

#include <memory>

namespace guichet {

class CardService;
class PinPrompt;
class TokenBackend;

// The card thread of ARCHITECTURE.md: owns the CardService (PC/SC context,
// PKCS#11 modules) and runs it until destroyed.
class CardThread
{
public:
    CardThread(const QString& userSettingsFile, const QString& systemSettingsFile);
    ~CardThread();

    void addBackend(std::shared_ptr<TokenBackend> backend);
    void start(PinPrompt* prompt);
    [[nodiscard]] CardService* service() const { return m_service.get(); }

private:
    QThread m_thread;
    std::unique_ptr<CardService> m_service;
};

} // namespace guichet
