#include "RetryPolicy.h"

#include <QLocale>
#include <QRegularExpression>

#include <limits>

bool RetryPolicy::reusesRequestId(const CallRecord &previous)
{
    if (!previous.httpStatus)
        return true;
    return *previous.httpStatus >= 500 && *previous.httpStatus < 600;
}

QString RetryPolicy::requestIdForRetry(const CallRecord &previous)
{
    return reusesRequestId(previous) ? previous.msRequestId : QString();
}

qint64 RetryPolicy::firstAttemptId(const CallRecord &previous)
{
    return previous.retryOf > 0 ? previous.retryOf : previous.id;
}

bool RetryPolicy::retriesAutomatically(const CallRecord &previous)
{
    if (previous.outcome == Outcome::Cancelled)
        return false;
    if (!previous.httpStatus)
        return previous.outcome == Outcome::NetworkError;
    return *previous.httpStatus == 429
        || (*previous.httpStatus >= 500 && *previous.httpStatus < 600);
}

std::chrono::milliseconds RetryPolicy::delayBefore(
    int nextAttempt, const CallRecord &previous, const QDateTime &nowUtc)
{
    const int doublings = qBound(0, nextAttempt - 2, 16);
    std::chrono::milliseconds delay = std::chrono::seconds(2) * (1 << doublings);
    if (const auto asked = retryAfter(previous, nowUtc))
        delay = std::max(delay, *asked);
    return std::min(delay, MaxDelay);
}

std::optional<std::chrono::milliseconds> RetryPolicy::retryAfter(
    const CallRecord &record, const QDateTime &nowUtc)
{
    const QString value = record.responseHeaders.value(QStringLiteral("Retry-After")).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    qint64 seconds = value.toLongLong(&ok);
    // RFC 9111: delta-seconds too large to hold means "as long as you can represent".
    static const QRegularExpression digits(QStringLiteral("\\A[0-9]+\\z"));
    if (!ok && digits.match(value).hasMatch()) {
        seconds = std::numeric_limits<qint64>::max();
        ok = true;
    }
    if (ok)
        return seconds < 0
            ? std::nullopt
            : std::optional(std::chrono::milliseconds(qMin<qint64>(seconds, 86400) * 1000));
    // An HTTP date (RFC 9110 IMF-fixdate), e.g. "Wed, 21 Oct 2026 07:28:00 GMT".
    QDateTime when
        = QLocale::c().toDateTime(value, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return std::chrono::milliseconds(qMax<qint64>(0, nowUtc.msecsTo(when)));
}
