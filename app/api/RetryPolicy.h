#pragma once

#include "CallRecord.h"

#include <QDateTime>

#include <chrono>
#include <optional>

// SPEC.md's idempotency rule and the automatic retry: which MS-RequestId a retry carries,
// which calls are worth retrying and how long to wait first.
class RetryPolicy
{
public:
    // Automatic retries stop after this many attempts in all.
    static constexpr int MaxAutomaticAttempts = 3;
    // No wait is longer than this, whatever Retry-After asks.
    static constexpr std::chrono::milliseconds MaxDelay {std::chrono::minutes(2)};

    // After no response (timeout, dropped connection, cancelled or interrupted after sending)
    // or a 5xx, the request may have been carried out: a retry must reuse its MS-RequestId.
    // After any other response the next call is a new one.
    static bool reusesRequestId(const CallRecord &previous);
    // The MS-RequestId a retry of previous sends; empty means a fresh one.
    static QString requestIdForRetry(const CallRecord &previous);
    // The history id of the first attempt of previous's chain.
    static qint64 firstAttemptId(const CallRecord &previous);
    // Timeouts and other calls without a response, 5xx and 429 are retried automatically;
    // a cancelled call is not (the user asked to stop).
    static bool retriesAutomatically(const CallRecord &previous);
    // The wait before attempt number nextAttempt (2, 3, ...): 2 s, 4 s, ... or what the
    // previous answer's Retry-After asked, if longer; at most MaxDelay.
    static std::chrono::milliseconds delayBefore(
        int nextAttempt, const CallRecord &previous, const QDateTime &nowUtc);
    // Retry-After as a wait: delta seconds or an HTTP date; std::nullopt when absent or
    // unreadable.
    static std::optional<std::chrono::milliseconds> retryAfter(
        const CallRecord &record, const QDateTime &nowUtc);
};
