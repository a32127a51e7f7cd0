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
