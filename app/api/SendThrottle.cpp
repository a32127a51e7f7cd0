#include "SendThrottle.h"

#include <algorithm>

std::chrono::milliseconds SendThrottle::waitBeforeNext(
    const QList<QDateTime> &sends, const QDateTime &nowUtc)
{
    QList<qint64> recent;
    const qint64 now = nowUtc.toMSecsSinceEpoch();
    for (const QDateTime &sent : sends) {
        // A time ahead of this clock (another machine's, or this one set back) counts as
        // sent now: the wait never exceeds the window.
        const qint64 at = qMin(sent.toMSecsSinceEpoch(), now);
        if (at > now - Window.count())
            recent.append(at);
    }
    if (recent.size() < EventsPerWindow)
        return std::chrono::milliseconds(0);
    std::sort(recent.begin(), recent.end(), std::greater<qint64>());
    // The window must hold fewer than EventsPerWindow calls once this one goes.
    const qint64 leaves = recent.at(EventsPerWindow - 1) + Window.count();
    return std::chrono::milliseconds(qMax<qint64>(0, leaves - now));
}
