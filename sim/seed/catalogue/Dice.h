#pragma once

#include <QString>
#include <QtGlobal>

namespace guichet::sim::seed::catalogue {

// A small deterministic random source (SplitMix64). The standard library's
// distributions differ between implementations, so the catalogue would not be the same
// on every platform; this one gives the same numbers everywhere for the same seed.
class Dice
{
public:
    explicit Dice(quint64 seed) : m_state(seed) {}

    // A dice for one item, so that its content depends only on the seed and its key and
    // does not change when other items are added or removed.
    Dice(quint64 seed, const QString& key) : m_state(seed)
    {
        for (const QChar c : key)
            m_state = (m_state ^ c.unicode()) * 0x100000001b3ULL; // FNV-1a step
        next();
    }

    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // A number in [0, n); n must be positive.
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }

    // True with the given chance in percent.
    bool chance(int percent) { return below(100) < percent; }

    template <typename List>
    const auto& pick(const List& list)
    {
        return list[below(static_cast<int>(list.size()))];
    }

    // Fisher-Yates shuffle.
    template <typename List>
    void shuffle(List& list)
    {
        for (auto i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, below(static_cast<int>(i + 1)));
    }

private:
    quint64 m_state;
};

} // namespace guichet::sim::seed::catalogue
