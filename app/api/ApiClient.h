#pragma once

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

    // "webhook-diag/<version> (Qt <version>)"
    static QByteArray userAgent();
    // A fresh lower-case GUID without braces, as the wire format wants.
    static QString newGuid();
    // The default endpoint, the Global Partner Center API.
    static QString defaultBaseUrl();

private:
    PendingCall *send(
        const CallRequest &request, const QByteArray &method, const QString &relativePath);

    QNetworkAccessManager *m_network;
};
