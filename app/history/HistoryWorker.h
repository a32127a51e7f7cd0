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
    void loadDetail(qint64 id);
    void exportCsv(const HistoryFilter &filter, const HistorySort &sort, const QString &path);
    // Emits changedElsewhere() when another process committed since the last check.
    void checkForChanges();

signals:
    void opened(bool ok, const QString &error);
    void pageReady(int generation, const QList<CallRecord> &rows, bool atEnd, bool firstPage);
    void countsReady(int generation, qint64 matching, qint64 total);
    void callAdded(const CallRecord &record);
    void addFailed(const CallRecord &record, const QString &error);
    void detailReady(const CallRecord &record);
    void exportFinished(const QString &path, const HistoryCsvExporter::Result &result);
    void changedElsewhere();
    // A query or page of that generation failed.
    void failed(int generation, const QString &error);

private:
    QString m_path;
    std::unique_ptr<HistoryStore> m_store;
    QTimer *m_watch = nullptr;
    qint64 m_dataVersion = -1;
    qint64 m_total = -1; // all calls; -1 after a change until counted again
    std::atomic<int> m_latestGeneration {0};
};
