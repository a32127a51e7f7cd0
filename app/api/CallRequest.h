#pragma once

#include <QString>
#include <QUrl>

#include <chrono>

// Everything needed to send one Create Validation Event call, already validated by
// InputValidator. The token lives here only for as long as the call needs it; it is never
// copied into a CallRecord.
struct CallRequest
{
    QUrl baseUrl; // scheme + host (+ optional path prefix), no trailing slash
    QString apiVersion; // normalised, e.g. "v1"
    QString token; // without the "Bearer " prefix
    QString requestId; // MS-RequestId to reuse (retry after a timeout); empty = a fresh one
    qint64 retryOf = 0; // history id of the first attempt when this call retries one
    std::chrono::milliseconds timeout {std::chrono::seconds(30)};
};
