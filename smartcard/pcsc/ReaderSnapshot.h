#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace guichet::pcsc {

enum class ServiceState
{
    Unknown,
    Running,
    NotRunning
};

struct ReaderState
{
    QString name;
    bool cardPresent = false;
    bool inUse = false;     // another connection is open on the card
    bool exclusive = false; // another application holds it exclusively
    bool mute = false;      // a card is there but does not answer
    QByteArray atr;

    friend bool operator==(const ReaderState&, const ReaderState&) = default;
};

// What the PC/SC layer sees at one moment.
struct ReaderSnapshot
{
    ServiceState service = ServiceState::Unknown;
    QList<ReaderState> readers;

    [[nodiscard]] const ReaderState* reader(const QString& name) const;
    // The catalogue code that explains why no card can be used ("" when one can):
    // the service is down, there is no reader, or no reader holds a card.
    [[nodiscard]] QString blockingProblem() const;

    friend bool operator==(const ReaderSnapshot&, const ReaderSnapshot&) = default;
};

struct ReaderEvent
{
    enum class Kind
    {
        ReaderAdded,
        ReaderRemoved,
        CardInserted,
        CardRemoved
    };
    Kind kind;
    QString reader;
    QByteArray atr; // for CardInserted

    friend bool operator==(const ReaderEvent&, const ReaderEvent&) = default;
};

// The changes that lead from before to after, in a stable order.
[[nodiscard]] QList<ReaderEvent> diffSnapshots(const ReaderSnapshot& before,
                                               const ReaderSnapshot& after);

} // namespace guichet::pcsc

Q_DECLARE_METATYPE(guichet::pcsc::ReaderSnapshot)
Q_DECLARE_METATYPE(guichet::pcsc::ReaderEvent)
