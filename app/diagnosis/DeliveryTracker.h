#pragma once

#include "api/CallRecord.h"
#include "api/CallRequest.h"
#include "api/DeliveryStatus.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class ApiClient;
class PendingCall;

// Follows one validation event after it was accepted: asks Get Validation Event Status, and
// while the status is not final asks again with a growing wait (2 s, 4 s, 8 s ... about two
// minutes in all). Cancellable; emits finished() exactly once.
class DeliveryTracker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryTracker)

public:
    enum class Ending {
        Final, // completed or failed
        StillDelivering, // the schedule ran out while Partner Center was still delivering
        NotFound, // 404: expired (7 days) or never known to this endpoint and tenant
        Failed, // the status query itself failed (see message)
        Cancelled,
    };

    struct Result
    {
        Ending ending = Ending::Failed;
        DeliveryStatus status; // the last status read (parsed = false when none was)
        QString body; // the last status body as received
        QDateTime checkedUtc; // when it was read
        CallRecord lastQuery; // the last GET, with its status and error
        QString message; // a sentence for Ending::NotFound and Ending::Failed
    };

    // Partner Center keeps a validation event's state this long, then answers 404.
    static constexpr std::chrono::hours StateLifetime {24 * 7};
    static bool isExpiredOnServer(const QDateTime &sentAtUtc, const QDateTime &nowUtc);
    // The default waits between queries: 2, 4, 8, 16, 32, 64 s (126 s in all).
    static QList<std::chrono::milliseconds> defaultSchedule();

    DeliveryTracker(
        ApiClient *client, CallRequest request, QString correlationId, QObject *parent = nullptr);
    ~DeliveryTracker() override;

    // Waits between queries (tests use short ones).
    void setSchedule(QList<std::chrono::milliseconds> waits) { m_schedule = std::move(waits); }
    // Queries after firstDelay; with follow, keeps asking on the schedule until final.
    void start(std::chrono::milliseconds firstDelay, bool follow);
    bool isRunning() const { return m_running; }

public slots:
    void cancel();

signals:
    // Each status read, final or not.
    void statusRead(const DeliveryStatus &status, const QString &body, const QDateTime &checkedUtc);
    void finished(const DeliveryTracker::Result &result);

private:
    void query();
    void handle(const CallRecord &record);
    void finish(Ending ending, const QString &message = QString());

    ApiClient *m_client;
    CallRequest m_request;
    QString m_correlationId;
    QList<std::chrono::milliseconds> m_schedule;
    int m_nextWait = 0;
    bool m_follow = false;
    bool m_running = false;
    QTimer m_timer;
    QPointer<PendingCall> m_call;
    Result m_result;
};

Q_DECLARE_METATYPE(DeliveryTracker::Result)
