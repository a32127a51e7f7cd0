#pragma once

#include "HistoryFilter.h"
#include "HistorySort.h"
#include "api/CallRecord.h"
#include "export/HistoryCsvExporter.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class HistoryStore;

// Does every history read and write of the window on its own thread, so the UI thread never
// waits for the disk or for another process's lock. Call its slots through queued
// connections (HistoryService does); results come back as signals.
class HistoryWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWorker)

public:
    explicit HistoryWorker(const QString &path);
    ~HistoryWorker() override;

    // Queries older than this generation are skipped: a newer keystroke made them moot.
    void setLatestGeneration(int generation) { m_latestGeneration = generation; }

public slots:
    void open();
    // First page for a new filter or sort, then the counts.
    void query(int generation, const HistoryFilter &filter, const HistorySort &sort, int pageSize);
    void fetchMore(int generation, const HistoryFilter &filter, const HistorySort &sort,
        const HistoryCursor &after, int pageSize);
    void addCall(const CallRecord &record);
    // The write-ahead record of a call about to be sent (see HistoryStore::addPending).
    void addPending(const CallRecord &record, qint64 timeoutMs);
    // The result of a call added with addPending.
    void completeCall(const CallRecord &record);
    // A write-ahead record whose request never left (cancelled, window closed): cancelled.
    void cancelPending(const QString &msCorrelationId);
    void recordDelivery(qint64 id, const QString &status, int attempts, const QString &lastResponse,
        const QDateTime &checkedUtc, const QString &body);
    // When calls to baseUrl were sent since since (the throttle's input).
    void checkRecentSends(const QString &baseUrl, const QDateTime &since);
    void loadDetail(qint64 id);
    void exportCsv(const HistoryFilter &filter, const HistorySort &sort, const QString &path);
    // Emits changedElsewhere() when another process committed since the last check.
    void checkForChanges();

signals:
    void opened(bool ok, bool writable, const QString &message);
    void pageReady(int generation, const QList<CallRecord> &rows, bool atEnd, bool firstPage);
    void countsReady(int generation, qint64 matching, qint64 total);
    void callAdded(const CallRecord &record);
    void addFailed(const CallRecord &record, const QString &error);
    void pendingAdded(const CallRecord &record);
    void pendingFailed(const CallRecord &record, const QString &error);
    void callCompleted(const CallRecord &record);
    void deliveryRecorded(qint64 id);
    void recentSends(const QString &baseUrl, const QList<QDateTime> &sends);
    // Pending calls of programs that died were marked interrupted.
    void interruptedFound(int count);
    // attempts: how many attempts the call's retry chain has.
    void detailReady(const CallRecord &record, int attempts);
    void exportFinished(const QString &path, const HistoryCsvExporter::Result &result);
    void changedElsewhere();
    // A query or page of that generation failed.
    void failed(int generation, const QString &error);

private:
    void recover();

    QString m_path;
    std::unique_ptr<HistoryStore> m_store;
    QTimer *m_watch = nullptr;
    qint64 m_dataVersion = -1;
    qint64 m_total = -1;
    int m_checks = 0; // all calls; -1 after a change until counted again
    std::atomic<int> m_latestGeneration {0};
};
