// webhook-diag-cli's diagnosis features as a user or script runs them: status, registration,
// send's retries (by hand and automatic), the write-ahead record surviving a killed process,
// token checks and the 2-per-minute throttle. A real child process against the fake Partner
// Center; the assertions look at the bytes on the wire, what was printed and the history rows.
#include "CliRunner.h"
#include "FakePartnerCenter.h"
#include "history/HistoryStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace {

// Not a JWT (two parts): sent as it is, no claims to check.
const QByteArray Token = "opaque-diag-token-7c4a8d09ca3762af61e59520943dc26494f8941b";
const QByteArray CorrelationId = FakePartnerCenter::DefaultCorrelationId;
const QByteArray OtherCorrelationId = "9b2e6c1d-5f3a-4e7b-8c9d-0a1b2c3d4e5f";
const QByteArray PostLine = "POST /webhooks/v1/registration/validationEvents HTTP/1.1";
const QByteArray PartnerCenterAudience = "https://api.partnercenter.microsoft.com";
const QByteArray GraphAudience = "https://graph.microsoft.com";
const QByteArray TenantId = "11111111-2222-4333-8444-555555555555";
const QByteArray AppId = "66666666-7777-4888-9999-000000000000";
const QByteArray JwtSignature = "c2lnbmF0dXJl-jwt-secret-a1b2c3d4e5f6";
// Stands for the fake server's origin (http://127.0.0.1:<port>) in test data.
const QByteArray OriginPlaceholder = "{origin}";

const QByteArray PartnerCenterError
    = R"({"code":"600008","description":"The token is expired.","source":"PartnerCenter"})";

const QByteArray CompletedTwoAttempts
    = R"({"correlationId":"04af2aea-d413-42db-824e-f328001484d1",)"
      R"("partnerId":"00234d9d-8c1c-4a7a-9c7b-1d7c1e5f8a10",)"
      R"("status":"completed",)"
      R"("callbackUrl":"https://partner.example/webhook",)"
      R"("results":[{"responseCode":"OK","responseMessage":"",)"
      R"("systemError":false,)"
      R"("dateTimeUtc":"2017-12-08T21:39:48.2386997"},)"
      R"({"responseCode":"200","responseMessage":"Accepted",)"
      R"("systemError":false,)"
      R"("dateTimeUtc":"2017-12-08T21:40:10.9999999"}]})";
const QByteArray CompletedTwoAttemptsText = "Status: completed\n"
                                            "Callback URL: https://partner.example/webhook\n"
                                            "Delivery attempts: 2\n"
                                            "  2017-12-08 21:39:48 UTC  OK\n"
                                            "  2017-12-08 21:40:10 UTC  200: Accepted\n";
const QByteArray StillDeliveringLine
    = "Partner Center has not reported a final status yet; \"status --wait\" follows it to the "
      "end.\n";

const QByteArray RegistrationCamel = R"({"subscriberId":"00234d9d-8c1c-4a7a-9c7b-1d7c1e5f8a10",)"
                                     R"("webhookUrl":"https://partner.example/webhook",)"
                                     R"("webhookEvents":["test-created","subscription-updated"],)"
                                     R"("signatureTokenToMsSignatureHeader":false,)"
                                     R"("lastModifiedTimestamp":"2024-05-01T10:00:00Z"})";
const QByteArray RegistrationPascal = R"({"SubscriberId":"00234d9d-8c1c-4a7a-9c7b-1d7c1e5f8a10",)"
                                      R"("WebhookUrl":"https://partner.example/hook",)"
                                      R"("WebhookEvents":["subscription-updated","invoice-ready"],)"
                                      R"("SignatureTokenToMsSignatureHeader":true,)"
                                      R"("LastModifiedTimestamp":"2024-05-02T11:30:00Z"})";
const QByteArray AvailableEvents = R"(["subscription-updated","test-created","invoice-ready"])";
const QByteArray NotRegisteredWarning
    = "This partner has no webhook registration: Partner Center has nowhere to deliver events, "
      "validation events included.";

QByteArray statusPath(const QByteArray &correlationId)
{
    return "/webhooks/v1/registration/validationEvents/" + correlationId;
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A compact JWT carrying these claims; nobody checks the signature, it is only carried.
QByteArray jwt(const QJsonObject &claims)
{
    return base64Url(R"({"alg":"RS256","typ":"JWT"})") + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + JwtSignature;
}

QJsonObject claims(const QJsonValue &audience, qint64 expires)
{
    return QJsonObject {
        {QStringLiteral("tid"), QString::fromLatin1(TenantId)},
        {QStringLiteral("appid"), QString::fromLatin1(AppId)},
        {QStringLiteral("aud"), audience},
        {QStringLiteral("exp"), expires},
    };
}

// GUIDs on the wire: lower-case 8-4-4-4-12 without braces (SPEC.md).
bool isWireGuid(const QByteArray &text)
{
    static const QRegularExpression guid(
        QStringLiteral("\\A[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\z"));
    return guid.match(QString::fromLatin1(text)).hasMatch();
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

FakePartnerCenter::Response statusResponse(int status, const QByteArray &body)
{
    return FakePartnerCenter::json(status, body);
}

} // namespace

class TestDiagnosecli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // status
    void statusPrintsDelivery_data();
    void statusPrintsDelivery();
    void statusJson();
    void statusWaitAsksAgainWhileSubmitted();
    void statusNotFoundMentionsSevenDays();
    void statusStoresDeliveryOnTheCall_data();
    void statusStoresDeliveryOnTheCall();
    void statusOfAnOldCall_data();
    void statusOfAnOldCall();
    void statusRefusesWhatIsNotACorrelationId_data();
    void statusRefusesWhatIsNotACorrelationId();

    // registration
    void registration_data();
    void registration();
    void registrationJson_data();
    void registrationJson();

    // send --retry-of
    void retryAfterTimeoutReusesRequestId();
    void retryAfterAnswer_data();
    void retryAfterAnswer();
    void retryOfUnknownCall_data();
    void retryOfUnknownCall();

    // send --auto-retry
    void autoRetry_data();
    void autoRetry();

    // write-ahead record
    void pendingCallSurvivesKilledProcess();

    // token
    void tokenChecks_data();
    void tokenChecks();
    void jwtNeverPrintedOrStored();

    // throttle
    void throttle_data();
    void throttle();

private:
    QStringList globalArgs() const;
    QProcessEnvironment envWith(const QByteArray &token) const;
    CliResult cli(const QStringList &arguments, const QByteArray &token = Token) const;
    QString historyPath() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    QString baseUrl() const { return m_server->baseUrl().toString(QUrl::FullyEncoded); }
    // Every stored call, oldest first.
    QList<CallRecord> storedCalls() const;
    // Adds a finished POST to the history; returns its id (0 on failure).
    qint64 seedCall(const QDateTime &sentAtUtc, const QString &callBaseUrl,
        std::optional<int> httpStatus, Outcome outcome,
        const QString &correlationId = QString()) const;
    // Asserts nothing reached the server and nothing was recorded.
    void verifyNothingSent(qint64 callsBefore = 0) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakePartnerCenter> m_server;
};

void TestDiagnosecli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<FakePartnerCenter>();
    QVERIFY(m_server->listen());
}

void TestDiagnosecli::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

QStringList TestDiagnosecli::globalArgs() const
{
    return {QStringLiteral("--history"), historyPath(), QStringLiteral("--base-url"),
        m_server->baseUrl().toString()};
}

QProcessEnvironment TestDiagnosecli::envWith(const QByteArray &token) const
{
    QProcessEnvironment env = CliRunner::cleanEnvironment();
    env.insert(QStringLiteral("PARTNER_CENTER_TOKEN"), QString::fromLatin1(token));
    return env;
}

CliResult TestDiagnosecli::cli(const QStringList &arguments, const QByteArray &token) const
{
    return CliRunner::run(globalArgs() + arguments, envWith(token));
}

QList<CallRecord> TestDiagnosecli::storedCalls() const
{
    HistoryStore store;
    if (!store.open(historyPath()))
        return {};
    QList<CallRecord> calls = store.find({});
    std::sort(calls.begin(), calls.end(),
        [](const CallRecord &a, const CallRecord &b) { return a.id < b.id; });
    return calls;
}

qint64 TestDiagnosecli::seedCall(const QDateTime &sentAtUtc, const QString &callBaseUrl,
    std::optional<int> httpStatus, Outcome outcome, const QString &correlationId) const
{
    HistoryStore store;
    if (!store.open(historyPath()))
        return 0;
    CallRecord record;
    record.sentAtUtc = sentAtUtc;
    record.durationMs = 120;
    record.baseUrl = callBaseUrl;
    record.apiVersion = QStringLiteral("v1");
    record.method = QStringLiteral("POST");
    record.path = QStringLiteral("/webhooks/v1/registration/validationEvents");
    record.msCorrelationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.msRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.httpStatus = httpStatus;
    record.outcome = outcome;
    record.correlationId = correlationId;
    return store.add(record) ? record.id : 0;
}

void TestDiagnosecli::verifyNothingSent(qint64 callsBefore) const
{
    QTest::qWait(50);
    QCOMPARE(m_server->connectionCount(), 0);
    QCOMPARE(m_server->requests().size(), 0);
    if (QFile::exists(historyPath())) {
        HistoryStore store;
        QVERIFY(store.open(historyPath()));
        QCOMPARE(store.count({}), std::optional<qint64>(callsBefore));
    }
}

// --- status ---------------------------------------------------------------------------------

void TestDiagnosecli::statusPrintsDelivery_data()
{
    QTest::addColumn<QString>("typedId");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("out");
    const QString id = QString::fromLatin1(CorrelationId);

    QTest::newRow("completed, OK and 200")
        << id << CompletedTwoAttempts << CompletedTwoAttemptsText;
    QTest::newRow("braces and upper case")
        << QStringLiteral("{04AF2AEA-D413-42DB-824E-F328001484D1}") << CompletedTwoAttempts
        << CompletedTwoAttemptsText;
    QTest::newRow("status compared case-insensitively")
        << id
        << QByteArray(R"({"status":"COMPLETED","callbackUrl":"https://partner.example/webhook",)"
                      R"("results":[]})")
        << QByteArray("Status: COMPLETED\nCallback URL: https://partner.example/webhook\n"
                      "Delivery attempts: 0\n");
    QTest::newRow("failed")
        << id
        << QByteArray(R"({"correlationId":"04af2aea-d413-42db-824e-f328001484d1",)"
                      R"("status":"failed","callbackUrl":"https://partner.example/webhook",)"
                      R"("results":[{"responseCode":"500",)"
                      R"j("responseMessage":"Internal error\nat Webhook.Handle()",)j"
                      R"("systemError":false,"dateTimeUtc":"2017-12-08T21:39:48"},)"
                      R"({"responseCode":"","responseMessage":"Connection refused",)"
                      R"("systemError":true,"dateTimeUtc":"08/12/2017 21:41"}]})")
        << QByteArray("Status: failed\n"
                      "Callback URL: https://partner.example/webhook\n"
                      "Delivery attempts: 2\n"
                      "  2017-12-08 21:39:48 UTC  500: Internal error\n"
                      "  08/12/2017 21:41  Connection refused (system error)\n");
    QTest::newRow("unknown status shown as it is")
        << id << QByteArray(R"({"status":"Throttled-By-Partner","results":[]})")
        << QByteArray("Status: Throttled-By-Partner\nDelivery attempts: 0\n" + StillDeliveringLine);
    QTest::newRow("Submitted without --wait")
        << id
        << QByteArray(R"({"status":"Submitted","callbackUrl":"https://partner.example/webhook",)"
                      R"("results":[{"responseCode":"503","responseMessage":"",)"
                      R"("systemError":false,"dateTimeUtc":"2017-12-08T21:39:48Z"}]})")
        << QByteArray("Status: Submitted\nCallback URL: https://partner.example/webhook\n"
                      "Delivery attempts: 1\n  2017-12-08 21:39:48 UTC  503\n"
               + StillDeliveringLine);
}

void TestDiagnosecli::statusPrintsDelivery()
{
    QFETCH(QString, typedId);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, out);
    m_server->enqueue(statusResponse(200, body));

    const CliResult result = cli({QStringLiteral("status"), typedId});
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.out, out);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requestLine(0), "GET " + statusPath(CorrelationId) + " HTTP/1.1");
    QCOMPARE(m_server->header(0, "Authorization"), "Bearer " + Token);
    QVERIFY(isWireGuid(m_server->header(0, "MS-CorrelationId")));
    QVERIFY(isWireGuid(m_server->header(0, "MS-RequestId")));
}

void TestDiagnosecli::statusJson()
{
    m_server->enqueue(statusResponse(200, CompletedTwoAttempts));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const CliResult result = cli(
        {QStringLiteral("status"), QString::fromLatin1(CorrelationId), QStringLiteral("--json")});
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.endsWith("}\n"));

    QJsonParseError error {};
    QJsonObject object = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QString checkedText = object.take(QStringLiteral("checked_at_utc")).toString();
    QVERIFY2(checkedText.endsWith(QLatin1Char('Z')), qPrintable(checkedText));
    const QDateTime checked = QDateTime::fromString(checkedText, Qt::ISODateWithMs);
    QVERIFY2(checked.isValid(), qPrintable(checkedText));
    QVERIFY(checked >= before.addMSecs(-1) && checked <= after);

    const auto attempt = [](const char *time, const char *code, const char *message) {
        return QJsonObject {
            {QStringLiteral("time_utc"), QString::fromLatin1(time)},
            {QStringLiteral("response_code"), QString::fromLatin1(code)},
            {QStringLiteral("response_message"), QString::fromLatin1(message)},
            {QStringLiteral("system_error"), false},
        };
    };
    const QJsonObject expected {
        {QStringLiteral("correlation_id"), QString::fromLatin1(CorrelationId)},
        {QStringLiteral("status"), QStringLiteral("completed")},
        {QStringLiteral("final"), true},
        {QStringLiteral("partner_id"), QStringLiteral("00234d9d-8c1c-4a7a-9c7b-1d7c1e5f8a10")},
        {QStringLiteral("callback_url"), QStringLiteral("https://partner.example/webhook")},
        // Digits beyond milliseconds are dropped, never rounded up.
        {QStringLiteral("attempts"),
            QJsonArray {attempt("2017-12-08T21:39:48.238Z", "OK", ""),
                attempt("2017-12-08T21:40:10.999Z", "200", "Accepted")}},
    };
    QCOMPARE(object, expected);
}

void TestDiagnosecli::statusWaitAsksAgainWhileSubmitted()
{
    m_server->enqueue(statusResponse(200,
        R"({"status":"Submitted","callbackUrl":"https://partner.example/webhook","results":[]})"));
    m_server->enqueue(statusResponse(200, CompletedTwoAttempts));
    QElapsedTimer clock;
    QList<qint64> arrivals;
    connect(m_server.get(), &FakePartnerCenter::requestReceived, this,
        [&] { arrivals.append(clock.elapsed()); });
    clock.start();

    const CliResult result = cli(
        {QStringLiteral("status"), QString::fromLatin1(CorrelationId), QStringLiteral("--wait")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, CompletedTwoAttemptsText);
    QCOMPARE(result.err, QByteArray("Status: Submitted; asking again shortly\xe2\x80\xa6\n"));
    QCOMPARE(m_server->requests().size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(m_server->requestLine(i), "GET " + statusPath(CorrelationId) + " HTTP/1.1");
        QCOMPARE(m_server->header(i, "Authorization"), "Bearer " + Token);
        QVERIFY(isWireGuid(m_server->header(i, "MS-CorrelationId")));
    }
    QVERIFY(m_server->header(0, "MS-CorrelationId") != m_server->header(1, "MS-CorrelationId"));
    QCOMPARE(arrivals.size(), 2);
    // The first wait is 2 s (a coarse timer may fire up to 5 % early).
    QVERIFY2(arrivals.at(1) - arrivals.at(0) >= 1900,
        qPrintable(QString::number(arrivals.at(1) - arrivals.at(0))));
}

void TestDiagnosecli::statusNotFoundMentionsSevenDays()
{
    m_server->enqueue(statusResponse(404, R"({"code":"2000","description":"Not found"})"));
    const CliResult result = cli({QStringLiteral("status"), QString::fromLatin1(CorrelationId)});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(result.err,
        QByteArray("Partner Center does not know this correlationId (HTTP 404). It keeps a "
                   "validation event for 7 days; the event may also have been sent with another "
                   "tenant or to another endpoint.\n"));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requestLine(0), "GET " + statusPath(CorrelationId) + " HTTP/1.1");
}

void TestDiagnosecli::statusStoresDeliveryOnTheCall_data()
{
    QTest::addColumn<QByteArray>("returned"); // the correlationId as the POST's answer wrote it
    QTest::newRow("lower case") << CorrelationId;
    // GUIDs compare case-insensitively; the user types what send printed.
    QTest::newRow("upper case") << CorrelationId.toUpper();
}

void TestDiagnosecli::statusStoresDeliveryOnTheCall()
{
    QFETCH(QByteArray, returned);
    m_server->enqueue(FakePartnerCenter::json(200, "{\"correlationId\":\"" + returned + "\"}"));
    const CliResult sent = cli({QStringLiteral("send")});
    QCOMPARE(sent.exitCode, 0);
    QCOMPARE(sent.out, returned + '\n');

    m_server->enqueue(statusResponse(200, CompletedTwoAttempts));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const CliResult status = cli({QStringLiteral("status"), QString::fromLatin1(returned)});
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(status.out, CompletedTwoAttemptsText);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requestLine(1), "GET " + statusPath(CorrelationId) + " HTTP/1.1");

    HistoryStore store;
    QVERIFY(store.open(historyPath()));
    QCOMPARE(store.count({}), std::optional<qint64>(1)); // the status query is not a new call
    const std::optional<CallRecord> call = store.findById(1);
    QVERIFY(call);
    QCOMPARE(call->correlationId, QString::fromLatin1(returned));
    QCOMPARE(call->deliveryStatus, QStringLiteral("completed"));
    QCOMPARE(call->deliveryAttempts, 2);
    QCOMPARE(call->lastDeliveryResponse, QStringLiteral("200: Accepted"));
    QVERIFY(call->deliveryCheckedUtc >= before.addMSecs(-1) && call->deliveryCheckedUtc <= after);
    QCOMPARE(call->deliveryBody, QString::fromLatin1(CompletedTwoAttempts));
    QCOMPARE(call->outcome, Outcome::Success); // the call's own result is untouched
    QCOMPARE(call->httpStatus, std::optional<int>(200));

    const CliResult history
        = CliRunner::run(globalArgs() << QStringLiteral("history") << QStringLiteral("--json"));
    QCOMPARE(history.exitCode, 0);
    const QJsonObject row = QJsonDocument::fromJson(history.out).array().at(0).toObject();
    QCOMPARE(row.value(QStringLiteral("delivery_status")).toString(), QStringLiteral("completed"));
    QCOMPARE(row.value(QStringLiteral("delivery_attempts")).toInt(), 2);
    QCOMPARE(row.value(QStringLiteral("last_delivery_response")).toString(),
        QStringLiteral("200: Accepted"));
}

void TestDiagnosecli::statusOfAnOldCall_data()
{
    QTest::addColumn<int>("ageHours");
    QTest::addColumn<QByteArray>("storedId"); // as the POST's answer wrote it; typed the same
    QTest::addColumn<bool>("queried");
    QTest::newRow("8 days old: expired on the server") << 8 * 24 << OtherCorrelationId << false;
    QTest::newRow("8 days old, upper case") << 8 * 24 << OtherCorrelationId.toUpper() << false;
    QTest::newRow("6 days old: still known") << 6 * 24 << OtherCorrelationId << true;
}

void TestDiagnosecli::statusOfAnOldCall()
{
    QFETCH(int, ageHours);
    QFETCH(QByteArray, storedId);
    QFETCH(bool, queried);
    const QDateTime sent = QDateTime::currentDateTimeUtc().addSecs(-qint64(ageHours) * 3600);
    const qint64 id
        = seedCall(sent, baseUrl(), 200, Outcome::Success, QString::fromLatin1(storedId));
    QVERIFY(id > 0);
    m_server->enqueue(statusResponse(200, CompletedTwoAttempts));

    const CliResult result = cli({QStringLiteral("status"), QString::fromLatin1(storedId)});
    HistoryStore store;
    QVERIFY(store.open(historyPath()));
    const std::optional<CallRecord> call = store.findById(id);
    QVERIFY(call);
    if (queried) {
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, CompletedTwoAttemptsText);
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requestLine(0), "GET " + statusPath(OtherCorrelationId) + " HTTP/1.1");
        QCOMPARE(call->deliveryStatus, QStringLiteral("completed"));
        return;
    }
    QCOMPARE(result.exitCode, 1); // nothing was sent
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(QString::fromUtf8(result.err),
        QStringLiteral("The call with correlationId %1 was sent on %2; Partner Center keeps a "
                       "validation event's state for 7 days, so it has expired on the server "
                       "and was not queried.\n")
            .arg(QString::fromLatin1(OtherCorrelationId), utcText(sent)));
    QTest::qWait(50);
    QCOMPARE(m_server->connectionCount(), 0);
    QCOMPARE(call->deliveryStatus, QString());
    QVERIFY(!call->deliveryCheckedUtc.isValid());
}

void TestDiagnosecli::statusRefusesWhatIsNotACorrelationId_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("stderrText");
    QTest::newRow("word") << QStringList {QStringLiteral("status"), QStringLiteral("latest")}
                          << QByteArray("\"latest\" is not a correlationId (a GUID).");
    QTest::newRow("path traversal")
        << QStringList {QStringLiteral("status"),
               QStringLiteral("04af2aea-d413-42db-824e-f328001484d1/../../registration")}
        << QByteArray("\"04af2aea-d413-42db-824e-f328001484d1/../../registration\" is not a "
                      "correlationId (a GUID).");
    QTest::newRow("one digit short") << QStringList {QStringLiteral("status"),
        QStringLiteral("04af2aea-d413-42db-824e-f328001484d")}
                                     << QByteArray("is not a correlationId (a GUID).");
    QTest::newRow("missing") << QStringList {QStringLiteral("status")}
                             << QByteArray("status needs the correlationId to look up.");
}

void TestDiagnosecli::statusRefusesWhatIsNotACorrelationId()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, stderrText);
    const CliResult result = cli(arguments);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QByteArray());
    QVERIFY2(result.err.startsWith("webhook-diag-cli: "), result.err.constData());
    QVERIFY2(result.err.contains(stderrText), result.err.constData());
    verifyNothingSent();
}

// --- registration ---------------------------------------------------------------------------

void TestDiagnosecli::registration_data()
{
    QTest::addColumn<int>("registrationStatus");
    QTest::addColumn<QByteArray>("registrationBody");
    QTest::addColumn<int>("eventsStatus");
    QTest::addColumn<QByteArray>("eventsBody");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");

    QTest::newRow("camelCase with test-created")
        << 200 << RegistrationCamel << 200 << AvailableEvents << 0
        << QByteArray("Webhook URL: https://partner.example/webhook\n"
                      "Subscribed events: test-created, subscription-updated\n"
                      "Last modified: 2024-05-01T10:00:00Z\n"
                      "Available events: subscription-updated, test-created, invoice-ready\n")
        << QByteArray();
    QTest::newRow("PascalCase without test-created")
        << 200 << RegistrationPascal << 200 << AvailableEvents << 0
        << QByteArray("Webhook URL: https://partner.example/hook\n"
                      "Subscribed events: subscription-updated, invoice-ready\n"
                      "Last modified: 2024-05-02T11:30:00Z\n"
                      "Available events: subscription-updated, test-created, invoice-ready\n")
        << QByteArray("Warning: The registration does not subscribe to \"test-created\": "
                      "validation events will not be delivered to https://partner.example/hook.\n");
    QTest::newRow("404: no registration")
        << 404 << QByteArray(R"({"code":"600040","description":"Registration not found"})") << 200
        << AvailableEvents << 2 << QByteArray()
        << QByteArray("Warning: " + NotRegisteredWarning + '\n');
    QTest::newRow("registration without a webhook URL")
        << 200 << QByteArray(R"({"webhookUrl":"","webhookEvents":[]})") << 200 << AvailableEvents
        << 2 << QByteArray() << QByteArray("Warning: " + NotRegisteredWarning + '\n');
    QTest::newRow("event list fails")
        << 200 << RegistrationCamel << 500 << QByteArray(R"({"code":"500","description":"boom"})")
        << 3
        << QByteArray("Webhook URL: https://partner.example/webhook\n"
                      "Subscribed events: test-created, subscription-updated\n"
                      "Last modified: 2024-05-01T10:00:00Z\n")
        << QByteArray("The list of available events could not be read (HTTP 500 Internal Server "
                      "Error: boom).\n");
}

void TestDiagnosecli::registration()
{
    QFETCH(int, registrationStatus);
    QFETCH(QByteArray, registrationBody);
    QFETCH(int, eventsStatus);
    QFETCH(QByteArray, eventsBody);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    // The two GETs run at once: answer by path.
    m_server->route("/registration", FakePartnerCenter::json(registrationStatus, registrationBody));
    m_server->route("/registration/events", FakePartnerCenter::json(eventsStatus, eventsBody));

    const CliResult result = cli({QStringLiteral("registration")});
    QCOMPARE(result.err, err);
    QCOMPARE(result.out, out);
    QCOMPARE(result.exitCode, exitCode);

    // Read-only: never a POST or PUT to the registration.
    QCOMPARE(m_server->requests().size(), 2);
    QList<QByteArray> lines;
    for (int i = 0; i < 2; ++i) {
        QVERIFY2(m_server->requestLine(i).startsWith("GET "), m_server->requestLine(i).constData());
        QCOMPARE(m_server->header(i, "Authorization"), "Bearer " + Token);
        lines.append(m_server->requestLine(i));
    }
    std::sort(lines.begin(), lines.end());
    QCOMPARE(lines,
        QList<QByteArray>({"GET /webhooks/v1/registration HTTP/1.1",
            "GET /webhooks/v1/registration/events HTTP/1.1"}));
}

void TestDiagnosecli::registrationJson_data()
{
    QTest::addColumn<int>("registrationStatus");
    QTest::addColumn<QByteArray>("registrationBody");
    QTest::addColumn<int>("eventsStatus");
    QTest::addColumn<QByteArray>("eventsBody");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QJsonObject>("expected");

    const QJsonArray available {QStringLiteral("subscription-updated"),
        QStringLiteral("test-created"), QStringLiteral("invoice-ready")};
    const QString subscriber = QStringLiteral("00234d9d-8c1c-4a7a-9c7b-1d7c1e5f8a10");
    QTest::newRow("camelCase with test-created")
        << 200 << RegistrationCamel << 200 << AvailableEvents << 0
        << QJsonObject {
               {QStringLiteral("registered"), true},
               {QStringLiteral("webhook_url"), QStringLiteral("https://partner.example/webhook")},
               {QStringLiteral("webhook_events"),
                   QJsonArray {
                       QStringLiteral("test-created"), QStringLiteral("subscription-updated")}},
               {QStringLiteral("subscribes_test_created"), true},
               {QStringLiteral("last_modified"), QStringLiteral("2024-05-01T10:00:00Z")},
               {QStringLiteral("subscriber_id"), subscriber},
               {QStringLiteral("signature_in_ms_signature_header"), false},
               {QStringLiteral("available_events"), available},
               {QStringLiteral("warnings"), QJsonArray()},
               {QStringLiteral("error"), QString()},
           };
    QTest::newRow("PascalCase without test-created")
        << 200 << RegistrationPascal << 200 << AvailableEvents << 0
        << QJsonObject {
               {QStringLiteral("registered"), true},
               {QStringLiteral("webhook_url"), QStringLiteral("https://partner.example/hook")},
               {QStringLiteral("webhook_events"),
                   QJsonArray {
                       QStringLiteral("subscription-updated"), QStringLiteral("invoice-ready")}},
               {QStringLiteral("subscribes_test_created"), false},
               {QStringLiteral("last_modified"), QStringLiteral("2024-05-02T11:30:00Z")},
               {QStringLiteral("subscriber_id"), subscriber},
               {QStringLiteral("signature_in_ms_signature_header"), true},
               {QStringLiteral("available_events"), available},
               {QStringLiteral("warnings"),
                   QJsonArray {QStringLiteral(
                       "The registration does not subscribe to \"test-created\": validation "
                       "events will not be delivered to https://partner.example/hook.")}},
               {QStringLiteral("error"), QString()},
           };
    QTest::newRow("404: no registration")
        << 404 << QByteArray(R"({"code":"600040","description":"Registration not found"})") << 200
        << AvailableEvents << 2
        << QJsonObject {
               {QStringLiteral("registered"), false},
               {QStringLiteral("webhook_url"), QString()},
               {QStringLiteral("webhook_events"), QJsonArray()},
               {QStringLiteral("subscribes_test_created"), false},
               {QStringLiteral("last_modified"), QString()},
               {QStringLiteral("subscriber_id"), QString()},
               {QStringLiteral("signature_in_ms_signature_header"), false},
               {QStringLiteral("available_events"), available},
               {QStringLiteral("warnings"), QJsonArray {QString::fromLatin1(NotRegisteredWarning)}},
               {QStringLiteral("error"), QString()},
           };
    QTest::newRow("event list is not a list")
        << 200 << RegistrationCamel << 200 << QByteArray(R"({"events":"test-created"})") << 3
        << QJsonObject {
               {QStringLiteral("registered"), true},
               {QStringLiteral("webhook_url"), QStringLiteral("https://partner.example/webhook")},
               {QStringLiteral("webhook_events"),
                   QJsonArray {
                       QStringLiteral("test-created"), QStringLiteral("subscription-updated")}},
               {QStringLiteral("subscribes_test_created"), true},
               {QStringLiteral("last_modified"), QStringLiteral("2024-05-01T10:00:00Z")},
               {QStringLiteral("subscriber_id"), subscriber},
               {QStringLiteral("signature_in_ms_signature_header"), false},
               {QStringLiteral("available_events"), QJsonValue()},
               {QStringLiteral("warnings"), QJsonArray()},
               {QStringLiteral("error"),
                   QStringLiteral("The list of available events could not be read: the answer "
                                  "was not a list.")},
           };
}

void TestDiagnosecli::registrationJson()
{
    QFETCH(int, registrationStatus);
    QFETCH(QByteArray, registrationBody);
    QFETCH(int, eventsStatus);
    QFETCH(QByteArray, eventsBody);
    QFETCH(int, exitCode);
    QFETCH(QJsonObject, expected);
    m_server->route("/registration", FakePartnerCenter::json(registrationStatus, registrationBody));
    m_server->route("/registration/events", FakePartnerCenter::json(eventsStatus, eventsBody));

    const CliResult result = cli({QStringLiteral("registration"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, exitCode);
    QJsonParseError error {};
    const QJsonObject object = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object, expected);
    // Warnings and errors still reach stderr, each on its line.
    QByteArray err;
    for (const QJsonValue &warning : expected.value(QStringLiteral("warnings")).toArray())
        err += "Warning: " + warning.toString().toUtf8() + '\n';
    if (!expected.value(QStringLiteral("error")).toString().isEmpty())
        err += expected.value(QStringLiteral("error")).toString().toUtf8() + '\n';
    QCOMPARE(result.err, err);

    QCOMPARE(m_server->requests().size(), 2);
    for (int i = 0; i < 2; ++i)
        QVERIFY2(m_server->requestLine(i).startsWith("GET "), m_server->requestLine(i).constData());
}

// --- send --retry-of ------------------------------------------------------------------------

void TestDiagnosecli::retryAfterTimeoutReusesRequestId()
{
    m_server->enqueue(FakePartnerCenter::silent());
    m_server->enqueue(FakePartnerCenter::silent());
    const QStringList quick {QStringLiteral("--timeout"), QStringLiteral("1")};

    const CliResult first = cli(quick + QStringList {QStringLiteral("send")});
    QCOMPARE(first.exitCode, 4);
    const QByteArray requestId = m_server->header(0, "MS-RequestId");
    QVERIFY(isWireGuid(requestId));

    // By history id; answered by silence again.
    const CliResult second = cli(quick
        + QStringList {QStringLiteral("send"), QStringLiteral("--retry-of"), QStringLiteral("1")});
    QCOMPARE(second.exitCode, 4);
    const QByteArray reusing = "Retrying call 1 with the same MS-RequestId " + requestId
        + ": it may have reached Partner Center.\n";
    QVERIFY2(second.err.startsWith(reusing), second.err.constData());
    QVERIFY2(second.err.contains("No HTTP response: No response within 1 second."),
        second.err.constData());

    // By MS-RequestId: the newest call that sent it is the second attempt.
    const CliResult third = cli({QStringLiteral("send"), QStringLiteral("--retry-of"),
        QString::fromLatin1(requestId).toUpper()});
    QCOMPARE(third.exitCode, 0);
    QCOMPARE(third.out, CorrelationId + '\n');
    QCOMPARE(third.err,
        "Retrying call 2 with the same MS-RequestId " + requestId
            + ": it may have reached Partner Center.\n");

    // Once an attempt was answered, retrying it (here by its MS-RequestId, which the answered
    // third attempt is now the newest sender of) is a new request.
    const CliResult fourth = cli(
        {QStringLiteral("send"), QStringLiteral("--retry-of"), QString::fromLatin1(requestId)});
    QCOMPARE(fourth.exitCode, 0);
    QCOMPARE(fourth.err,
        QByteArray("Retrying call 3 as a new call: it was answered (HTTP 200), so the "
                   "MS-RequestId is not reused.\n"));
    QCOMPARE(m_server->requests().size(), 4);
    QCOMPARE(m_server->requestLine(3), PostLine);
    QVERIFY(isWireGuid(m_server->header(3, "MS-RequestId")));
    QVERIFY(m_server->header(3, "MS-RequestId") != requestId);

    QSet<QByteArray> correlationIds;
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m_server->requestLine(i), PostLine);
        QCOMPARE(m_server->header(i, "MS-RequestId"), requestId);
        QCOMPARE(m_server->header(i, "Content-Length"), QByteArray("0"));
        QVERIFY(isWireGuid(m_server->header(i, "MS-CorrelationId")));
        correlationIds.insert(m_server->header(i, "MS-CorrelationId"));
    }
    correlationIds.insert(m_server->header(3, "MS-CorrelationId"));
    QCOMPARE(correlationIds.size(), 4);

    const QList<CallRecord> calls = storedCalls();
    QCOMPARE(calls.size(), 4);
    QCOMPARE(calls.at(3).attempt, 4);
    QCOMPARE(calls.at(3).retryOf, calls.at(0).id);
    QCOMPARE(calls.at(3).msRequestId, QString::fromLatin1(m_server->header(3, "MS-RequestId")));
    const QList<Outcome> outcomes {Outcome::NetworkError, Outcome::NetworkError, Outcome::Success};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(calls.at(i).attempt, i + 1);
        QCOMPARE(calls.at(i).retryOf, i == 0 ? 0 : calls.at(0).id);
        QCOMPARE(calls.at(i).msRequestId, QString::fromLatin1(requestId));
        QCOMPARE(calls.at(i).msCorrelationId,
            QString::fromLatin1(m_server->header(i, "MS-CorrelationId")));
        QCOMPARE(calls.at(i).outcome, outcomes.at(i));
    }
}

void TestDiagnosecli::retryAfterAnswer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("firstExitCode");
    QTest::addColumn<bool>("reused");
    QTest::newRow("500 reuses") << 500 << 3 << true;
    QTest::newRow("503 reuses") << 503 << 3 << true;
    QTest::newRow("400 sends a new one") << 400 << 2 << false;
    QTest::newRow("401 sends a new one") << 401 << 2 << false;
    QTest::newRow("429 sends a new one") << 429 << 3 << false;
}

void TestDiagnosecli::retryAfterAnswer()
{
    QFETCH(int, status);
    QFETCH(int, firstExitCode);
    QFETCH(bool, reused);
    m_server->enqueue(FakePartnerCenter::json(status, PartnerCenterError));

    const CliResult first = cli({QStringLiteral("send")});
    QCOMPARE(first.exitCode, firstExitCode);
    const CliResult retry
        = cli({QStringLiteral("send"), QStringLiteral("--retry-of"), QStringLiteral("1")});
    QCOMPARE(retry.exitCode, 0);
    QCOMPARE(retry.out, CorrelationId + '\n');

    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requestLine(1), PostLine);
    const QByteArray firstId = m_server->header(0, "MS-RequestId");
    const QByteArray retryId = m_server->header(1, "MS-RequestId");
    QVERIFY(isWireGuid(retryId));
    QVERIFY(m_server->header(1, "MS-CorrelationId") != m_server->header(0, "MS-CorrelationId"));
    if (reused) {
        QCOMPARE(retryId, firstId);
        QCOMPARE(retry.err,
            "Retrying call 1 with the same MS-RequestId " + firstId
                + ": it may have reached Partner Center.\n");
    } else {
        QVERIFY(retryId != firstId);
        QCOMPARE(retry.err,
            "Retrying call 1 as a new call: it was answered (HTTP " + QByteArray::number(status)
                + "), so the MS-RequestId is not reused.\n");
    }

    const QList<CallRecord> calls = storedCalls();
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).attempt, 1);
    QCOMPARE(calls.at(0).retryOf, 0);
    QCOMPARE(calls.at(0).httpStatus, std::optional<int>(status));
    QCOMPARE(calls.at(1).attempt, 2);
    QCOMPARE(calls.at(1).retryOf, calls.at(0).id);
    QCOMPARE(calls.at(1).msRequestId, QString::fromLatin1(retryId));
    QCOMPARE(calls.at(1).outcome, Outcome::Success);
}

void TestDiagnosecli::retryOfUnknownCall_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("stderrText");
    QTest::newRow("unknown history id") << QStringList {QStringLiteral("--retry-of"),
        QStringLiteral("99")} << QByteArray("no call 99 in the history ");
    QTest::newRow("unknown MS-RequestId")
        << QStringList {QStringLiteral("--retry-of"),
               QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301")}
        << QByteArray("no call 3f2504e0-4f89-11d3-9a0c-0305e82c3301 in the history ");
    QTest::newRow("neither") << QStringList {QStringLiteral("--retry-of"), QStringLiteral("last")}
                             << QByteArray(
                                    "--retry-of takes a history entry number or an MS-RequestId.");
    QTest::newRow("zero") << QStringList {QStringLiteral("--retry-of"), QStringLiteral("0")}
                          << QByteArray(
                                 "--retry-of takes a history entry number or an MS-RequestId.");
    QTest::newRow("with --request-id")
        << QStringList {QStringLiteral("--retry-of"), QStringLiteral("1"),
               QStringLiteral("--request-id"),
               QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301")}
        << QByteArray("use either --retry-of or --request-id, not both.");
}

void TestDiagnosecli::retryOfUnknownCall()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, stderrText);
    // One call the history knows (id 1), so that only the unknown ones are refused.
    QCOMPARE(seedCall(QDateTime::currentDateTimeUtc().addDays(-1), baseUrl(), std::nullopt,
                 Outcome::NetworkError),
        qint64(1));

    const CliResult result = cli(QStringList {QStringLiteral("send")} + options);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QByteArray());
    QVERIFY2(result.err.startsWith("webhook-diag-cli: "), result.err.constData());
    QVERIFY2(result.err.contains(stderrText), result.err.constData());
    verifyNothingSent(1);
}

// --- send --auto-retry ----------------------------------------------------------------------

void TestDiagnosecli::autoRetry_data()
{
    QTest::addColumn<QList<int>>("statuses"); // answers before the default 200; 0: silence
    QTest::addColumn<QByteArray>("retryAfter"); // on 429 answers
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QList<bool>>("reused"); // per retry: same MS-RequestId as the one before
    QTest::addColumn<QList<int>>("waits"); // per retry: seconds announced and waited

    QTest::newRow("503 503 200") << QList<int> {503, 503} << QByteArray() << 0
                                 << QList<bool> {true, true} << QList<int> {2, 4};
    QTest::newRow("429 Retry-After 1, 200")
        << QList<int> {429} << QByteArray("1") << 0 << QList<bool> {false} << QList<int> {2};
    QTest::newRow("429 Retry-After 3 waits longer")
        << QList<int> {429} << QByteArray("3") << 0 << QList<bool> {false} << QList<int> {3};
    QTest::newRow("timeout, 200") << QList<int> {0} << QByteArray() << 0 << QList<bool> {true}
                                  << QList<int> {2};
    QTest::newRow("400 is not retried")
        << QList<int> {400} << QByteArray() << 2 << QList<bool>() << QList<int>();
    QTest::newRow("three 503s: gives up") << QList<int> {503, 503, 503} << QByteArray() << 3
                                          << QList<bool> {true, true} << QList<int> {2, 4};
}

void TestDiagnosecli::autoRetry()
{
    QFETCH(QList<int>, statuses);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, exitCode);
    QFETCH(QList<bool>, reused);
    QFETCH(QList<int>, waits);
    for (const int status : std::as_const(statuses)) {
        if (status == 0)
            m_server->enqueue(FakePartnerCenter::silent());
        else if (status == 429)
            m_server->enqueue(FakePartnerCenter::json(429,
                R"({"statusCode":429,"message":"Rate limit is exceeded."})",
                {{"Retry-After", retryAfter}}));
        else
            m_server->enqueue(FakePartnerCenter::json(status, PartnerCenterError));
    }
    QElapsedTimer clock;
    QList<qint64> arrivals;
    connect(m_server.get(), &FakePartnerCenter::requestReceived, this,
        [&] { arrivals.append(clock.elapsed()); });
    clock.start();

    // --no-wait: two answered attempts within a minute would otherwise make the third wait for
    // the 2-per-minute throttle (see throttle()).
    const CliResult result = cli({QStringLiteral("--timeout"), QStringLiteral("1"),
        QStringLiteral("send"), QStringLiteral("--auto-retry"), QStringLiteral("--no-wait")});
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.out, exitCode == 0 ? CorrelationId + '\n' : QByteArray());

    const int requests = int(waits.size()) + 1;
    QCOMPARE(m_server->requests().size(), requests);
    QCOMPARE(arrivals.size(), requests);
    QSet<QByteArray> correlationIds;
    for (int i = 0; i < requests; ++i) {
        QCOMPARE(m_server->requestLine(i), PostLine);
        QVERIFY(isWireGuid(m_server->header(i, "MS-RequestId")));
        correlationIds.insert(m_server->header(i, "MS-CorrelationId"));
        if (i == 0)
            continue;
        if (reused.at(i - 1))
            QCOMPARE(m_server->header(i, "MS-RequestId"), m_server->header(i - 1, "MS-RequestId"));
        else
            QVERIFY(m_server->header(i, "MS-RequestId") != m_server->header(i - 1, "MS-RequestId"));
        const qint64 gap = arrivals.at(i) - arrivals.at(i - 1);
        // A coarse timer may fire up to 5 % early.
        QVERIFY2(gap >= waits.at(i - 1) * 950, qPrintable(QString::number(gap)));
    }
    QCOMPARE(correlationIds.size(), requests);

    // stderr: each failed attempt's sentence, then the announced wait; the last failure again.
    const QList<QByteArray> lines = result.err.split('\n');
    QCOMPARE(lines.size(), 2 * int(waits.size()) + (exitCode == 0 ? 0 : 1) + 1);
    QCOMPARE(lines.constLast(), QByteArray());
    for (int i = 0; i < waits.size(); ++i) {
        QCOMPARE(lines.at(2 * i + 1),
            "Retrying in " + QByteArray::number(waits.at(i)) + " seconds (attempt "
                + QByteArray::number(i + 2) + " of 3).");
        QVERIFY2(lines.at(2 * i).contains(QByteArray(
                     "Sent MS-CorrelationId " + m_server->header(i, "MS-CorrelationId"))),
            lines.at(2 * i).constData());
    }
    if (waits.isEmpty())
        QVERIFY2(!result.err.contains("Retrying"), result.err.constData());

    const QList<CallRecord> calls = storedCalls();
    QCOMPARE(calls.size(), requests);
    for (int i = 0; i < requests; ++i) {
        QCOMPARE(calls.at(i).attempt, i + 1);
        QCOMPARE(calls.at(i).retryOf, i == 0 ? 0 : calls.at(0).id);
        QCOMPARE(calls.at(i).msRequestId, QString::fromLatin1(m_server->header(i, "MS-RequestId")));
        QCOMPARE(calls.at(i).httpStatus,
            i < statuses.size()
                ? (statuses.at(i) == 0 ? std::nullopt : std::optional<int>(statuses.at(i)))
                : std::optional<int>(200));
    }
}

// --- write-ahead record ---------------------------------------------------------------------

void TestDiagnosecli::pendingCallSurvivesKilledProcess()
{
    m_server->enqueue(FakePartnerCenter::silent());
    QSignalSpy received(m_server.get(), &FakePartnerCenter::requestReceived);
    QProcess process;
    process.setProcessEnvironment(envWith(Token));
    process.start(CliRunner::program(),
        globalArgs() << QStringLiteral("--timeout") << QStringLiteral("60")
                     << QStringLiteral("send"));
    QVERIFY(process.waitForStarted(10000));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 20000);
    const QByteArray requestId = m_server->header(0, "MS-RequestId");
    QVERIFY(isWireGuid(requestId));

    HistoryStore store;
    QVERIFY(store.open(historyPath()));
    QList<CallRecord> calls = store.find({});
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().outcome, Outcome::Pending);
    QCOMPARE(calls.first().msRequestId, QString::fromLatin1(requestId));
    QCOMPARE(calls.first().msCorrelationId,
        QString::fromLatin1(m_server->header(0, "MS-CorrelationId")));
    QCOMPARE(calls.first().method, QStringLiteral("POST"));
    QCOMPARE(calls.first().httpStatus, std::optional<int>());
    // Its program still runs and its deadline is far: it is in flight, not interrupted.
    QCOMPARE(store.recoverInterrupted(QDateTime::currentDateTimeUtc()), std::optional<int>(0));

    process.kill();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    QCOMPARE(store.recoverInterrupted(QDateTime::currentDateTimeUtc()), std::optional<int>(1));
    const std::optional<CallRecord> interrupted = store.findById(calls.first().id);
    QVERIFY(interrupted);
    QCOMPARE(interrupted->outcome, Outcome::Interrupted);
    QCOMPARE(interrupted->msRequestId, QString::fromLatin1(requestId));
    QVERIFY2(interrupted->networkError.startsWith(
                 QStringLiteral("The program stopped before this call finished.")),
        qPrintable(interrupted->networkError));

    const CliResult listed
        = CliRunner::run(globalArgs() << QStringLiteral("history") << QStringLiteral("--outcome")
                                      << QStringLiteral("interrupted") << QStringLiteral("--json"));
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("ms_requestid")).toString(),
        QString::fromLatin1(requestId));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("outcome")).toString(),
        QStringLiteral("interrupted"));

    const CliResult retry = cli(
        {QStringLiteral("send"), QStringLiteral("--retry-of"), QString::fromLatin1(requestId)});
    QCOMPARE(retry.exitCode, 0);
    QCOMPARE(retry.out, CorrelationId + '\n');
    QCOMPARE(retry.err,
        "Retrying call 1 with the same MS-RequestId " + requestId
            + ": it may have reached Partner Center.\n");
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->header(1, "MS-RequestId"), requestId);
    QVERIFY(m_server->header(1, "MS-CorrelationId") != m_server->header(0, "MS-CorrelationId"));

    calls = storedCalls();
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).outcome, Outcome::Interrupted);
    QCOMPARE(calls.at(1).attempt, 2);
    QCOMPARE(calls.at(1).retryOf, calls.at(0).id);
    QCOMPARE(calls.at(1).outcome, Outcome::Success);
}

// --- token ----------------------------------------------------------------------------------

void TestDiagnosecli::tokenChecks_data()
{
    QTest::addColumn<QByteArray>("token"); // OriginPlaceholder stands for the server's origin
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("refusal"); // empty: sent
    QTest::addColumn<QString>("audience"); // stored on the row when sent

    const qint64 inAnHour = QDateTime::currentSecsSinceEpoch() + 3600;
    const qint64 expired = 1700000000; // 2023-11-14 22:13:20 UTC
    const QString pc = QString::fromLatin1(PartnerCenterAudience);
    const QString graph = QString::fromLatin1(GraphAudience);
    const QStringList force {QStringLiteral("--force")};
    const QByteArray expiredSentence = "The token expired at 2023-11-14 22:13:20 UTC (";
    const QByteArray graphSentence = "The token is for https://graph.microsoft.com, not for the "
                                     "Partner Center API (https://api.partnercenter.microsoft.com)"
                                     "; request it with the resource "
                                     "https://api.partnercenter.microsoft.com.";

    QTest::newRow("Partner Center audience")
        << jwt(claims(pc, inAnHour)) << QStringList() << QByteArray() << pc;
    QTest::newRow("audience array with trailing slash")
        << jwt(claims(QJsonArray {graph, QString(pc + QLatin1Char('/'))}, inAnHour))
        << QStringList() << QByteArray()
        << QString(graph + QStringLiteral(", ") + pc + QLatin1Char('/'));
    QTest::newRow("the base URL's origin")
        << jwt(claims(QString::fromLatin1(OriginPlaceholder), inAnHour)) << QStringList()
        << QByteArray() << QString::fromLatin1(OriginPlaceholder);
    QTest::newRow("expired") << jwt(claims(pc, expired)) << QStringList() << expiredSentence
                             << QString();
    QTest::newRow("expired, --force") << jwt(claims(pc, expired)) << force << QByteArray() << pc;
    QTest::newRow("Graph audience")
        << jwt(claims(graph, inAnHour)) << QStringList() << graphSentence << QString();
    QTest::newRow("Graph audience, --force")
        << jwt(claims(graph, inAnHour)) << force << QByteArray() << graph;
    QTest::newRow("opaque token") << Token << QStringList() << QByteArray() << QString();
}

void TestDiagnosecli::tokenChecks()
{
    QFETCH(QByteArray, token);
    QFETCH(QStringList, options);
    QFETCH(QByteArray, refusal);
    QFETCH(QString, audience);
    const QString origin = m_server->baseUrl().toString();
    if (token.contains('.')) {
        // Put the server's real origin into the claims where the data asks for it.
        const QList<QByteArray> parts = token.split('.');
        QByteArray payload = QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding);
        if (payload.contains(OriginPlaceholder)) {
            payload.replace(OriginPlaceholder, origin.toLatin1());
            token = parts.at(0) + '.' + base64Url(payload) + '.' + parts.at(2);
        }
    }
    audience.replace(QString::fromLatin1(OriginPlaceholder), origin);

    const CliResult result = cli(QStringList {QStringLiteral("send")} + options, token);
    QVERIFY(!result.out.contains(token) && !result.err.contains(token));
    if (!refusal.isEmpty()) {
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.out, QByteArray());
        QVERIFY2(result.err.startsWith(QByteArray("webhook-diag-cli: " + refusal)),
            result.err.constData());
        QVERIFY2(result.err.contains(" Nothing was sent; add --force to send anyway.\n"),
            result.err.constData());
        verifyNothingSent();
        return;
    }
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.out, CorrelationId + '\n');
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->header(0, "Authorization"), "Bearer " + token);

    const QList<CallRecord> calls = storedCalls();
    QCOMPARE(calls.size(), 1);
    const bool isJwt = token != Token;
    QCOMPARE(calls.first().tokenTenantId, isJwt ? QString::fromLatin1(TenantId) : QString());
    QCOMPARE(calls.first().tokenAppId, isJwt ? QString::fromLatin1(AppId) : QString());
    QCOMPARE(calls.first().tokenAudience, audience);
}

void TestDiagnosecli::jwtNeverPrintedOrStored()
{
    // Keep a connection open so the write-ahead log stays on disk to be scanned as well.
    HistoryStore keeper;
    QVERIFY(keeper.open(historyPath()));
    const QByteArray token = jwt(claims(
        QString::fromLatin1(PartnerCenterAudience), QDateTime::currentSecsSinceEpoch() + 3600));
    const QByteArray expiredToken
        = jwt(claims(QString::fromLatin1(PartnerCenterAudience), 1700000000));

    m_server->enqueue(FakePartnerCenter::json(401, R"({"code":1,"description":"bad token"})",
        {{"WWW-Authenticate", "Bearer realm=\"x\""}}));
    m_server->route(statusPath(CorrelationId), statusResponse(200, CompletedTwoAttempts));
    m_server->route("/registration", FakePartnerCenter::json(200, RegistrationCamel));
    m_server->route("/registration/events", FakePartnerCenter::json(200, AvailableEvents));
    QByteArray printed;
    const auto runCli = [&](const QStringList &arguments, const QByteArray &with) {
        const CliResult r = cli(arguments, with);
        printed += r.out + r.err;
        return r.exitCode;
    };
    QCOMPARE(runCli({QStringLiteral("send"), QStringLiteral("--json")}, token), 2);
    QCOMPARE(runCli({QStringLiteral("send"), QStringLiteral("--json")}, token), 0);
    QCOMPARE(runCli({QStringLiteral("status"), QString::fromLatin1(CorrelationId),
                        QStringLiteral("--json")},
                 token),
        0);
    QCOMPARE(runCli({QStringLiteral("registration")}, token), 0);
    QCOMPARE(runCli({QStringLiteral("send"), QStringLiteral("--no-wait")}, expiredToken), 1);
    const QString csvPath = m_dir->filePath(QStringLiteral("all.csv"));
    QCOMPARE(runCli({QStringLiteral("history")}, token), 0);
    QCOMPARE(runCli({QStringLiteral("history"), QStringLiteral("--json")}, token), 0);
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--output"), csvPath}, token), 0);
    QCOMPARE(m_server->header(0, "Authorization"), "Bearer " + token);

    // The claims are kept; the token is not.
    QCOMPARE(keeper.count({}), std::optional<qint64>(2));
    for (const CallRecord &call : keeper.find({})) {
        QCOMPARE(call.tokenTenantId, QString::fromLatin1(TenantId));
        QCOMPARE(call.tokenAppId, QString::fromLatin1(AppId));
        QCOMPARE(call.tokenAudience, QString::fromLatin1(PartnerCenterAudience));
    }
    QVERIFY(printed.contains(TenantId)); // send --json shows whose token it was

    QList<QByteArray> secrets;
    for (const QByteArray &t : {token, expiredToken}) {
        const QList<QByteArray> parts = t.split('.');
        secrets << t << parts.at(1); // the whole token, and its payload as encoded
    }
    secrets << JwtSignature;
    QVERIFY(QFile::exists(historyPath() + QStringLiteral("-wal")));
    int scanned = 0;
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files);
    for (const QString &name : files) {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QByteArray &secret : std::as_const(secrets)) {
            QVERIFY2(!bytes.contains(secret), qPrintable(name));
            const QString wide = QString::fromLatin1(secret);
            QVERIFY2(!bytes.contains(QByteArray::fromRawData(
                         reinterpret_cast<const char *>(wide.utf16()), wide.size() * 2)),
                qPrintable(name));
        }
        ++scanned;
    }
    QVERIFY2(scanned >= 3, qPrintable(files.join(QLatin1Char(' ')))); // database, WAL, CSV
    for (const QByteArray &secret : std::as_const(secrets))
        QVERIFY2(!printed.contains(secret), secret.constData());
}

// --- throttle -------------------------------------------------------------------------------

void TestDiagnosecli::throttle_data()
{
    QTest::addColumn<QString>("seeded"); // ok, 429, interrupted, other-url
    QTest::addColumn<bool>("noWait");
    QTest::addColumn<bool>("waits");
    QTest::newRow("two answered calls") << QStringLiteral("ok") << false << true;
    QTest::newRow("two answered calls, --no-wait") << QStringLiteral("ok") << true << false;
    QTest::newRow("two interrupted calls") << QStringLiteral("interrupted") << false << true;
    QTest::newRow("two 429s used up nothing") << QStringLiteral("429") << false << false;
    QTest::newRow("two calls to another endpoint") << QStringLiteral("other-url") << false << false;
}

void TestDiagnosecli::throttle()
{
    QFETCH(QString, seeded);
    QFETCH(bool, noWait);
    QFETCH(bool, waits);
    const QString url = seeded == QLatin1String("other-url")
        ? QStringLiteral("http://127.0.0.1:1")
        : baseUrl(); // exactly as the CLI stores it
    const std::optional<int> status = seeded == QLatin1String("interrupted")
        ? std::nullopt
        : std::optional<int>(seeded == QLatin1String("429") ? 429 : 200);
    const Outcome outcome = seeded == QLatin1String("interrupted")
        ? Outcome::Interrupted
        : (seeded == QLatin1String("429") ? Outcome::ClientError : Outcome::Success);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime older = now.addMSecs(-58500);
    QVERIFY(seedCall(older, url, status, outcome) > 0);
    QVERIFY(seedCall(now.addMSecs(-58000), url, status, outcome) > 0);

    QElapsedTimer clock;
    qint64 arrived = -1;
    QDateTime arrivedAt;
    connect(m_server.get(), &FakePartnerCenter::requestReceived, this, [&] {
        arrived = clock.elapsed();
        arrivedAt = QDateTime::currentDateTimeUtc();
    });
    clock.start();
    QStringList arguments {QStringLiteral("send")};
    if (noWait)
        arguments << QStringLiteral("--no-wait");
    const CliResult result = cli(arguments);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, CorrelationId + '\n');
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(arrived >= 0);
    if (!waits) {
        QCOMPARE(result.err, QByteArray());
        return;
    }
    // About 1.5 s are left when the CLI looks; how much depends on how fast it started.
    static const QRegularExpression sentence(
        QStringLiteral("\\APartner Center accepts 2 test events per minute; waiting (1 second|2 "
                       "seconds) before sending \\(--no-wait sends at once\\)\\.\\n\\z"));
    QVERIFY2(sentence.match(QString::fromUtf8(result.err)).hasMatch(), result.err.constData());
    QVERIFY2(arrived >= 1000, qPrintable(QString::number(arrived)));
    // It waited until the older call left the 60 s window (a coarse timer may fire 5 % early).
    QVERIFY2(arrivedAt >= older.addMSecs(60000 - 100),
        qPrintable(arrivedAt.toString(Qt::ISODateWithMs)));
}

QTEST_GUILESS_MAIN(TestDiagnosecli)
#include "tst_diagnosecli.moc"
