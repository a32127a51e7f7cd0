// Feeds arbitrary bytes to every ResponseParser entry point as if they were a response body, and
// traps when a documented cap or shape does not hold.
#include "api/ResponseParser.h"

#include "FuzzCheck.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

bool isCapped(const QString &text)
{
    return text.size() <= ResponseParser::MaxDescriptionLength;
}

// Beyond these the parser has stopped reading (ResponseParser.cpp).
constexpr qsizetype MaxAttempts = 50;
constexpr qsizetype MaxEventNames = 200;

void checkEventNames(const QStringList &names)
{
    FUZZ_CHECK(names.size() <= MaxEventNames);
    for (const QString &name : names)
        FUZZ_CHECK(isCapped(name));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The body as the network layer hands it over: a QByteArray owning a copy of the bytes.
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    const QString correlationId = ResponseParser::correlationId(body);
    FUZZ_CHECK(correlationId.isEmpty() || ResponseParser::looksLikeGuid(correlationId));
    // GUID-shaped: with both braces or with none, never half a pair.
    FUZZ_CHECK(correlationId.isEmpty() || correlationId.size() == 36
        || (correlationId.size() == 38 && correlationId.startsWith(QLatin1Char('{'))
            && correlationId.endsWith(QLatin1Char('}'))));

    const ParsedError error = ResponseParser::error(body);
    FUZZ_CHECK(isCapped(error.code));
    FUZZ_CHECK(isCapped(error.description));
    FUZZ_CHECK(isCapped(error.source));

    const DeliveryStatus status = ResponseParser::deliveryStatus(body);
    FUZZ_CHECK(status.attempts.size() <= MaxAttempts);
    FUZZ_CHECK(isCapped(status.correlationId) && isCapped(status.partnerId)
        && isCapped(status.status) && isCapped(status.callbackUrl));
    if (!status.parsed)
        FUZZ_CHECK(status.attempts.isEmpty() && status.status.isEmpty());
    for (const DeliveryAttempt &attempt : status.attempts) {
        FUZZ_CHECK(isCapped(attempt.responseCode) && isCapped(attempt.responseMessage)
            && isCapped(attempt.timeText));
        if (attempt.timeUtc.isValid())
            FUZZ_CHECK(attempt.timeUtc.timeSpec() == Qt::UTC);
        (void)attempt.summary();
    }
    const DeliveryStatus::State state = status.state();
    const bool isFinal = status.isFinal();
    FUZZ_CHECK(isFinal
        == (state == DeliveryStatus::State::Completed || state == DeliveryStatus::State::Failed));
    // "what the partner endpoint answered, in one line" (DeliveryStatus.h)
    const QString lastResponse = status.lastResponse();
    FUZZ_CHECK(
        !lastResponse.contains(QLatin1Char('\n')) && !lastResponse.contains(QLatin1Char('\r')));
    if (status.attempts.isEmpty())
        FUZZ_CHECK(lastResponse.isEmpty());

    const Registration registration = ResponseParser::registration(body);
    FUZZ_CHECK(isCapped(registration.subscriberId) && isCapped(registration.webhookUrl)
        && isCapped(registration.lastModified));
    checkEventNames(registration.events);
    if (!registration.parsed)
        FUZZ_CHECK(!registration.exists() && registration.events.isEmpty());
    const bool hasTestCreated = registration.hasEvent(QStringLiteral("test-created"));
    FUZZ_CHECK(hasTestCreated == registration.hasEvent(QStringLiteral("TEST-CREATED")));
    if (hasTestCreated)
        FUZZ_CHECK(!registration.events.isEmpty());

    const std::optional<QStringList> names = ResponseParser::eventNames(body);
    if (names)
        checkEventNames(*names);
    return 0;
}
