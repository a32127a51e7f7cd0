#include "CallRecord.h"

#include <QJsonValue>

const QStringList &recordedResponseHeaders()
{
    static const QStringList names {
        QStringLiteral("MS-CorrelationId"),
        QStringLiteral("MS-RequestId"),
        QStringLiteral("MS-CV"),
        QStringLiteral("X-Locale"),
        QStringLiteral("Retry-After"),
        QStringLiteral("WWW-Authenticate"),
    };
    return names;
}

QString CallRecord::statusText() const
{
    if (!httpStatus)
        return QString();
    return httpReason.isEmpty() ? QString::number(*httpStatus)
                                : QString::number(*httpStatus) + QLatin1Char(' ') + httpReason;
}

QString CallRecord::errorBody() const
{
    return outcome == Outcome::Success ? QString() : responseBody;
}

QString CallRecord::sentAtIso() const
{
    return sentAtUtc.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject CallRecord::toJson() const
{
    QJsonObject headers;
    for (auto it = responseHeaders.cbegin(); it != responseHeaders.cend(); ++it)
        headers.insert(it.key(), it.value());

    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("sent_at_utc"), sentAtIso()},
        {QStringLiteral("duration_ms"), durationMs},
        {QStringLiteral("base_url"), baseUrl},
        {QStringLiteral("api_version"), apiVersion},
        {QStringLiteral("method"), method},
        {QStringLiteral("path"), path},
        {QStringLiteral("ms_correlationid"), msCorrelationId},
        {QStringLiteral("ms_requestid"), msRequestId},
        {QStringLiteral("http_status"), httpStatus ? QJsonValue(*httpStatus) : QJsonValue()},
        {QStringLiteral("http_reason"), httpReason},
        {QStringLiteral("outcome"), outcomeName(outcome)},
        {QStringLiteral("correlation_id"), correlationId},
        {QStringLiteral("error_code"), errorCode},
        {QStringLiteral("error_description"), errorDescription},
        {QStringLiteral("response_body"), responseBody},
        {QStringLiteral("body_truncated"), bodyTruncated},
        {QStringLiteral("response_headers"), headers},
        {QStringLiteral("network_error"), networkError},
        {QStringLiteral("attempt"), attempt},
        {QStringLiteral("retry_of"), retryOf ? QJsonValue(retryOf) : QJsonValue()},
        {QStringLiteral("token_tenant_id"), tokenTenantId},
        {QStringLiteral("token_app_id"), tokenAppId},
        {QStringLiteral("token_audience"), tokenAudience},
        {QStringLiteral("delivery_status"), deliveryStatus},
        {QStringLiteral("delivery_attempts"),
            deliveryCheckedUtc.isValid() ? QJsonValue(deliveryAttempts) : QJsonValue()},
        {QStringLiteral("last_delivery_response"), lastDeliveryResponse},
        {QStringLiteral("delivery_checked_at_utc"),
            deliveryCheckedUtc.isValid()
                ? QJsonValue(deliveryCheckedUtc.toUTC().toString(Qt::ISODateWithMs))
                : QJsonValue()},
    };
}
