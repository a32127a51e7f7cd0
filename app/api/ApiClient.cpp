#include "ApiClient.h"

#include "PendingCall.h"
#include "token/TokenClaims.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects to another origin must never carry the Authorization header; Qt's default
    // policy would forward it. Same-origin redirects are followed, the rest fail as errors.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_network->setAutoDeleteReplies(false);
}

ApiClient::~ApiClient()
{
    // Calls still in flight abort their replies while the network manager still exists.
    qDeleteAll(findChildren<PendingCall *>(Qt::FindDirectChildrenOnly));
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("webhook-diag/" WEBHOOK_DIAG_VERSION " (Qt ") + qVersion() + ')';
}

QString ApiClient::newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString ApiClient::defaultBaseUrl()
{
    return QStringLiteral("https://api.partnercenter.microsoft.com");
}

PendingCall *ApiClient::createValidationEvent(const CallRequest &request)
{
    return sendPrepared(request, prepareValidationEvent(request));
}

CallRecord ApiClient::prepareValidationEvent(const CallRequest &request) const
{
    return prepare(request, QStringLiteral("POST"),
        QStringLiteral("/webhooks/%1/registration/validationEvents").arg(request.apiVersion));
}

PendingCall *ApiClient::sendPrepared(const CallRequest &request, CallRecord prepared)
{
    return send(request, std::move(prepared));
}

PendingCall *ApiClient::getValidationEventStatus(
    const CallRequest &request, const QString &correlationId)
{
    // GUIDs go on the wire lower-case and without braces, however the service spelled them.
    QString id = correlationId.trimmed().toLower();
    if (id.startsWith(QLatin1Char('{')) && id.endsWith(QLatin1Char('}')))
        id = id.mid(1, id.size() - 2);
    return send(request,
        prepare(request, QStringLiteral("GET"),
            QStringLiteral("/webhooks/%1/registration/validationEvents/%2")
                .arg(request.apiVersion, id)));
}

PendingCall *ApiClient::getRegistration(const CallRequest &request)
{
    return send(request,
        prepare(request, QStringLiteral("GET"),
            QStringLiteral("/webhooks/%1/registration").arg(request.apiVersion)));
}

PendingCall *ApiClient::getRegistrationEvents(const CallRequest &request)
{
    return send(request,
        prepare(request, QStringLiteral("GET"),
            QStringLiteral("/webhooks/%1/registration/events").arg(request.apiVersion)));
}

CallRecord ApiClient::prepare(
    const CallRequest &request, const QString &method, const QString &relativePath) const
{
    CallRecord record;
    record.sentAtUtc = QDateTime::currentDateTimeUtc();
    record.baseUrl = request.baseUrl.toString(QUrl::FullyEncoded);
    record.apiVersion = request.apiVersion;
    record.method = method;
    record.path = request.baseUrl.path() + relativePath;
    record.msCorrelationId = newGuid();
    record.msRequestId = request.requestId.isEmpty() ? newGuid() : request.requestId;
    record.retryOf = request.retryOf;
    // Which tenant and application the call ran as goes into tickets; the token does not.
    const TokenClaims claims = TokenClaims::decode(request.token);
    record.tokenTenantId = claims.tenantId;
    record.tokenAppId = claims.appId;
    record.tokenAudience = claims.audienceText();
    return record;
}

PendingCall *ApiClient::send(const CallRequest &request, CallRecord record)
{
    const QByteArray method = record.method.toLatin1();
    QUrl url = request.baseUrl;
    url.setPath(record.path);

    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Authorization", "Bearer " + request.token.toLatin1());
    networkRequest.setRawHeader("MS-CorrelationId", record.msCorrelationId.toLatin1());
    networkRequest.setRawHeader("MS-RequestId", record.msRequestId.toLatin1());
    networkRequest.setRawHeader("Accept", "application/json");
    // The answers are a few hundred bytes: no compression, so no decompression bomb either
    // (Qt only decodes what it asked for itself).
    networkRequest.setRawHeader("Accept-Encoding", "identity");
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    networkRequest.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    networkRequest.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    networkRequest.setAttribute(
        QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(
        QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    QNetworkReply *reply = nullptr;
    if (method == "POST") {
        // An empty body must go out as Content-Length: 0 with no invented Content-Type.
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, 0);
        reply = m_network->sendCustomRequest(networkRequest, method, QByteArray());
    } else {
        reply = m_network->sendCustomRequest(networkRequest, method);
    }

    auto *call = new PendingCall(reply, std::move(record), request.timeout, this);
    call->setSecret(request.token);
    connect(call, &PendingCall::finished, call, &QObject::deleteLater);
    return call;
}
