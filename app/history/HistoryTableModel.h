#pragma once

#include "HistoryFilter.h"
#include "HistorySort.h"
#include "api/CallRecord.h"

#include <QAbstractTableModel>
#include <QList>

class HistoryService;

// The history as a table, newest first by default, for millions of calls: rows arrive a page
// at a time from the history thread (fetchMore as the view scrolls, keyset-paged), filtering
// and sorting run in SQLite, and the UI thread never waits for either.
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryTableModel)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        OutcomeRole, // Outcome as int
        HttpStatusRole, // int, or invalid when there was no response
        SentAtUtcRole, // QDateTime (UTC)
        CorrelationIdRole, // the returned correlationId
        MsCorrelationIdRole,
        MsRequestIdRole,
        DurationMsRole,
    };
    static constexpr int PageSize = 200;

    explicit HistoryTableModel(HistoryService *service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const HistoryFilter &filter);
    HistoryFilter filter() const { return m_filter; }
    HistorySort sortOrder() const { return m_sort; }

    // The loaded record at row (response body not loaded), or nullptr.
    const CallRecord *recordAt(int row) const;
    int rowOfId(qint64 id) const;
    // -1 until counted.
    qint64 matchingCount() const { return m_matching; }
    qint64 totalCount() const { return m_total; }
    bool isQuerying() const { return m_pendingGeneration != 0; }

    // Reloads after calls were added (here or by another process), keeping what is shown.
    void refresh();

signals:
    void countsChanged(qint64 matching, qint64 total);
    // The first page of a new filter or sort is shown.
    void queryFinished();
    void failed(const QString &error);

private:
    void startQuery(bool refreshing, int pageSize);
    void onPageReady(int generation, const QList<CallRecord> &rows, bool atEnd, bool firstPage);
    void onCountsReady(int generation, qint64 matching, qint64 total);
    QString displayText(const CallRecord &record, HistoryColumn column) const;

    HistoryService *m_service;
    HistoryFilter m_filter;
    HistorySort m_sort;
    QList<CallRecord> m_rows;
    bool m_atEnd = false;
    bool m_fetching = false;
    int m_generation = 0; // the generation whose rows are shown
    int m_pendingGeneration = 0; // a first page on its way, or 0
    bool m_pendingIsRefresh = false;
    bool m_refreshAgain = false; // a refresh came in while a query was on its way
    qint64 m_matching = -1;
    qint64 m_total = -1;
};
