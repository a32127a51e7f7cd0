// ApiClient and PendingCall against the fake Partner Center: the exact bytes on the wire, every
// response shape, and every way a call can go wrong.
#include "FakePartnerCenter.h"
#include "api/ApiClient.h"
#include "api/PendingCall.h"
#include "i18n/TranslationLoader.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

using namespace std::chrono_literals;

namespace {

const QString Token = QStringLiteral("eyJ0eXAiOiJKV1QifQ.test-token-7f3a9c");
const QString CorrelationId = QStringLiteral("04af2aea-d413-42db-824e-f328001484d1");
const QByteArray ErrorBody
    = R"({"code":600008,"description":"Invalid input: the token is expired.","data":[],"source":"PartnerCenter"})";

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sendsExactRequest();
    void freshIdsForEveryCall();
    void reusesRequestIdWhenAsked();
    void keepsBaseUrlPathPrefix();
    void acceptsEveryBodyShape_data();
    void acceptsEveryBodyShape();
    void successWithoutCorrelationIdIsFlagged();
    void recordsErrorStatuses_data();
    void recordsErrorStatuses();
    void throttledWithRetryAfter();
    void keepsNonJsonAndEmptyBodies_data();
    void keepsNonJsonAndEmptyBodies();
    void silentServerHitsTotalDeadline();
    void tricklingServerHitsTotalDeadline();
    void droppedConnectionIsNetworkError();
    void refusedConnectionIsNetworkError();
    void hugeBodyIsCappedAndMemoryStaysLow();
    void crossOriginRedirectKeepsToken();
    void sameOriginRedirectIsFollowed();
    void cancelStopsTheCall();
    void hostileBytesInBodies();
    void destroyingTheClientMidCallIsSafe();
    void echoedTokenIsNeverRecorded();

private:
    CallRequest request(const QUrl &base) const;
    CallRecord sendAndWait(const CallRequest &request, PendingCall **callOut = nullptr);

    FakePartnerCenter *m_server = nullptr;
    ApiClient *m_client = nullptr;
};

void TestApiClient::initTestCase()
{
    // Messages with plurals read as a user sees them ("1 second", not "1 second(s)").
    TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestApiClient::init()
{
    m_server = new FakePartnerCenter(this);
    QVERIFY(m_server->listen());
    m_client = new ApiClient(this);
}

void TestApiClient::cleanup()
{
    delete m_client;
    m_client = nullptr;
    delete m_server;
}

CallRequest TestApiClient::request(const QUrl &base) const
{
    CallRequest r;
    r.baseUrl = base;
    r.apiVersion = QStringLiteral("v1");
    r.token = Token;
    r.timeout = 10s;
    return r;
}

CallRecord TestApiClient::sendAndWait(const CallRequest &request, PendingCall **callOut)
{
    PendingCall *call = m_client->createValidationEvent(request);
    if (callOut)
        *callOut = call;
    CallRecord result;
    bool done = false;
    QEventLoop loop;
    connect(call, &PendingCall::finished, &loop, [&](const CallRecord &record) {
        result = record;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!done)
        qFatal("call did not finish within 60 s");
    return result;
}

void TestApiClient::sendsExactRequest()
{
    const CallRecord record = sendAndWait(request(m_server->baseUrl()));

    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requestLine(0),
        QByteArray("POST /webhooks/v1/registration/validationEvents HTTP/1.1"));
    QCOMPARE(m_server->header(0, "Authorization"), "Bearer " + Token.toLatin1());
    QCOMPARE(m_server->header(0, "Accept"), QByteArray("application/json"));
    QCOMPARE(m_server->header(0, "Accept-Encoding"), QByteArray("identity"));
    QCOMPARE(m_server->header(0, "Content-Length"), QByteArray("0"));
    QVERIFY(m_server->header(0, "Content-Type").isNull());
    QCOMPARE(m_server->header(0, "User-Agent"),
        QByteArray("webhook-diag/" WEBHOOK_DIAG_VERSION " (Qt ") + qVersion() + ')');
    QCOMPARE(m_server->header(0, "Host"), "127.0.0.1:" + QByteArray::number(m_server->port()));

    const QRegularExpression guid(
        QStringLiteral("\\A[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\z"));
    const QString sentCorrelation = QString::fromLatin1(m_server->header(0, "MS-CorrelationId"));
    const QString sentRequest = QString::fromLatin1(m_server->header(0, "MS-RequestId"));
    QVERIFY2(guid.match(sentCorrelation).hasMatch(), qPrintable(sentCorrelation));
    QVERIFY2(guid.match(sentRequest).hasMatch(), qPrintable(sentRequest));
    QVERIFY(sentCorrelation != sentRequest);
    // The raw request ends right after the blank line: no body bytes.
    QVERIFY(m_server->requests().at(0).endsWith("\r\n\r\n"));

    QCOMPARE(record.msCorrelationId, sentCorrelation);
    QCOMPARE(record.msRequestId, sentRequest);
    QCOMPARE(record.outcome, Outcome::Success);
    QCOMPARE(record.httpStatus, std::optional<int>(200));
    QCOMPARE(record.correlationId, CorrelationId);
    QCOMPARE(record.method, QStringLiteral("POST"));
    QCOMPARE(record.path, QStringLiteral("/webhooks/v1/registration/validationEvents"));
    QCOMPARE(record.baseUrl, m_server->baseUrl().toString());
    QCOMPARE(record.apiVersion, QStringLiteral("v1"));
    QVERIFY(record.sentAtUtc.isValid());
    QCOMPARE(record.sentAtUtc.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(record.sentAtUtc.msecsTo(QDateTime::currentDateTimeUtc())) < 10000);
    QVERIFY(record.durationMs >= 0 && record.durationMs < 10000);
    QVERIFY(!record.toJson().contains(QStringLiteral("token")));
}

void TestApiClient::freshIdsForEveryCall()
{
    const CallRecord first = sendAndWait(request(m_server->baseUrl()));
    const CallRecord second = sendAndWait(request(m_server->baseUrl()));
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY(m_server->header(0, "MS-CorrelationId") != m_server->header(1, "MS-CorrelationId"));
    QVERIFY(m_server->header(0, "MS-RequestId") != m_server->header(1, "MS-RequestId"));
    QVERIFY(first.msCorrelationId != second.msCorrelationId);
    QVERIFY(first.msRequestId != second.msRequestId);
}

void TestApiClient::reusesRequestIdWhenAsked()
{
    const QString reused = QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    CallRequest r = request(m_server->baseUrl());
    r.requestId = reused;
    const CallRecord first = sendAndWait(r);
    const CallRecord second = sendAndWait(r);
    QCOMPARE(m_server->header(0, "MS-RequestId"), reused.toLatin1());
    QCOMPARE(m_server->header(1, "MS-RequestId"), reused.toLatin1());
    QCOMPARE(first.msRequestId, reused);
    QCOMPARE(second.msRequestId, reused);
    // A retry is still a new call: a new MS-CorrelationId.
    QVERIFY(m_server->header(0, "MS-CorrelationId") != m_server->header(1, "MS-CorrelationId"));
}

void TestApiClient::keepsBaseUrlPathPrefix()
{
    QUrl base = m_server->baseUrl();
    base.setPath(QStringLiteral("/gateway/pc"));
    CallRequest r = request(base);
    r.apiVersion = QStringLiteral("v2");
    const CallRecord record = sendAndWait(r);
    QCOMPARE(m_server->requestLine(0),
        QByteArray("POST /gateway/pc/webhooks/v2/registration/validationEvents HTTP/1.1"));
    QCOMPARE(record.path, QStringLiteral("/gateway/pc/webhooks/v2/registration/validationEvents"));
}

void TestApiClient::acceptsEveryBodyShape_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("object") << QByteArray(
        R"({"correlationId":"04af2aea-d413-42db-824e-f328001484d1"})")
                            << QByteArray("application/json");
    QTest::newRow("object text/json charset")
        << QByteArray(R"( {"correlationId" : "04af2aea-d413-42db-824e-f328001484d1"} )")
        << QByteArray("text/json; charset=utf-8");
    QTest::newRow("json string") << QByteArray(R"("04af2aea-d413-42db-824e-f328001484d1")")
                                 << QByteArray("application/json");
    QTest::newRow("bare text") << QByteArray("04af2aea-d413-42db-824e-f328001484d1\r\n")
                               << QByteArray("text/plain");
    QTest::newRow("no content type")
        << QByteArray("04af2aea-d413-42db-824e-f328001484d1") << QByteArray();
}

void TestApiClient::acceptsEveryBodyShape()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    m_server->enqueue(FakePartnerCenter::text(200, body, contentType));
    const CallRecord record = sendAndWait(request(m_server->baseUrl()));
    QCOMPARE(record.outcome, Outcome::Success);
    QCOMPARE(record.correlationId, CorrelationId);
    QCOMPARE(record.responseBody, QString::fromUtf8(body));
    QVERIFY(record.errorDescription.isEmpty());
}

void TestApiClient::successWithoutCorrelationIdIsFlagged()
{
    m_server->enqueue(FakePartnerCenter::text(200, "<html>proxy login</html>", "text/html"));
    const CallRecord record = sendAndWait(request(m_server->baseUrl()));
    QCOMPARE(record.outcome, Outcome::Success);
    QCOMPARE(record.correlationId, QString());
    QCOMPARE(
        record.errorDescription, QStringLiteral("The response did not contain a correlationId."));
    QCOMPARE(record.responseBody, QStringLiteral("<html>proxy login</html>"));
}

void TestApiClient::recordsErrorStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("outcome");
    QTest::newRow("400") << 400 << int(Outcome::ClientError);
    QTest::newRow("401") << 401 << int(Outcome::ClientError);
    QTest::newRow("403") << 403 << int(Outcome::ClientError);
    QTest::newRow("404") << 404 << int(Outcome::ClientError);
    QTest::newRow("500") << 500 << int(Outcome::ServerError);
    QTest::newRow("503") << 503 << int(Outcome::ServerError);
}

void TestApiClient::recordsErrorStatuses()
{
    QFETCH(int, status);
    QFETCH(int, outcome);
    m_server->enqueue(FakePartnerCenter::json(status, ErrorBody,
        {{"MS-CorrelationId", "aaaaaaaa-1111-2222-3333-bbbbbbbbbbbb"},
            {"MS-RequestId", "cccccccc-1111-2222-3333-dddddddddddd"}, {"MS-CV", "abc.1"},
            {"X-Locale", "en-US"}, {"WWW-Authenticate", "Bearer error=\"invalid_token\""},
            {"X-Not-Recorded", "nope"}}));
    const CallRecord record = sendAndWait(request(m_server->baseUrl()));
    QCOMPARE(record.httpStatus, std::optional<int>(status));
    QCOMPARE(int(record.outcome), outcome);
    QCOMPARE(record.errorCode, QStringLiteral("600008"));
    QCOMPARE(record.errorDescription, QStringLiteral("Invalid input: the token is expired."));
    QCOMPARE(record.responseBody, QString::fromUtf8(ErrorBody));
    QCOMPARE(record.errorBody(), QString::fromUtf8(ErrorBody));
    QCOMPARE(record.correlationId, QString());
    QCOMPARE(record.networkError, QString());
    QMap<QString, QString> expected {
        {QStringLiteral("MS-CorrelationId"),
            QStringLiteral("aaaaaaaa-1111-2222-3333-bbbbbbbbbbbb")},
        {QStringLiteral("MS-RequestId"), QStringLiteral("cccccccc-1111-2222-3333-dddddddddddd")},
        {QStringLiteral("MS-CV"), QStringLiteral("abc.1")},
        {QStringLiteral("X-Locale"), QStringLiteral("en-US")},
        {QStringLiteral("WWW-Authenticate"), QStringLiteral("Bearer error=\"invalid_token\"")},
    };
    QCOMPARE(record.responseHeaders, expected);
}

void TestApiClient::throttledWithRetryAfter()
{
    m_server->enqueue(FakePartnerCenter::json(429,
        R"({"statusCode":429,"message":"Rate limit is exceeded. Try again in 42 seconds."})",
        {{"Retry-After", "42"}}));
    const CallRecord record = sendAndWait(request(m_server->baseUrl()));
    QCOMPARE(record.httpStatus, std::optional<int>(429));
    QCOMPARE(record.httpReason, QStringLiteral("Too Many Requests"));
    QCOMPARE(record.outcome, Outcome::ClientError);
    QCOMPARE(record.errorDescription,
        QStringLiteral("Rate limit is exceeded. Try again in 42 seconds."));
    QCOMPARE(record.responseHeaders.value(QStringLiteral("Retry-After")), QStringLiteral("42"));
}

void TestApiClient::keepsNonJsonAndEmptyBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("proxy html 502")
        << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
        << QByteArray("text/html");
    QTest::newRow("empty 500") << 500 << QByteArray() << QByteArray();
    QTest::newRow("plain 401") << 401 << QByteArray("Unauthorized") << QByteArray("text/plain");
    QTest::newRow("broken json 400")
        << 400 << QByteArray(R"({"code":6000)") << QByteArray("application/json");
}

void TestApiClient::keepsNonJsonAndEmptyBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    m_server->enqueue(FakePartnerCenter::text(status, body, contentType));
    const CallRecord record = sendAndWait(request(m_server->baseUrl()));
    QCOMPARE(record.httpStatus, std::optional<int>(status));
    QCOMPARE(record.responseBody, QString::fromUtf8(body));
    QCOMPARE(record.errorCode, QString());
    QCOMPARE(record.errorDescription, QString());
    QCOMPARE(record.bodyTruncated, false);
}

void TestApiClient::silentServerHitsTotalDeadline()
{
    m_server->enqueue(FakePartnerCenter::silent());
    CallRequest r = request(m_server->baseUrl());
    r.timeout = 1200ms;
    const CallRecord record = sendAndWait(r);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(record.outcome, Outcome::NetworkError);
    QCOMPARE(record.httpStatus, std::nullopt);
    QCOMPARE(record.networkError, QStringLiteral("No response within 1 second."));
    QVERIFY2(record.durationMs >= 1100 && record.durationMs < 5000,
        qPrintable(QString::number(record.durationMs)));
}

void TestApiClient::tricklingServerHitsTotalDeadline()
{
    // One byte every 150 ms would keep an inactivity timeout alive forever.
    m_server->enqueue(FakePartnerCenter::trickle(200, QByteArray(500, ' '), 150));
    CallRequest r = request(m_server->baseUrl());
    r.timeout = 2s;
    const CallRecord record = sendAndWait(r);
    QCOMPARE(record.outcome, Outcome::NetworkError);
    QCOMPARE(record.httpStatus, std::nullopt);
    QVERIFY2(record.durationMs >= 1900 && record.durationMs < 6000,
        qPrintable(QString::number(record.durationMs)));
    QCOMPARE(record.networkError, QStringLiteral("No response within 2 seconds."));
}

void TestApiClient::droppedConnectionIsNetworkError()
{
    // Qt itself re-sends a request (same headers, same MS-RequestId) when a connection closes
    // before any response byte; drop every attempt.
    for (int i = 0; i < 5; ++i)
        m_server->enqueue(FakePartnerCenter::drop());
    const CallRecord record = sendAndWait(request(m_server->baseUrl()));
    QVERIFY(m_server->requests().size() >= 1);
    for (int i = 1; i < m_server->requests().size(); ++i)
        QCOMPARE(m_server->header(i, "MS-RequestId"), m_server->header(0, "MS-RequestId"));
    QCOMPARE(record.outcome, Outcome::NetworkError);
    QCOMPARE(record.httpStatus, std::nullopt);
    QVERIFY(!record.networkError.isEmpty());
    QVERIFY(record.correlationId.isEmpty());
}

void TestApiClient::refusedConnectionIsNetworkError()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    const CallRecord record
        = sendAndWait(request(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
    QCOMPARE(record.outcome, Outcome::NetworkError);
    QCOMPARE(record.httpStatus, std::nullopt);
    QCOMPARE(record.networkError, QStringLiteral("Connection refused"));
}

void TestApiClient::hugeBodyIsCappedAndMemoryStaysLow()
{
    const qint64 before = residentKiB();
    m_server->enqueue(FakePartnerCenter::endless(64LL * 1024 * 1024));
    const CallRecord record = sendAndWait(request(m_server->baseUrl()));
    const qint64 after = residentKiB();
    QCOMPARE(record.httpStatus, std::optional<int>(500));
    QCOMPARE(record.outcome, Outcome::ServerError);
    QCOMPARE(record.bodyTruncated, true);
    QCOMPARE(qint64(record.responseBody.size()), PendingCall::MaxBodyBytes);
    QCOMPARE(record.responseBody, QString(int(PendingCall::MaxBodyBytes), QLatin1Char('x')));
    // 64 MiB were offered; the client (and this process) kept a small fraction.
    QVERIFY2(after - before < 24 * 1024,
        qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(after - before)));
}

void TestApiClient::crossOriginRedirectKeepsToken()
{
    FakePartnerCenter elsewhere;
    QVERIFY(elsewhere.listen());
    const QByteArray target = elsewhere.baseUrl().toString().toLatin1() + "/steal";
    m_server->enqueue(FakePartnerCenter::text(302, "", "text/plain", {{"Location", target}}));
    const CallRecord record = sendAndWait(request(m_server->baseUrl()));
    QTest::qWait(200);
    QCOMPARE(elsewhere.connectionCount(), 0);
    QCOMPARE(elsewhere.requests().size(), 0);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(record.outcome, Outcome::NetworkError);
    QVERIFY2(record.networkError.contains(QStringLiteral("another origin")),
        qPrintable(record.networkError));
    QVERIFY2(
        record.networkError.contains(QString::fromLatin1(target)), qPrintable(record.networkError));
}

void TestApiClient::sameOriginRedirectIsFollowed()
{
    const QByteArray target = m_server->baseUrl().toString().toLatin1() + "/moved";
    m_server->enqueue(FakePartnerCenter::text(307, "", "text/plain", {{"Location", target}}));
    const CallRecord record = sendAndWait(request(m_server->baseUrl()));
    // Qt may re-send the first request on a fresh connection (same IDs); the last one must be
    // the followed redirect, still carrying the token to the same origin.
    const int last = int(m_server->requests().size()) - 1;
    QVERIFY(last >= 1);
    QCOMPARE(m_server->requestLine(last), QByteArray("POST /moved HTTP/1.1"));
    QCOMPARE(m_server->header(last, "Authorization"), "Bearer " + Token.toLatin1());
    QCOMPARE(m_server->header(last, "MS-RequestId"), record.msRequestId.toLatin1());
    QCOMPARE(record.outcome, Outcome::Success);
    QCOMPARE(record.correlationId, CorrelationId);
}

void TestApiClient::cancelStopsTheCall()
{
    m_server->enqueue(FakePartnerCenter::silent());
    connect(m_server, &FakePartnerCenter::requestReceived, this, [this] {
        const auto calls = m_client->findChildren<PendingCall *>();
        for (PendingCall *call : calls)
            call->cancel();
    });
    const CallRecord record = sendAndWait(request(m_server->baseUrl()));
    QCOMPARE(record.outcome, Outcome::Cancelled);
    QCOMPARE(record.httpStatus, std::nullopt);
    QVERIFY(record.durationMs < 5000);
}

void TestApiClient::hostileBytesInBodies()
{
    QByteArray body = R"({"code":"6000\u00008","description":"bad \u001b[31mred\u001b[0m )";
    body += QByteArray("\xff\xfe\x00 end\"}", 10);
    m_server->enqueue(FakePartnerCenter::json(400, body));
    const CallRecord record = sendAndWait(request(m_server->baseUrl()));
    QCOMPARE(record.outcome, Outcome::ClientError);
    QCOMPARE(record.responseBody.size(), QString::fromUtf8(body).size());
    QVERIFY(record.responseBody.contains(QChar(QChar::ReplacementCharacter)));
}

void TestApiClient::destroyingTheClientMidCallIsSafe()
{
    m_server->enqueue(FakePartnerCenter::silent());
    QPointer<PendingCall> call = m_client->createValidationEvent(request(m_server->baseUrl()));
    QTRY_COMPARE(m_server->requests().size(), 1);
    delete m_client; // e.g. the window going away while a call is in flight
    m_client = nullptr;
    QVERIFY(call.isNull());
    QTest::qWait(50);
}

void TestApiClient::echoedTokenIsNeverRecorded()
{
    // A proxy or a wrong base URL that echoes the request back, token included.
    const QByteArray token = Token.toLatin1();
    m_server->enqueue(FakePartnerCenter::json(400,
        R"({"code":"echo","description":"Authorization: Bearer )" + token + R"("})",
        {{"WWW-Authenticate", "Bearer token=\"" + token + "\""}}));
    const CallRecord record = sendAndWait(request(m_server->baseUrl()));
    QCOMPARE(record.httpStatus, std::optional<int>(400));
    QCOMPARE(record.errorDescription, QStringLiteral("Authorization: Bearer [token removed]"));
    QCOMPARE(record.responseHeaders.value(QStringLiteral("WWW-Authenticate")),
        QStringLiteral("Bearer token=\"[token removed]\""));
    const QByteArray json = QJsonDocument(record.toJson()).toJson();
    QVERIFY(!json.contains(token));
    QVERIFY(!json.contains(token.mid(token.indexOf('.') + 1)));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
