#include "FaultInjector.h"

namespace guichet::sim {

void FaultInjector::set(const QString& route, const Fault& fault)
{
    const QMutexLocker lock(&m_mutex);
    m_faults.insert(route, fault);
}

void FaultInjector::clear(const QString& route)
{
    const QMutexLocker lock(&m_mutex);
    m_faults.remove(route);
}

void FaultInjector::clearAll()
{
    const QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

Fault FaultInjector::take(const QString& route)
{
    const QMutexLocker lock(&m_mutex);
    auto found = m_faults.find(route);
    if (found == m_faults.end())
        found = m_faults.find(QStringLiteral("*"));
    if (found == m_faults.end() || found->times == 0)
        return {};
    Fault fault = found.value();
    if (found->times > 0 && --found->times == 0)
        m_faults.erase(found);
    ++m_injected[route];
    return fault;
}

int FaultInjector::injectedCount(const QString& route) const
{
    const QMutexLocker lock(&m_mutex);
    return m_injected.value(route);
}

} // namespace guichet::sim
