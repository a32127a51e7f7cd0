#pragma once

#include "Outcome.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

// The faithful record of one call as the history keeps it. Holds no secret: the token is never
// part of it.
struct CallRecord
{
    qint64 id = 0; // history row id; 0 until stored
    QDateTime sentAtUtc;
    qint64 durationMs = 0;
    QString baseUrl;
    QString apiVersion;
    QString method;
    QString path;
    QString msCorrelationId; // what we sent
    QString msRequestId; // what we sent
    std::optional<int> httpStatus;
    QString httpReason;
    Outcome outcome = Outcome::NetworkError;
    QString correlationId; // what Partner Center returned
    QString errorCode;
    QString errorDescription;
    QString responseBody; // capped; see bodyTruncated
    bool bodyTruncated = false;
    // Selected response headers (SPEC.md), keyed by their canonical spelling.
    QMap<QString, QString> responseHeaders;
    QString networkError;

    // Retries (SPEC.md's MS-RequestId rule): the first attempt has attempt 1 and retryOf 0;
    // each retry points at the first attempt's id.
    int attempt = 1;
    qint64 retryOf = 0;

    // Whose token was used, read from its claims (never the token itself).
    QString tokenTenantId;
    QString tokenAppId;
    QString tokenAudience;

    // The latest Get Validation Event Status answer; deliveryCheckedUtc is invalid until one
    // was read.
    QString deliveryStatus;
    int deliveryAttempts = 0;
    QString lastDeliveryResponse;
    QDateTime deliveryCheckedUtc;
    QString deliveryBody; // the status body as received (capped), for the attempt list

    // "401 Unauthorized" (or "401" without a reason phrase); empty without a response.
    QString statusText() const;
    // The body a CSV error_body cell and an error view show: empty for successful calls.
    QString errorBody() const;
    // The call as one JSON object (CLI --json); keys are snake_case and stable.
    QJsonObject toJson() const;
    // ISO 8601 UTC with milliseconds and a Z, e.g. 2026-12-04T10:00:00.123Z.
    QString sentAtIso() const;
};

// The response headers SPEC.md asks us to record, in canonical spelling.
const QStringList &recordedResponseHeaders();

Q_DECLARE_METATYPE(CallRecord)
