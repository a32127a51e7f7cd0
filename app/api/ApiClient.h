#pragma once

#include "CallRecord.h"
#include "CallRequest.h"

#include <QObject>

class PendingCall;
class QNetworkAccessManager;

// Talks to the Partner Center webhook API. Builds each request exactly as SPEC.md describes
// (headers, fresh IDs, same-origin redirects only, TLS errors never ignored) and hands back a
// PendingCall that reports the finished CallRecord.
class ApiClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // POST {base}/webhooks/{version}/registration/validationEvents with an empty body.
    // The returned call is owned by this client and deletes itself after finished().
    PendingCall *createValidationEvent(const CallRequest &request);
    // The same call in two steps, so that the write-ahead record (with the IDs about to be
    // sent) is stored before anything leaves: prepare fills IDs, time, path and the token's
    // claims; send puts exactly those on the wire.
    CallRecord prepareValidationEvent(const CallRequest &request) const;
    PendingCall *sendPrepared(const CallRequest &request, CallRecord prepared);

    // GET .../registration/validationEvents/{correlationId}: where the event was delivered.
    // correlationId must be a GUID (checked by the caller).
    PendingCall *getValidationEventStatus(const CallRequest &request, const QString &correlationId);
    // GET .../registration and GET .../registration/events (read-only).
    PendingCall *getRegistration(const CallRequest &request);
    PendingCall *getRegistrationEvents(const CallRequest &request);

    // "webhook-diag/<version> (Qt <version>)"
    static QByteArray userAgent();
    // A fresh lower-case GUID without braces, as the wire format wants.
    static QString newGuid();
    // The default endpoint, the Global Partner Center API.
    static QString defaultBaseUrl();

private:
    CallRecord prepare(
        const CallRequest &request, const QString &method, const QString &relativePath) const;
    PendingCall *send(const CallRequest &request, CallRecord record);

    QNetworkAccessManager *m_network;
};
