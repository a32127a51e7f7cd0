#include "HistoryWorker.h"

#include "HistoryStore.h"

namespace {
// How often the window looks for calls another process (the CLI) has added.
constexpr int WatchIntervalMs = 1000;
// ... and every this many looks, for pending calls whose program died.
constexpr int RecoverEveryChecks = 5;
} // namespace

HistoryWorker::HistoryWorker(const QString &path)
    : m_path(path)
{ }

HistoryWorker::~HistoryWorker() = default;

void HistoryWorker::open()
{
    m_store = std::make_unique<HistoryStore>();
    const HistoryStore::OpenReport report = m_store->openResilient(m_path);
    const bool ok = report.mode != HistoryStore::OpenMode::Unavailable;
    if (ok) {
        m_dataVersion = m_store->dataVersion().value_or(-1);
        m_watch = new QTimer(this);
        connect(m_watch, &QTimer::timeout, this, &HistoryWorker::checkForChanges);
        m_watch->start(WatchIntervalMs);
    }
    emit opened(ok, ok && !m_store->isReadOnly(), ok ? report.notice : m_store->lastError());
    if (ok)
        recover();
}

void HistoryWorker::recover()
{
    const std::optional<int> marked = m_store->recoverInterrupted(QDateTime::currentDateTimeUtc());
    if (marked && *marked > 0) {
        m_total = -1;
        emit interruptedFound(*marked);
    }
}

void HistoryWorker::query(
    int generation, const HistoryFilter &filter, const HistorySort &sort, int pageSize)
{
    if (generation < m_latestGeneration || !m_store)
        return;
    const auto rows = m_store->page(filter, sort, std::nullopt, pageSize);
    if (!rows) {
        emit failed(generation, m_store->lastError());
        return;
    }
    emit pageReady(generation, *rows, rows->size() < pageSize, true);

    // Counting can take a while on a big history: not when a newer query is waiting.
    if (generation < m_latestGeneration)
        return;
    if (m_total < 0)
        m_total = m_store->count(HistoryFilter()).value_or(-1);
    const bool filtered = !filter.search.trimmed().isEmpty() || filter.outcome.has_value();
    if (filtered && generation < m_latestGeneration)
        return;
    const qint64 matching = filtered ? m_store->count(filter).value_or(-1) : m_total;
    if (m_total >= 0 && matching >= 0)
        emit countsReady(generation, matching, m_total);
}

void HistoryWorker::fetchMore(int generation, const HistoryFilter &filter, const HistorySort &sort,
    const HistoryCursor &after, int pageSize)
{
    if (generation < m_latestGeneration || !m_store)
        return;
    const auto rows = m_store->page(filter, sort, after, pageSize);
    if (!rows) {
        emit failed(generation, m_store->lastError());
        return;
    }
    emit pageReady(generation, *rows, rows->size() < pageSize, false);
}

void HistoryWorker::addCall(const CallRecord &record)
{
    CallRecord stored = record;
    if (!m_store || !m_store->add(stored)) {
        emit addFailed(record, m_store ? m_store->lastError() : QString());
        return;
    }
    // Our own commit does not change data_version; it is not news from elsewhere.
    m_total = -1;
    emit callAdded(stored);
}

void HistoryWorker::addPending(const CallRecord &record, qint64 timeoutMs)
{
    CallRecord stored = record;
    if (!m_store || !m_store->addPending(stored, std::chrono::milliseconds(timeoutMs))) {
        emit pendingFailed(record, m_store ? m_store->lastError() : tr("The history is not open."));
        return;
    }
    m_total = -1;
    emit pendingAdded(stored);
}

void HistoryWorker::completeCall(const CallRecord &record)
{
    if (!m_store || !m_store->complete(record)) {
        emit addFailed(record, m_store ? m_store->lastError() : tr("The history is not open."));
        return;
    }
    emit callCompleted(record);
}

void HistoryWorker::cancelPending(const QString &msCorrelationId)
{
    if (!m_store)
        return;
    std::optional<CallRecord> call = m_store->findBySentCorrelationId(msCorrelationId);
    if (!call || call->outcome != Outcome::Pending)
        return;
    call->outcome = Outcome::Cancelled;
    call->networkError = tr("Cancelled before it was sent.");
    if (m_store->complete(*call))
        emit callCompleted(*call);
}

void HistoryWorker::recordDelivery(qint64 id, const QString &status, int attempts,
    const QString &lastResponse, const QDateTime &checkedUtc, const QString &body)
{
    if (m_store && m_store->recordDelivery(id, status, attempts, lastResponse, checkedUtc, body))
        emit deliveryRecorded(id);
}

void HistoryWorker::checkRecentSends(const QString &baseUrl, const QDateTime &since)
{
    const auto sends = m_store ? m_store->sendsSince(baseUrl, since) : std::nullopt;
    emit recentSends(baseUrl, sends.value_or(QList<QDateTime>()));
}

void HistoryWorker::loadDetail(qint64 id)
{
    if (!m_store)
        return;
    if (const std::optional<CallRecord> record = m_store->findById(id)) {
        const qint64 first = record->retryOf > 0 ? record->retryOf : record->id;
        emit detailReady(*record, m_store->attemptCount(first).value_or(record->attempt));
    }
}

void HistoryWorker::exportCsv(
    const HistoryFilter &filter, const HistorySort &sort, const QString &path)
{
    HistoryCsvExporter::Result result;
    if (!m_store) {
        result.error = tr("The history is not open.");
    } else {
        result = HistoryCsvExporter::exportTo(*m_store, filter, path, sort);
    }
    emit exportFinished(path, result);
}

void HistoryWorker::checkForChanges()
{
    if (!m_store)
        return;
    // Another program's call left pending by a crash shows as interrupted within seconds.
    if (++m_checks % RecoverEveryChecks == 0)
        recover();
    const std::optional<qint64> version = m_store->dataVersion();
    if (version && *version != m_dataVersion) {
        m_dataVersion = *version;
        m_total = -1;
        emit changedElsewhere();
    }
}
