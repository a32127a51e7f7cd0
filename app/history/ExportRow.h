#pragma once

#include <QByteArrayView>
#include <QtGlobal>

// One call as raw UTF-8 text straight from the database, for streaming exports without
// building a CallRecord per row. The views are valid only during the callback.
struct ExportRow
{
    qint64 sentAtMs = 0; // UTC, milliseconds since the epoch
    QByteArrayView apiVersion;
    QByteArrayView outcome;
    QByteArrayView httpStatus; // empty when there was no response
    QByteArrayView correlationId;
    QByteArrayView msCorrelationId;
    QByteArrayView msRequestId;
    QByteArrayView durationMs;
    QByteArrayView errorCode;
    QByteArrayView errorDescription;
    QByteArrayView errorBody; // the response body, empty for successful calls
    QByteArrayView baseUrl;
    QByteArrayView method;
    QByteArrayView path;
    QByteArrayView httpReason;
    QByteArrayView responseMsCorrelationId;
    QByteArrayView responseMsRequestId;
    QByteArrayView msCv;
    QByteArrayView xLocale;
    QByteArrayView retryAfter;
    QByteArrayView wwwAuthenticate;
    QByteArrayView networkError;
    bool bodyTruncated = false;
    QByteArrayView deliveryStatus;
    QByteArrayView deliveryAttempts; // empty when the status was never checked
    QByteArrayView lastDeliveryResponse;
    qint64 deliveryCheckedMs = 0; // 0 when the status was never checked
    QByteArrayView tokenTenantId;
    QByteArrayView tokenAppId;
    QByteArrayView tokenAudience;
    QByteArrayView attempt;
    QByteArrayView retryOf; // empty for a first attempt
};
