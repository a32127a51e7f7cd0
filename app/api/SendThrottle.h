#pragma once

#include <QDateTime>
#include <QList>

#include <chrono>

// Partner Center accepts 2 test events per minute per partner. Given when the last calls to
// an endpoint were sent, says how long to wait before the next one stays within that limit.
class SendThrottle
{
public:
    static constexpr int EventsPerWindow = 2;
    static constexpr std::chrono::milliseconds Window {std::chrono::seconds(60)};

    // 0 when a call may go now; otherwise the wait until the oldest of the recent calls
    // leaves the window. sends need not be sorted; ones outside the window are ignored.
    static std::chrono::milliseconds waitBeforeNext(
        const QList<QDateTime> &sends, const QDateTime &nowUtc);
};
