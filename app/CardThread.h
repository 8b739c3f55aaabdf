#pragma once

#include <QThread>

#include <memory>

namespace guichet {

class CardService;
class PinPrompt;
class TokenBackend;
namespace pcsc {
class PcscApi;
PcscApi& systemPcsc();
} // namespace pcsc

// The card thread of ARCHITECTURE.md: owns the CardService (PC/SC context,
// PKCS#11 modules) and runs it until destroyed.
class CardThread
{
public:
    // api: the PC/SC service the readers come from (a simulated one in demo mode).
    CardThread(const QString& userSettingsFile, const QString& systemSettingsFile,
               pcsc::PcscApi& api = pcsc::systemPcsc());
    ~CardThread();

    void addBackend(std::shared_ptr<TokenBackend> backend);
    void start(PinPrompt* prompt);
    [[nodiscard]] CardService* service() const { return m_service.get(); }

private:
    QThread m_thread;
    std::unique_ptr<CardService> m_service;
};

} // namespace guichet
