#pragma once

#include "api/CallRecord.h"
#include "api/CallRequest.h"
#include "api/Registration.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class ApiClient;
class PendingCall;

// Reads the partner's webhook registration and the events it can subscribe to (GET
// /registration and GET /registration/events, never a change) and says what stands in the way
// of a validation event being delivered.
class RegistrationCheck : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrationCheck)

public:
    struct Report
    {
        Registration registration;
        std::optional<QStringList> availableEvents; // std::nullopt when they could not be read
        CallRecord registrationCall;
        CallRecord eventsCall;
        // A call failed (network, 401, 5xx...): a sentence saying which and why.
        QString error;
        // Things a support engineer must see first: no registration, test-created missing.
        QStringList warnings;

        bool notRegistered() const;
        bool missesTestCreated() const;
    };

    // The event a validation event is delivered as.
    static QString testCreatedEvent() { return QStringLiteral("test-created"); }

    RegistrationCheck(ApiClient *client, CallRequest request, QObject *parent = nullptr);
    ~RegistrationCheck() override;

    void start();
    bool isRunning() const { return m_running; }

public slots:
    void cancel();

signals:
    void finished(const RegistrationCheck::Report &report);

private:
    void maybeFinish();
    static QString failure(const CallRecord &call);

    ApiClient *m_client;
    CallRequest m_request;
    QPointer<PendingCall> m_registrationCall;
    QPointer<PendingCall> m_eventsCall;
    bool m_registrationDone = false;
    bool m_eventsDone = false;
    bool m_running = false;
    Report m_report;
};

Q_DECLARE_METATYPE(RegistrationCheck::Report)
