#include "HistoryCsvExporter.h"

#include "CsvWriter.h"
#include "history/HistoryStore.h"

#include <QSaveFile>

const QStringList &HistoryCsvExporter::header()
{
    static const QStringList columns {
        // The contract's eleven, in this order.
        QStringLiteral("sent_at_utc"),
        QStringLiteral("api_version"),
        QStringLiteral("outcome"),
        QStringLiteral("http_status"),
        QStringLiteral("correlation_id"),
        QStringLiteral("ms_correlationid"),
        QStringLiteral("ms_requestid"),
        QStringLiteral("duration_ms"),
        QStringLiteral("error_code"),
        QStringLiteral("error_description"),
        QStringLiteral("error_body"),
        // Ours.
        QStringLiteral("base_url"),
        QStringLiteral("method"),
        QStringLiteral("path"),
        QStringLiteral("http_reason"),
        QStringLiteral("response_ms_correlationid"),
        QStringLiteral("response_ms_requestid"),
        QStringLiteral("ms_cv"),
        QStringLiteral("x_locale"),
        QStringLiteral("retry_after"),
        QStringLiteral("www_authenticate"),
        QStringLiteral("network_error"),
        QStringLiteral("body_truncated"),
    };
    return columns;
}

QStringList HistoryCsvExporter::row(const CallRecord &r)
{
    const auto header = [&r](const char *name) {
        return r.responseHeaders.value(QLatin1String(name));
    };
    return {
        r.sentAtIso(),
        r.apiVersion,
        outcomeName(r.outcome),
        r.httpStatus ? QString::number(*r.httpStatus) : QString(),
        r.correlationId,
        r.msCorrelationId,
        r.msRequestId,
        QString::number(r.durationMs),
        r.errorCode,
        r.errorDescription,
        r.errorBody(),
        r.baseUrl,
        r.method,
        r.path,
        r.httpReason,
        header("MS-CorrelationId"),
        header("MS-RequestId"),
        header("MS-CV"),
        header("X-Locale"),
        header("Retry-After"),
        header("WWW-Authenticate"),
        r.networkError,
        r.bodyTruncated ? QStringLiteral("true") : QStringLiteral("false"),
    };
}

HistoryCsvExporter::Result HistoryCsvExporter::exportTo(
    HistoryStore &store, const HistoryFilter &filter, const QString &path, const HistorySort &sort)
{
    Result result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("Cannot write %1: %2.").arg(path, file.errorString());
        return result;
    }

    CsvWriter writer(&file);
    bool written = writer.writeBom() && writer.writeRow(header());
    const bool read = written
        && store.forEach(
            filter,
            [&](const CallRecord &record) {
                written = writer.writeRow(row(record));
                if (written)
                    ++result.rows;
                return written;
            },
            sort);
    written = written && writer.flush();

    if (!read && written) {
        file.cancelWriting();
        result.rows = 0;
        result.error = store.lastError();
        return result;
    }
    if (!written) {
        const QString reason = file.errorString();
        file.cancelWriting();
        result.rows = 0;
        result.error = tr("Cannot write %1: %2. Nothing was exported.").arg(path, reason);
        return result;
    }
    if (!file.commit()) {
        result.rows = 0;
        result.error
            = tr("Cannot write %1: %2. Nothing was exported.").arg(path, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}
