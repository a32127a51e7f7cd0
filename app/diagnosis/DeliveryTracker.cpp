#include "DeliveryTracker.h"

#include "api/ApiClient.h"
#include "api/PendingCall.h"
#include "api/ResponseParser.h"

bool DeliveryTracker::isExpiredOnServer(const QDateTime &sentAtUtc, const QDateTime &nowUtc)
{
    return sentAtUtc.isValid()
        && sentAtUtc.msecsTo(nowUtc)
        > std::chrono::duration_cast<std::chrono::milliseconds>(StateLifetime).count();
}

QList<std::chrono::milliseconds> DeliveryTracker::defaultSchedule()
{
    using namespace std::chrono_literals;
    return {2s, 4s, 8s, 16s, 32s, 64s};
}

DeliveryTracker::DeliveryTracker(
    ApiClient *client, CallRequest request, QString correlationId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_correlationId(std::move(correlationId))
    , m_schedule(defaultSchedule())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeliveryTracker::query);
}

DeliveryTracker::~DeliveryTracker()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
    // The token leaves memory with the tracker.
    m_request.token.fill(QLatin1Char('\0'));
}

void DeliveryTracker::start(std::chrono::milliseconds firstDelay, bool follow)
{
    if (m_running)
        return;
    m_running = true;
    m_follow = follow;
    m_nextWait = 0;
    m_result = Result();
    m_timer.start(firstDelay);
}

void DeliveryTracker::cancel()
{
    if (!m_running)
        return;
    m_timer.stop();
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
    finish(Ending::Cancelled);
}

void DeliveryTracker::query()
{
    m_call = m_client->getValidationEventStatus(m_request, m_correlationId);
    PendingCall *call = m_call;
    connect(call, &PendingCall::finished, this, [this, call](const CallRecord &record) {
        m_result.body = QString::fromUtf8(call->body());
        handle(record);
    });
}

void DeliveryTracker::handle(const CallRecord &record)
{
    m_call = nullptr;
    m_result.lastQuery = record;
    const int status = record.httpStatus.value_or(0);
    if (record.outcome == Outcome::Success) {
        m_result.checkedUtc = QDateTime::currentDateTimeUtc();
        m_result.status = ResponseParser::deliveryStatus(m_result.body.toUtf8());
        if (!m_result.status.parsed) {
            finish(Ending::Failed,
                tr("Partner Center answered the status query with something that is not a "
                   "status (HTTP %1).")
                    .arg(status));
            return;
        }
        emit statusRead(m_result.status, m_result.body, m_result.checkedUtc);
        if (!m_running)
            return; // a slot cancelled the tracker
        if (m_result.status.isFinal()) {
            finish(Ending::Final);
            return;
        }
    } else if (status == 404) {
        finish(Ending::NotFound,
            tr("Partner Center does not know this correlationId (HTTP 404). It keeps a "
               "validation event for 7 days; the event may also have been sent with another "
               "tenant or to another endpoint."));
        return;
    } else if (status >= 400 && status < 500 && status != 429) {
        const QString detail
            = record.errorDescription.isEmpty() ? record.statusText() : record.errorDescription;
        finish(Ending::Failed,
            tr("The status query was refused (HTTP %1): %2").arg(status).arg(detail));
        return;
    }
    // Still delivering, or a passing failure (no response, 5xx, 429): ask again later.
    if (!m_follow || m_nextWait >= m_schedule.size()) {
        if (record.outcome == Outcome::Success) {
            finish(Ending::StillDelivering);
        } else {
            const QString detail = record.networkError.isEmpty()
                ? (record.errorDescription.isEmpty() ? record.statusText()
                                                     : record.errorDescription)
                : record.networkError;
            finish(Ending::Failed, tr("The status query failed: %1").arg(detail));
        }
        return;
    }
    m_timer.start(m_schedule.at(m_nextWait++));
}

void DeliveryTracker::finish(Ending ending, const QString &message)
{
    m_running = false;
    // A finished tracker never asks again: the token goes now, not when it is deleted.
    m_request.token.fill(QLatin1Char('\0'));
    m_request.token.clear();
    m_result.ending = ending;
    m_result.message = message;
    emit finished(m_result);
}
