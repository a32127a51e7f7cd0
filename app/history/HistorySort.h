#pragma once

#include <QVariant>

// The history table's columns, in display order; also what the history can be sorted by.
enum class HistoryColumn {
    Time,
    Version,
    Status,
    CorrelationId,
    MsCorrelationId,
    MsRequestId,
    Duration,
    Error,
    Delivery,
};
constexpr int HistoryColumnCount = int(HistoryColumn::Delivery) + 1;

// How a history query is ordered. Ties are broken by the row id, so every order is total and
// pages never repeat or skip a row.
struct HistorySort
{
    HistoryColumn column = HistoryColumn::Time;
    Qt::SortOrder order = Qt::DescendingOrder;
};

// Where the previous page ended (keyset paging: cheap at any depth, unlike OFFSET).
struct HistoryCursor
{
    QVariant key; // the sort column's value of the last row
    qint64 id = 0; // the last row's id
};
