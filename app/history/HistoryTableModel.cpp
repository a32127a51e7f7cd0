#include "HistoryTableModel.h"

#include "HistoryService.h"
#include "HistoryStore.h"
#include "HistoryWorker.h"

#include <QLocale>

#include <utility>

namespace {
// A refresh reloads at most this many rows so that what the user scrolled to stays put.
constexpr int MaxRefreshRows = 5000;
} // namespace

HistoryTableModel::HistoryTableModel(HistoryService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    HistoryWorker *worker = service->worker();
    connect(worker, &HistoryWorker::pageReady, this, &HistoryTableModel::onPageReady);
    connect(worker, &HistoryWorker::countsReady, this, &HistoryTableModel::onCountsReady);
    connect(worker, &HistoryWorker::failed, this, [this](int generation, const QString &error) {
        if (generation == m_pendingGeneration)
            m_pendingGeneration = 0;
        else if (generation == m_generation)
            m_fetching = false;
        else
            return;
        emit failed(error);
    });
    startQuery(false, PageSize);
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : HistoryColumnCount;
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (HistoryColumn(section)) {
    case HistoryColumn::Time:
        return tr("Time");
    case HistoryColumn::Version:
        return tr("Version");
    case HistoryColumn::Status:
        return tr("Status");
    case HistoryColumn::CorrelationId:
        return tr("correlationId");
    case HistoryColumn::MsCorrelationId:
        return tr("MS-CorrelationId");
    case HistoryColumn::MsRequestId:
        return tr("MS-RequestId");
    case HistoryColumn::Duration:
        return tr("Duration");
    case HistoryColumn::Error:
        return tr("Error");
    case HistoryColumn::Delivery:
        return tr("Delivery");
    }
    return QVariant();
}

QString HistoryTableModel::displayText(const CallRecord &r, HistoryColumn column) const
{
    switch (column) {
    case HistoryColumn::Time:
        return r.sentAtUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case HistoryColumn::Version:
        return r.apiVersion;
    case HistoryColumn::Status:
        if (r.outcome == Outcome::Cancelled)
            return tr("cancelled");
        if (r.outcome == Outcome::Pending)
            return tr("sending…");
        if (r.outcome == Outcome::Interrupted)
            return tr("interrupted");
        if (!r.httpStatus)
            return r.attempt > 1 ? tr("no response (attempt %1)").arg(r.attempt)
                                 : tr("no response");
        return r.attempt > 1 ? tr("%1 (attempt %2)").arg(r.statusText()).arg(r.attempt)
                             : r.statusText();
    case HistoryColumn::CorrelationId:
        return r.correlationId;
    case HistoryColumn::MsCorrelationId:
        return r.msCorrelationId;
    case HistoryColumn::MsRequestId:
        return r.msRequestId;
    case HistoryColumn::Duration:
        return tr("%1 ms").arg(QLocale().toString(r.durationMs));
    case HistoryColumn::Error: {
        QString text = r.errorDescription.isEmpty() ? r.networkError : r.errorDescription;
        text = text.section(QLatin1Char('\n'), 0, 0).left(300);
        if (!r.errorCode.isEmpty())
            return text.isEmpty() ? r.errorCode : tr("%1: %2").arg(r.errorCode, text);
        return text;
    }
    case HistoryColumn::Delivery:
        if (!r.deliveryCheckedUtc.isValid())
            return QString();
        //: Delivery column: the status Partner Center reported, then how many attempts it made
        return tr("%1, %n attempt(s)", "", r.deliveryAttempts).arg(r.deliveryStatus.left(100));
    }
    return QString();
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    const CallRecord *r = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!r)
        return QVariant();
    const auto column = HistoryColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*r, column);
    case Qt::ToolTipRole:
        if (column == HistoryColumn::Time)
            return tr("%1 UTC").arg(r->sentAtUtc.toString(Qt::ISODateWithMs));
        if (column == HistoryColumn::Error) {
            const QString text
                = r->errorDescription.isEmpty() ? r->networkError : r->errorDescription;
            return text.left(2000);
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (column == HistoryColumn::Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case RecordIdRole:
        return r->id;
    case OutcomeRole:
        return int(r->outcome);
    case HttpStatusRole:
        return r->httpStatus ? QVariant(*r->httpStatus) : QVariant();
    case SentAtUtcRole:
        return r->sentAtUtc;
    case CorrelationIdRole:
        return r->correlationId;
    case MsCorrelationIdRole:
        return r->msCorrelationId;
    case MsRequestIdRole:
        return r->msRequestId;
    case DurationMsRole:
        return r->durationMs;
    default:
        return QVariant();
    }
}

const CallRecord *HistoryTableModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int HistoryTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

bool HistoryTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching && m_pendingGeneration == 0
        && !m_rows.isEmpty();
}

void HistoryTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    m_service->fetchMore(m_generation, m_filter, m_sort,
        HistoryStore::cursorAfter(m_rows.constLast(), m_sort.column), PageSize);
}

void HistoryTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= HistoryColumnCount)
        return;
    const HistorySort wanted {HistoryColumn(column), order};
    if (wanted.column == m_sort.column && wanted.order == m_sort.order)
        return;
    m_sort = wanted;
    startQuery(false, PageSize);
}

void HistoryTableModel::setFilter(const HistoryFilter &filter)
{
    if (filter.search == m_filter.search && filter.outcome == m_filter.outcome)
        return;
    m_filter = filter;
    startQuery(false, PageSize);
}

void HistoryTableModel::refresh()
{
    // A query already on its way may have read the history before this change: ask again
    // once it is in.
    if (m_pendingGeneration != 0) {
        m_refreshAgain = true;
        return;
    }
    // One page more than shown, so calls added on top still leave every shown row loaded.
    startQuery(true,
        int(qBound(qsizetype(PageSize), m_rows.size() + PageSize, qsizetype(MaxRefreshRows))));
}

void HistoryTableModel::startQuery(bool refreshing, int pageSize)
{
    m_pendingGeneration = m_service->nextGeneration();
    m_pendingIsRefresh = refreshing;
    m_fetching = false;
    m_service->query(m_pendingGeneration, m_filter, m_sort, pageSize);
}

void HistoryTableModel::onPageReady(
    int generation, const QList<CallRecord> &rows, bool atEnd, bool firstPage)
{
    if (firstPage) {
        if (generation != m_pendingGeneration)
            return;
        const bool refreshing = m_pendingIsRefresh;
        m_pendingGeneration = 0;
        m_generation = generation;
        const bool wasAtEnd = m_atEnd;
        m_atEnd = atEnd;

        // Newest first and the old rows unchanged below the new ones: insert those, so that
        // selection and scrolling stay put. Anything else is a reset (the window then
        // reselects the selected call by its id).
        qsizetype added = -1;
        if (refreshing && !m_rows.isEmpty() && m_sort.column == HistoryColumn::Time
            && m_sort.order == Qt::DescendingOrder) {
            for (qsizetype i = 0; i < rows.size(); ++i) {
                if (rows.at(i).id == m_rows.constFirst().id) {
                    added = i;
                    break;
                }
            }
            const bool unchangedBelow = added >= 0 && rows.size() - added >= m_rows.size()
                && std::equal(m_rows.cbegin(), m_rows.cend(), rows.cbegin() + added,
                    [](const CallRecord &a, const CallRecord &b) { return a.id == b.id; });
            if (!unchangedBelow)
                added = -1;
        }
        if (added >= 0) {
            // Rows already shown may have changed (a pending call finished, a delivery status
            // arrived): take their new values too.
            const qsizetype shown = m_rows.size();
            if (added > 0) {
                beginInsertRows(QModelIndex(), 0, int(added) - 1);
                m_rows = rows.mid(0, added + shown);
                endInsertRows();
                m_atEnd = m_atEnd && rows.size() == m_rows.size();
            } else {
                m_rows = rows.mid(0, shown);
                m_atEnd = wasAtEnd; // nothing new on top: what is shown stays as it was
            }
            emit dataChanged(
                index(int(added), 0), index(int(added + shown) - 1, columnCount() - 1));
        } else {
            beginResetModel();
            m_rows = rows;
            endResetModel();
        }
        emit queryFinished();
        if (std::exchange(m_refreshAgain, false))
            refresh();
        return;
    }

    if (generation != m_generation || m_pendingGeneration != 0)
        return;
    // Views ask canFetchMore() from inside the insert signals: stay "fetching" until the new
    // rows are in, or they would ask again from the old cursor.
    if (!rows.isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
        m_rows.append(rows);
        endInsertRows();
    }
    m_atEnd = atEnd;
    m_fetching = false;
}

void HistoryTableModel::onCountsReady(int generation, qint64 matching, qint64 total)
{
    if (generation != m_generation)
        return;
    m_matching = matching;
    m_total = total;
    emit countsChanged(matching, total);
}
