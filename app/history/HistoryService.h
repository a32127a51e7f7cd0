#pragma once

#include "HistoryFilter.h"
#include "HistorySort.h"
#include "api/CallRecord.h"

#include <QObject>
#include <QThread>

#include <chrono>

class HistoryWorker;

// The window's handle on the history: runs a HistoryWorker on its own thread and forwards
// requests to it without waiting. Connect to worker()'s signals for the results.
class HistoryService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryService)

public:
    explicit HistoryService(const QString &path, QObject *parent = nullptr);
    ~HistoryService() override;

    QString path() const { return m_path; }
    HistoryWorker *worker() const { return m_worker; }

    // A new query generation; older queries still queued are then skipped.
    int nextGeneration();

    void query(int generation, const HistoryFilter &filter, const HistorySort &sort, int pageSize);
    void fetchMore(int generation, const HistoryFilter &filter, const HistorySort &sort,
        const HistoryCursor &after, int pageSize);
    void addCall(const CallRecord &record);
    void addPending(const CallRecord &record, std::chrono::milliseconds timeout);
    void completeCall(const CallRecord &record);
    void cancelPending(const QString &msCorrelationId);
    void recordDelivery(qint64 id, const QString &status, int attempts, const QString &lastResponse,
        const QDateTime &checkedUtc, const QString &body);
    void checkRecentSends(const QString &baseUrl, const QDateTime &since);
    void loadDetail(qint64 id);
    void exportCsv(const HistoryFilter &filter, const HistorySort &sort, const QString &path);

signals:
    // Forwarded from the worker with a queued delivery, so a window connected right after
    // construction never misses it.
    // ok: there is a history to show; writable: new calls are saved to it. message explains a
    // failure, a read-only history or a damaged file kept aside (empty when all is well).
    void opened(bool ok, bool writable, const QString &message);
    // Forwarded like opened(): found when the history is opened, before anyone could connect.
    void interruptedFound(int count);

private:
    QString m_path;
    QThread m_thread;
    HistoryWorker *m_worker;
    int m_generation = 0;
};
