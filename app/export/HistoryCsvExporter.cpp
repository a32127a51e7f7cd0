#include "HistoryCsvExporter.h"

#include "CsvWriter.h"
#include "history/HistoryStore.h"

#include <QDateTime>
#include <QSaveFile>

#include <array>

namespace {

constexpr int ColumnCount = 32;
using Cells = std::array<QByteArrayView, ColumnCount>;

// ISO 8601 UTC with milliseconds ("2026-12-04T10:00:00.123Z") without QDateTime, which costs
// more than the rest of a row together. Returns the view into out.
QByteArrayView isoUtc(qint64 ms, std::array<char, 32> &out)
{
    const qint64 msPerDay = 86400000;
    qint64 days = ms / msPerDay;
    qint64 rest = ms % msPerDay;
    if (rest < 0) {
        rest += msPerDay;
        --days;
    }
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) {
        const QByteArray text = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                                    .toString(Qt::ISODateWithMs)
                                    .toLatin1()
                                    .left(int(out.size()));
        std::copy(text.begin(), text.end(), out.begin());
        return QByteArrayView(out.data(), text.size());
    }
    const auto put = [&out](int at, qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            out[at + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    out[4] = '-';
    put(5, month, 2);
    out[7] = '-';
    put(8, day, 2);
    out[10] = 'T';
    put(11, rest / 3600000, 2);
    out[13] = ':';
    put(14, rest / 60000 % 60, 2);
    out[16] = ':';
    put(17, rest / 1000 % 60, 2);
    out[19] = '.';
    put(20, rest % 1000, 3);
    out[23] = 'Z';
    return QByteArrayView(out.data(), 24);
}

// The one place that puts a call's values in CSV column order (see header()).
Cells cellsOf(const ExportRow &r, std::array<char, 32> &time, std::array<char, 32> &checked)
{
    return {isoUtc(r.sentAtMs, time), r.apiVersion, r.outcome, r.httpStatus, r.correlationId,
        r.msCorrelationId, r.msRequestId, r.durationMs, r.errorCode, r.errorDescription,
        r.errorBody, r.deliveryStatus, r.deliveryAttempts, r.lastDeliveryResponse, r.baseUrl,
        r.method, r.path, r.httpReason, r.responseMsCorrelationId, r.responseMsRequestId, r.msCv,
        r.xLocale, r.retryAfter, r.wwwAuthenticate, r.networkError,
        r.bodyTruncated ? QByteArrayView("true") : QByteArrayView("false"),
        r.deliveryCheckedMs ? isoUtc(r.deliveryCheckedMs, checked) : QByteArrayView(),
        r.tokenTenantId, r.tokenAppId, r.tokenAudience, r.attempt, r.retryOf};
}

} // namespace

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
        // Ours: the delivery status first (issue 4 asks for these right after the contract).
        QStringLiteral("delivery_status"),
        QStringLiteral("delivery_attempts"),
        QStringLiteral("last_delivery_response"),
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
        QStringLiteral("delivery_checked_at_utc"),
        QStringLiteral("token_tenant_id"),
        QStringLiteral("token_app_id"),
        QStringLiteral("token_audience"),
        QStringLiteral("attempt"),
        QStringLiteral("retry_of"),
    };
    Q_ASSERT(columns.size() == ColumnCount);
    return columns;
}

QStringList HistoryCsvExporter::row(const CallRecord &r)
{
    // Same path as a streamed export: the record's values as UTF-8, then cellsOf().
    QList<QByteArray> keep; // owns the bytes the row's views point at
    const auto utf8 = [&keep](const QString &text) {
        keep.append(text.toUtf8());
        return QByteArrayView(keep.constLast());
    };
    const auto number = [&keep](qint64 value) {
        keep.append(QByteArray::number(value));
        return QByteArrayView(keep.constLast());
    };
    const auto header = [&](const char *name) {
        return utf8(r.responseHeaders.value(QLatin1String(name)));
    };
    keep.reserve(32);

    ExportRow row;
    row.sentAtMs = r.sentAtUtc.toMSecsSinceEpoch();
    row.apiVersion = utf8(r.apiVersion);
    row.outcome = utf8(outcomeName(r.outcome));
    row.httpStatus = r.httpStatus ? number(*r.httpStatus) : QByteArrayView();
    row.correlationId = utf8(r.correlationId);
    row.msCorrelationId = utf8(r.msCorrelationId);
    row.msRequestId = utf8(r.msRequestId);
    row.durationMs = number(r.durationMs);
    row.errorCode = utf8(r.errorCode);
    row.errorDescription = utf8(r.errorDescription);
    row.errorBody = utf8(r.errorBody());
    row.baseUrl = utf8(r.baseUrl);
    row.method = utf8(r.method);
    row.path = utf8(r.path);
    row.httpReason = utf8(r.httpReason);
    row.responseMsCorrelationId = header("MS-CorrelationId");
    row.responseMsRequestId = header("MS-RequestId");
    row.msCv = header("MS-CV");
    row.xLocale = header("X-Locale");
    row.retryAfter = header("Retry-After");
    row.wwwAuthenticate = header("WWW-Authenticate");
    row.networkError = utf8(r.networkError);
    row.bodyTruncated = r.bodyTruncated;
    const bool checked = r.deliveryCheckedUtc.isValid();
    row.deliveryStatus = utf8(r.deliveryStatus);
    row.deliveryAttempts = checked ? number(r.deliveryAttempts) : QByteArrayView();
    row.lastDeliveryResponse = utf8(r.lastDeliveryResponse);
    row.deliveryCheckedMs = checked ? r.deliveryCheckedUtc.toMSecsSinceEpoch() : 0;
    row.tokenTenantId = utf8(r.tokenTenantId);
    row.tokenAppId = utf8(r.tokenAppId);
    row.tokenAudience = utf8(r.tokenAudience);
    row.attempt = number(r.attempt);
    row.retryOf = r.retryOf ? number(r.retryOf) : QByteArrayView();

    std::array<char, 32> time {};
    std::array<char, 32> checkedTime {};
    QStringList cells;
    for (const QByteArrayView cell : cellsOf(row, time, checkedTime))
        cells.append(QString::fromUtf8(cell));
    return cells;
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
    std::array<char, 32> time {};
    std::array<char, 32> checkedTime {};
    const auto counted = [&](bool rowWritten) {
        written = rowWritten;
        result.rows += rowWritten ? 1 : 0;
        return rowWritten;
    };
    const auto streamed = [&](const ExportRow &r) {
        const Cells cells = cellsOf(r, time, checkedTime);
        return counted(writer.writeRow(cells.data(), qsizetype(cells.size())));
    };
    const auto fromRecords = [&](const CallRecord &record) {
        return counted(writer.writeRow(row(record)));
    };
    const bool read = written
        && (store.canStreamExportRows() ? store.forEachExportRow(filter, sort, streamed)
                                        : store.forEach(filter, fromRecords, sort));
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
