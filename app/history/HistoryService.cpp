#include "HistoryService.h"

#include "HistoryWorker.h"

HistoryService::HistoryService(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_worker(new HistoryWorker(path))
{
    qRegisterMetaType<CallRecord>();
    qRegisterMetaType<QList<CallRecord>>();
    qRegisterMetaType<HistoryCsvExporter::Result>();
    m_thread.setObjectName(QStringLiteral("history"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &HistoryWorker::opened, this, &HistoryService::opened, Qt::QueuedConnection);
    connect(m_worker, &HistoryWorker::interruptedFound, this, &HistoryService::interruptedFound,
        Qt::QueuedConnection);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &HistoryWorker::open, Qt::QueuedConnection);
}

HistoryService::~HistoryService()
{
    // Let every queued request (a call still to be saved above all) run before the thread
    // stops: events are handled in order, so waiting for an empty one flushes them.
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

int HistoryService::nextGeneration()
{
    m_worker->setLatestGeneration(++m_generation);
    return m_generation;
}

void HistoryService::query(
    int generation, const HistoryFilter &filter, const HistorySort &sort, int pageSize)
{
    QMetaObject::invokeMethod(
        m_worker, [=, worker = m_worker] { worker->query(generation, filter, sort, pageSize); },
        Qt::QueuedConnection);
}

void HistoryService::fetchMore(int generation, const HistoryFilter &filter, const HistorySort &sort,
    const HistoryCursor &after, int pageSize)
{
    QMetaObject::invokeMethod(
        m_worker,
        [=, worker = m_worker] { worker->fetchMore(generation, filter, sort, after, pageSize); },
        Qt::QueuedConnection);
}

void HistoryService::addCall(const CallRecord &record)
{
    QMetaObject::invokeMethod(
        m_worker, [=, worker = m_worker] { worker->addCall(record); }, Qt::QueuedConnection);
}

void HistoryService::addPending(const CallRecord &record, std::chrono::milliseconds timeout)
{
    const qint64 ms = timeout.count();
    QMetaObject::invokeMethod(
        m_worker, [=, worker = m_worker] { worker->addPending(record, ms); }, Qt::QueuedConnection);
}

void HistoryService::completeCall(const CallRecord &record)
{
    QMetaObject::invokeMethod(
        m_worker, [=, worker = m_worker] { worker->completeCall(record); }, Qt::QueuedConnection);
}

void HistoryService::cancelPending(const QString &msCorrelationId)
{
    QMetaObject::invokeMethod(
        m_worker, [=, worker = m_worker] { worker->cancelPending(msCorrelationId); },
        Qt::QueuedConnection);
}

void HistoryService::recordDelivery(qint64 id, const QString &status, int attempts,
    const QString &lastResponse, const QDateTime &checkedUtc, const QString &body)
{
    QMetaObject::invokeMethod(
        m_worker,
        [=, worker = m_worker] {
            worker->recordDelivery(id, status, attempts, lastResponse, checkedUtc, body);
        },
        Qt::QueuedConnection);
}

void HistoryService::checkRecentSends(const QString &baseUrl, const QDateTime &since)
{
    QMetaObject::invokeMethod(
        m_worker, [=, worker = m_worker] { worker->checkRecentSends(baseUrl, since); },
        Qt::QueuedConnection);
}

void HistoryService::loadDetail(qint64 id)
{
    QMetaObject::invokeMethod(
        m_worker, [=, worker = m_worker] { worker->loadDetail(id); }, Qt::QueuedConnection);
}

void HistoryService::exportCsv(
    const HistoryFilter &filter, const HistorySort &sort, const QString &path)
{
    QMetaObject::invokeMethod(
        m_worker, [=, worker = m_worker] { worker->exportCsv(filter, sort, path); },
        Qt::QueuedConnection);
}
