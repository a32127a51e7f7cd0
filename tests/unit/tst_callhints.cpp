// CallHints: the one sentence shown for every kind of call, asserted word for word.
#include "diagnosis/CallHints.h"
#include "i18n/TranslationLoader.h"

#include <QTest>

namespace {

const QString CorrelationId = QStringLiteral("04af2aea-d413-42db-824e-f328001484d1");

CallRecord httpCall(int status, const QString &correlationId = QString())
{
    CallRecord r;
    r.httpStatus = status;
    r.outcome = outcomeForHttpStatus(status);
    r.correlationId = correlationId;
    return r;
}

CallRecord withHeader(CallRecord r, const QString &name, const QString &value)
{
    r.responseHeaders.insert(name, value);
    return r;
}

CallRecord networkCall(const QString &networkError)
{
    CallRecord r;
    r.outcome = Outcome::NetworkError;
    r.networkError = networkError;
    return r;
}

CallRecord networkCallWithStatus(int status, const QString &networkError)
{
    CallRecord r = networkCall(networkError);
    r.httpStatus = status;
    return r;
}

CallRecord cancelledCall(std::optional<int> status)
{
    CallRecord r;
    r.outcome = Outcome::Cancelled;
    r.httpStatus = status;
    r.networkError = QStringLiteral("Cancelled before the call finished.");
    return r;
}

// The exact sentences; a wording change shows up here once.
QString noCorrelationIdHint()
{
    return QStringLiteral("The response reported success but had no correlationId; a proxy may "
                          "have answered instead of Partner Center, so check the base URL and "
                          "the proxy settings.");
}

QString unauthorizedHint()
{
    return QStringLiteral("Partner Center did not accept the token: it is missing, expired, or "
                          "was issued for another audience; get a new token for "
                          "https://api.partnercenter.microsoft.com and send again.");
}

QString unauthorizedHintWith(const QString &error)
{
    return QStringLiteral("Partner Center did not accept the token (WWW-Authenticate says "
                          "error=\"%1\"): it is missing, expired, or was issued for another "
                          "audience; get a new token for https://api.partnercenter.microsoft.com "
                          "and send again.")
        .arg(error);
}

QString forbiddenHint()
{
    return QStringLiteral("The token was accepted, but the user or app it was issued to lacks "
                          "the Partner Center role needed for webhooks; ask a Partner Center "
                          "administrator to assign it.");
}

QString badRequestHint()
{
    return QStringLiteral("Partner Center refused the input of the request; check the API "
                          "version (v1 is the only published one).");
}

QString notFoundHint()
{
    return QStringLiteral("Partner Center found nothing for this request; check the API version "
                          "and that the partner has a webhook registration.");
}

QString throttledMinuteHint()
{
    return QStringLiteral("Partner Center allows only 2 test events per minute; wait a minute "
                          "and send again.");
}

QString otherClientErrorHint(int status)
{
    return QStringLiteral("Partner Center refused the request (HTTP %1); the error code and "
                          "description say why.")
        .arg(status);
}

QString serverErrorHint(int status)
{
    return QStringLiteral("Partner Center or one of its dependencies failed (HTTP %1); try again "
                          "later, and a retry with the same MS-RequestId is safe.")
        .arg(status);
}

QString cancelledHint()
{
    return QStringLiteral("The call was cancelled; if the request may have reached Partner "
                          "Center, send it again with the same MS-RequestId.");
}

QString tlsHint()
{
    return QStringLiteral("The server's certificate was not trusted, so the connection was "
                          "closed and nothing was sent insecurely; a proxy or security product "
                          "may be intercepting TLS, or the system clock may be wrong.");
}

QString redirectHint()
{
    return QStringLiteral("The server redirected the request to another host, which was "
                          "refused to keep the token safe; check that the base URL is the "
                          "Partner Center endpoint.");
}

QString tooManyRedirectsHint()
{
    return QStringLiteral("The server kept redirecting the request; check that the base URL is "
                          "the Partner Center endpoint.");
}

QString timeoutHint()
{
    return QStringLiteral("No answer arrived in time; retry with the same MS-RequestId, which is "
                          "safe even if the first request reached Partner Center.");
}

QString connectionHint()
{
    return QStringLiteral("The connection to Partner Center could not be made; check the "
                          "network connection, the VPN and the proxy settings.");
}

QString genericNetworkHint()
{
    return QStringLiteral("The call failed before Partner Center answered; check the network "
                          "error, then retry with the same MS-RequestId, which is safe.");
}

QString unexpectedStatusHint(int status)
{
    return QStringLiteral("The server answered with HTTP %1, which does not complete this "
                          "request; check the base URL and the proxy settings.")
        .arg(status);
}

} // namespace

class TestCallHints : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hintFor_data();
    void hintFor();
    void throttled_data();
    void throttled();
};

void TestCallHints::initTestCase()
{
    // Plurals read as a user sees them ("1 second", not "1 second(s)").
    TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestCallHints::hintFor_data()
{
    QTest::addColumn<CallRecord>("record");
    QTest::addColumn<QString>("expected");

    const QString wwwAuthenticate = QStringLiteral("WWW-Authenticate");

    QTest::newRow("200 with correlationId") << httpCall(200, CorrelationId) << QString();
    QTest::newRow("200 without correlationId") << httpCall(200) << noCorrelationIdHint();
    QTest::newRow("204 without correlationId") << httpCall(204) << noCorrelationIdHint();

    QTest::newRow("401 without header") << httpCall(401) << unauthorizedHint();
    QTest::newRow("401 Bearer without error") << withHeader(httpCall(401), wwwAuthenticate,
        QStringLiteral("Bearer realm=\"\"")) << unauthorizedHint();
    QTest::newRow("401 invalid_token") << withHeader(httpCall(401), wwwAuthenticate,
        QStringLiteral("Bearer authorization_uri=\"https://login.microsoftonline.com/"
                       "common\", error=\"invalid_token\", error_description=\"The token "
                       "is expired\"")) << unauthorizedHintWith(QStringLiteral("invalid_token"));
    QTest::newRow("401 error unquoted, name in capitals")
        << withHeader(httpCall(401), wwwAuthenticate,
               QStringLiteral("Bearer ERROR=insufficient_scope,scope=\"x\""))
        << unauthorizedHintWith(QStringLiteral("insufficient_scope"));
    QTest::newRow("401 error_description alone is not error") << withHeader(
        httpCall(401), wwwAuthenticate, QStringLiteral("Bearer error_description=\"expired\""))
                                                              << unauthorizedHint();
    QTest::newRow("401 hostile error value is not quoted") << withHeader(
        httpCall(401), wwwAuthenticate, QStringLiteral("Bearer error=\"<b>call 555-0100</b>\""))
                                                           << unauthorizedHint();
    QTest::newRow("401 empty error value")
        << withHeader(httpCall(401), wwwAuthenticate, QStringLiteral("Bearer error=\"\""))
        << unauthorizedHint();

    QTest::newRow("403") << httpCall(403) << forbiddenHint();
    QTest::newRow("400") << httpCall(400) << badRequestHint();
    QTest::newRow("404") << httpCall(404) << notFoundHint();
    QTest::newRow("405") << httpCall(405) << otherClientErrorHint(405);
    QTest::newRow("409") << httpCall(409) << otherClientErrorHint(409);
    QTest::newRow("500") << httpCall(500) << serverErrorHint(500);
    QTest::newRow("503") << httpCall(503) << serverErrorHint(503);

    QTest::newRow("cancelled before an answer") << cancelledCall(std::nullopt) << cancelledHint();
    QTest::newRow("cancelled after a status") << cancelledCall(200) << cancelledHint();

    QTest::newRow("TLS refused (PendingCall)") << networkCall(
        QStringLiteral("The TLS connection was refused: The certificate has "
                       "expired. Check the system clock, the proxy and the "
                       "certificate store.")) << tlsHint();
    QTest::newRow("SSL handshake (Qt)")
        << networkCall(QStringLiteral("SSL handshake failed")) << tlsHint();
    QTest::newRow("certificate, lower case")
        << networkCall(QStringLiteral("the issuer certificate could not be found")) << tlsHint();
    QTest::newRow("cross-origin redirect")
        << networkCall(QStringLiteral("The server redirected to another origin "
                                      "(https://evil.example/x); the redirect was not followed, "
                                      "so the token was not sent there."))
        << redirectHint();
    QTest::newRow("too many redirects")
        << networkCall(QStringLiteral("Too many redirects; the last pointed to "
                                      "https://api.partnercenter.microsoft.com/a."))
        << tooManyRedirectsHint();
    QTest::newRow("no response within")
        << networkCall(QStringLiteral("No response within 30 seconds.")) << timeoutHint();
    QTest::newRow("socket timed out")
        << networkCall(QStringLiteral("Socket operation timed out")) << timeoutHint();
    QTest::newRow("connection refused")
        << networkCall(QStringLiteral("Connection refused")) << connectionHint();
    QTest::newRow("host not found (Qt, with name)")
        << networkCall(QStringLiteral("Host api.partnercenter.microsoft.com not found"))
        << connectionHint();
    QTest::newRow("host not found (socket)")
        << networkCall(QStringLiteral("Host not found")) << connectionHint();
    QTest::newRow("proxy authentication")
        << networkCall(QStringLiteral("Proxy authentication required")) << connectionHint();
    QTest::newRow("network unreachable")
        << networkCall(QStringLiteral("Network unreachable")) << connectionHint();
    QTest::newRow("remote host closed")
        << networkCall(QStringLiteral("Remote host closed the connection")) << genericNetworkHint();
    QTest::newRow("no text at all") << networkCall(QString()) << genericNetworkHint();

    QTest::newRow("302 refused redirect") << networkCallWithStatus(302,
        QStringLiteral("The server redirected to another origin (https://evil.example/); "
                       "the redirect was not followed, so the token was not sent there."))
                                          << redirectHint();
    QTest::newRow("101 without text")
        << networkCallWithStatus(101, QString()) << unexpectedStatusHint(101);
    QTest::newRow("304 with other text")
        << networkCallWithStatus(304, QStringLiteral("Unknown error")) << unexpectedStatusHint(304);
}

void TestCallHints::hintFor()
{
    QFETCH(CallRecord, record);
    QFETCH(QString, expected);

    QCOMPARE(CallHints::hintFor(record), expected);
}

void TestCallHints::throttled_data()
{
    QTest::addColumn<QString>("retryAfter"); // null: no header
    QTest::addColumn<QString>("expected");

    QTest::newRow("30 seconds")
        << QStringLiteral("30")
        << QStringLiteral("Partner Center allows only 2 test events per minute; wait 30 seconds "
                          "and send again.");
    QTest::newRow("1 second")
        << QStringLiteral("1")
        << QStringLiteral("Partner Center allows only 2 test events per minute; wait 1 second "
                          "and send again.");
    QTest::newRow("white space around")
        << QStringLiteral(" 45 ")
        << QStringLiteral("Partner Center allows only 2 test events per minute; wait 45 seconds "
                          "and send again.");
    QTest::newRow("no header") << QString() << throttledMinuteHint();
    QTest::newRow("HTTP date") << QStringLiteral("Wed, 21 Oct 2026 07:28:00 GMT")
                               << throttledMinuteHint();
    QTest::newRow("zero") << QStringLiteral("0") << throttledMinuteHint();
    QTest::newRow("negative") << QStringLiteral("-5") << throttledMinuteHint();
    QTest::newRow("fraction") << QStringLiteral("2.5") << throttledMinuteHint();
    QTest::newRow("too large") << QStringLiteral("99999999999") << throttledMinuteHint();
}

void TestCallHints::throttled()
{
    QFETCH(QString, retryAfter);
    QFETCH(QString, expected);

    CallRecord record = httpCall(429);
    if (!retryAfter.isNull())
        record.responseHeaders.insert(QStringLiteral("Retry-After"), retryAfter);

    QCOMPARE(CallHints::hintFor(record), expected);
}

QTEST_GUILESS_MAIN(TestCallHints)
#include "tst_callhints.moc"
