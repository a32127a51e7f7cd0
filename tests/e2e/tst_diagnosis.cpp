// Delivery status, registration check and the two-step send against the fake Partner Center:
// how DeliveryTracker follows a validation event, what RegistrationCheck warns about, and which
// IDs and token claims ApiClient puts on the wire and in the record.
#include "FakePartnerCenter.h"
#include "api/ApiClient.h"
#include "api/PendingCall.h"
#include "diagnosis/DeliveryTracker.h"
#include "diagnosis/RegistrationCheck.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {

const QString Token = QStringLiteral("eyJ0eXAiOiJKV1QifQ.test-token-7f3a9c");
const QString CorrelationId = QStringLiteral("04af2aea-d413-42db-824e-f328001484d1");
const QByteArray StatusPath = "/webhooks/v1/registration/validationEvents/04af2aea-d413-42db-824e-"
                              "f328001484d1";
const QString WebhookUrl = QStringLiteral("https://partner.example/webhook");
const QString DeliveryNotFound = QStringLiteral(
    "Partner Center does not know this correlationId (HTTP 404). It keeps a validation event for "
    "7 days; the event may also have been sent with another tenant or to another endpoint.");
const QString NoRegistration
    = QStringLiteral("This partner has no webhook registration: Partner Center has nowhere to "
                     "deliver events, validation events included.");

// A Get Validation Event Status body with attempts delivery attempts, the last one "200".
QByteArray statusBody(const QByteArray &status, int attempts)
{
    QByteArray results;
    for (int i = 0; i < attempts; ++i) {
        if (i > 0)
            results += ',';
        const bool last = i == attempts - 1;
        results += R"({"responseCode":")" + QByteArray(last ? "200" : "500")
            + R"(","responseMessage":")" + QByteArray(last ? "delivered" : "busy")
            + R"(","systemError":false,"dateTimeUtc":"2026-03-01T10:00:0)" + QByteArray::number(i)
            + R"(.2386997"})";
    }
    return R"({"correlationId":"04af2aea-d413-42db-824e-f328001484d1",)"
           R"("partnerId":"00234d9d-8c2d-4ff5-8c18-39f8afc6f7f3","status":")"
        + status + R"(","callbackUrl":"https://partner.example/webhook","results":[)" + results
        + "]}";
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString jwt(const QByteArray &payload)
{
    return QString::fromLatin1(QByteArray(base64Url(R"({"alg":"RS256","typ":"JWT"})") + '.'
        + base64Url(payload) + ".c2lnbmF0dXJlLW9mLXRoZS10b2tlbg"));
}

bool isGuid(const QString &text)
{
    static const QRegularExpression guid(
        QStringLiteral("\\A[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\z"));
    return guid.match(text).hasMatch();
}

DeliveryTracker::Result trackerResult(const QSignalSpy &finished, int index = 0)
{
    if (index >= finished.count())
        return DeliveryTracker::Result();
    return finished.at(index).at(0).value<DeliveryTracker::Result>();
}

} // namespace

class TestDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // DeliveryTracker
    void defaultScheduleGrowsToTwoMinutes();
    void isExpiredOnServer_data();
    void isExpiredOnServer();
    void followsUntilCompleted();
    void failedStatusIsFinal();
    void unknownStatusPollsUntilTheScheduleRunsOut();
    void notFoundMentionsSevenDays();
    void passingFailuresAreAskedAgain_data();
    void passingFailuresAreAskedAgain();
    void unauthorizedFails();
    void serverErrorWithoutFollowFails();
    void cancelBetweenQueries();
    void cancelDuringQuery();
    void withoutFollowAsksOnce();
    void bodyThatIsNotJsonFails();

    // RegistrationCheck
    void registrationWithTestCreatedHasNoWarnings();
    void pascalCaseRegistrationWithoutTestCreatedWarns();
    void missingRegistrationWarns();
    void eventsServerErrorIsReported();

    // ApiClient
    void preparedIdsGoOnTheWire();
    void retryFieldsFlowIntoTheRecord();
    void tokenClaimsAreRecordedTokenIsNot_data();
    void tokenClaimsAreRecordedTokenIsNot();

private:
    CallRequest request() const;
    CallRecord waitFor(PendingCall *call);
    // Runs a tracker with 50 ms waits until finished (at most 20 s), then lets 300 ms pass so
    // that a stray query would still show.
    void runTracker(bool follow, int waits, QSignalSpy **read, QSignalSpy **finished);
    // Runs a check to its end and verifies its two requests.
    void runRegistrationCheck(RegistrationCheck::Report *report);

    FakePartnerCenter *m_server = nullptr;
    ApiClient *m_client = nullptr;
    DeliveryTracker *m_tracker = nullptr;
    QSignalSpy *m_read = nullptr;
    QSignalSpy *m_finished = nullptr;
};

void TestDiagnosis::init()
{
    m_server = new FakePartnerCenter(this);
    QVERIFY(m_server->listen());
    m_client = new ApiClient(this);
}

void TestDiagnosis::cleanup()
{
    delete m_read;
    m_read = nullptr;
    delete m_finished;
    m_finished = nullptr;
    delete m_tracker;
    m_tracker = nullptr;
    delete m_client;
    m_client = nullptr;
    delete m_server;
    m_server = nullptr;
}

CallRequest TestDiagnosis::request() const
{
    CallRequest r;
    r.baseUrl = m_server->baseUrl();
    r.apiVersion = QStringLiteral("v1");
    r.token = Token;
    r.timeout = 10s;
    return r;
}

CallRecord TestDiagnosis::waitFor(PendingCall *call)
{
    QSignalSpy spy(call, &PendingCall::finished);
    if (!spy.wait(20000) || spy.count() != 1)
        qFatal("call did not finish within 20 s");
    return spy.at(0).at(0).value<CallRecord>();
}

void TestDiagnosis::runTracker(bool follow, int waits, QSignalSpy **read, QSignalSpy **finished)
{
    m_tracker = new DeliveryTracker(m_client, request(), CorrelationId);
    m_tracker->setSchedule(QList<std::chrono::milliseconds>(waits, 50ms));
    m_read = new QSignalSpy(m_tracker, &DeliveryTracker::statusRead);
    m_finished = new QSignalSpy(m_tracker, &DeliveryTracker::finished);
    *read = m_read;
    *finished = m_finished;
    m_tracker->start(0ms, follow);
    QVERIFY(m_tracker->isRunning());
    QVERIFY(m_finished->wait(20000));
    QVERIFY(!m_tracker->isRunning());
    QTest::qWait(300);
    QCOMPARE(m_finished->count(), 1);
}

// ---------------------------------------------------------------------------------------------
// DeliveryTracker

void TestDiagnosis::defaultScheduleGrowsToTwoMinutes()
{
    QCOMPARE(DeliveryTracker::defaultSchedule(),
        (QList<std::chrono::milliseconds> {2s, 4s, 8s, 16s, 32s, 64s}));
    std::chrono::milliseconds total {0};
    for (const auto wait : DeliveryTracker::defaultSchedule())
        total += wait;
    QCOMPARE(total.count(), qint64(126000));
}

void TestDiagnosis::isExpiredOnServer_data()
{
    QTest::addColumn<qint64>("ageMs"); // now - sent
    QTest::addColumn<bool>("expired");

    const qint64 week = qint64(7) * 24 * 3600 * 1000;
    QTest::newRow("just sent") << qint64(0) << false;
    QTest::newRow("six days") << qint64(6) * 24 * 3600 * 1000 << false;
    QTest::newRow("7 days less 1 ms") << week - 1 << false;
    QTest::newRow("exactly 7 days") << week << false;
    QTest::newRow("7 days and 1 ms") << week + 1 << true;
    QTest::newRow("30 days") << qint64(30) * 24 * 3600 * 1000 << true;
    QTest::newRow("sent in the future") << qint64(-60000) << false;
}

void TestDiagnosis::isExpiredOnServer()
{
    QFETCH(qint64, ageMs);
    QFETCH(bool, expired);
    const QDateTime now(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
    QCOMPARE(DeliveryTracker::isExpiredOnServer(now.addMSecs(-ageMs), now), expired);
    QCOMPARE(DeliveryTracker::StateLifetime.count(), 168);
}

void TestDiagnosis::followsUntilCompleted()
{
    const QByteArray last = statusBody("completed", 2);
    m_server->enqueue(FakePartnerCenter::json(200, statusBody("Submitted", 0)));
    m_server->enqueue(FakePartnerCenter::json(200, statusBody("Submitted", 1)));
    m_server->enqueue(FakePartnerCenter::json(200, last));
    QSignalSpy *read = nullptr;
    QSignalSpy *finished = nullptr;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    runTracker(true, 5, &read, &finished);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(m_server->requests().size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m_server->requestLine(i), "GET " + StatusPath + " HTTP/1.1");
        QCOMPARE(m_server->header(i, "Authorization"), "Bearer " + Token.toLatin1());
        QVERIFY(isGuid(QString::fromLatin1(m_server->header(i, "MS-CorrelationId"))));
    }
    QCOMPARE(read->count(), 3);
    const QStringList seen {read->at(0).at(0).value<DeliveryStatus>().status,
        read->at(1).at(0).value<DeliveryStatus>().status,
        read->at(2).at(0).value<DeliveryStatus>().status};
    QCOMPARE(seen,
        (QStringList {QStringLiteral("Submitted"), QStringLiteral("Submitted"),
            QStringLiteral("completed")}));
    QCOMPARE(read->at(2).at(1).toString(), QString::fromUtf8(last));

    const DeliveryTracker::Result result = trackerResult(*finished);
    QCOMPARE(result.ending, DeliveryTracker::Ending::Final);
    QVERIFY(result.status.parsed);
    QCOMPARE(result.status.status, QStringLiteral("completed"));
    QCOMPARE(result.status.state(), DeliveryStatus::State::Completed);
    QCOMPARE(result.status.correlationId, CorrelationId);
    QCOMPARE(result.status.callbackUrl, WebhookUrl);
    QCOMPARE(result.status.attempts.size(), 2);
    QCOMPARE(result.status.lastResponse(), QStringLiteral("200: delivered"));
    QCOMPARE(result.body, QString::fromUtf8(last));
    QCOMPARE(result.message, QString());
    QVERIFY(result.checkedUtc >= before);
    QVERIFY(result.checkedUtc <= QDateTime::currentDateTimeUtc());
    QCOMPARE(read->at(2).at(2).toDateTime(), result.checkedUtc);
    QCOMPARE(result.lastQuery.method, QStringLiteral("GET"));
    QCOMPARE(result.lastQuery.path, QString::fromLatin1(StatusPath));
    QCOMPARE(result.lastQuery.httpStatus, std::optional<int>(200));
    QCOMPARE(result.lastQuery.outcome, Outcome::Success);
    QCOMPARE(result.lastQuery.msCorrelationId,
        QString::fromLatin1(m_server->header(2, "MS-CorrelationId")));
}

void TestDiagnosis::failedStatusIsFinal()
{
    m_server->enqueue(FakePartnerCenter::json(200, statusBody("FAILED", 10)));
    m_server->enqueue(FakePartnerCenter::json(200, statusBody("completed", 1)));
    QSignalSpy *read = nullptr;
    QSignalSpy *finished = nullptr;
    runTracker(true, 5, &read, &finished);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(read->count(), 1);
    const DeliveryTracker::Result result = trackerResult(*finished);
    QCOMPARE(result.ending, DeliveryTracker::Ending::Final);
    QCOMPARE(result.status.status, QStringLiteral("FAILED"));
    QCOMPARE(result.status.state(), DeliveryStatus::State::Failed);
    QCOMPARE(result.status.attempts.size(), 10);
}

void TestDiagnosis::unknownStatusPollsUntilTheScheduleRunsOut()
{
    for (int i = 0; i < 6; ++i)
        m_server->enqueue(FakePartnerCenter::json(200, statusBody("Queued", i)));
    QSignalSpy *read = nullptr;
    QSignalSpy *finished = nullptr;
    runTracker(true, 3, &read, &finished);
    if (QTest::currentTestFailed())
        return;

    // The first query and one per wait.
    QCOMPARE(m_server->requests().size(), 4);
    QCOMPARE(read->count(), 4);
    const DeliveryTracker::Result result = trackerResult(*finished);
    QCOMPARE(result.ending, DeliveryTracker::Ending::StillDelivering);
    QCOMPARE(result.status.status, QStringLiteral("Queued"));
    QCOMPARE(result.status.state(), DeliveryStatus::State::Unknown);
    QCOMPARE(result.status.attempts.size(), 3);
    QCOMPARE(result.message, QString());
}

void TestDiagnosis::notFoundMentionsSevenDays()
{
    m_server->enqueue(FakePartnerCenter::json(
        404, R"({"code":"600039","description":"Validation event not found."})"));
    QSignalSpy *read = nullptr;
    QSignalSpy *finished = nullptr;
    runTracker(true, 5, &read, &finished);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(read->count(), 0);
    const DeliveryTracker::Result result = trackerResult(*finished);
    QCOMPARE(result.ending, DeliveryTracker::Ending::NotFound);
    QVERIFY2(result.message.contains(QLatin1String("7 days")), qPrintable(result.message));
    QCOMPARE(result.message, DeliveryNotFound);
    QVERIFY(!result.status.parsed);
    QCOMPARE(result.lastQuery.httpStatus, std::optional<int>(404));
    QCOMPARE(result.lastQuery.errorCode, QStringLiteral("600039"));
}

void TestDiagnosis::passingFailuresAreAskedAgain_data()
{
    QTest::addColumn<int>("status"); // 0: the connection drops without an answer
    QTest::newRow("dropped connection") << 0;
    QTest::newRow("500") << 500;
    QTest::newRow("503") << 503;
    QTest::newRow("429") << 429;
}

void TestDiagnosis::passingFailuresAreAskedAgain()
{
    QFETCH(int, status);
    m_server->enqueue(status
            ? FakePartnerCenter::json(status, R"({"code":"500","description":"busy"})")
            : FakePartnerCenter::drop());
    m_server->enqueue(FakePartnerCenter::json(200, statusBody("completed", 1)));
    QSignalSpy *read = nullptr;
    QSignalSpy *finished = nullptr;
    runTracker(true, 5, &read, &finished);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(read->count(), 1);
    const DeliveryTracker::Result result = trackerResult(*finished);
    QCOMPARE(result.ending, DeliveryTracker::Ending::Final);
    QCOMPARE(result.status.status, QStringLiteral("completed"));
    QCOMPARE(result.lastQuery.httpStatus, std::optional<int>(200));
}

void TestDiagnosis::unauthorizedFails()
{
    m_server->enqueue(
        FakePartnerCenter::json(401, R"({"code":600008,"description":"The token is expired."})",
            {{"WWW-Authenticate", R"(Bearer error="invalid_token")"}}));
    QSignalSpy *read = nullptr;
    QSignalSpy *finished = nullptr;
    runTracker(true, 5, &read, &finished);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(read->count(), 0);
    const DeliveryTracker::Result result = trackerResult(*finished);
    QCOMPARE(result.ending, DeliveryTracker::Ending::Failed);
    QCOMPARE(result.message,
        QStringLiteral("The status query was refused (HTTP 401): The token is expired."));
    QCOMPARE(result.lastQuery.httpStatus, std::optional<int>(401));
    QCOMPARE(result.lastQuery.responseHeaders.value(QStringLiteral("WWW-Authenticate")),
        QStringLiteral("Bearer error=\"invalid_token\""));
}

void TestDiagnosis::serverErrorWithoutFollowFails()
{
    m_server->enqueue(FakePartnerCenter::text(500, "<html>oops</html>", "text/html"));
    QSignalSpy *read = nullptr;
    QSignalSpy *finished = nullptr;
    runTracker(false, 5, &read, &finished);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(m_server->requests().size(), 1);
    const DeliveryTracker::Result result = trackerResult(*finished);
    QCOMPARE(result.ending, DeliveryTracker::Ending::Failed);
    QCOMPARE(result.message, QStringLiteral("The status query failed: 500 Internal Server Error"));
}

void TestDiagnosis::cancelBetweenQueries()
{
    m_server->enqueue(FakePartnerCenter::json(200, statusBody("Submitted", 0)));
    m_server->enqueue(FakePartnerCenter::json(200, statusBody("completed", 1)));
    DeliveryTracker tracker(m_client, request(), CorrelationId);
    tracker.setSchedule({300ms, 300ms, 300ms});
    QSignalSpy read(&tracker, &DeliveryTracker::statusRead);
    QSignalSpy finished(&tracker, &DeliveryTracker::finished);
    tracker.start(0ms, true);
    QVERIFY(read.wait(20000));
    QCOMPARE(finished.count(), 0);
    QVERIFY(tracker.isRunning());

    tracker.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!tracker.isRunning());
    const DeliveryTracker::Result result = trackerResult(finished);
    QCOMPARE(result.ending, DeliveryTracker::Ending::Cancelled);
    QCOMPARE(result.status.status, QStringLiteral("Submitted"));

    QTest::qWait(800);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(read.count(), 1);
    QCOMPARE(finished.count(), 1);
    tracker.cancel(); // nothing left to cancel
    QCOMPARE(finished.count(), 1);
}

void TestDiagnosis::cancelDuringQuery()
{
    m_server->enqueue(FakePartnerCenter::silent());
    DeliveryTracker tracker(m_client, request(), CorrelationId);
    tracker.setSchedule({50ms, 50ms});
    QSignalSpy received(m_server, &FakePartnerCenter::requestReceived);
    QSignalSpy read(&tracker, &DeliveryTracker::statusRead);
    QSignalSpy finished(&tracker, &DeliveryTracker::finished);
    tracker.start(0ms, true);
    QVERIFY(received.wait(20000));

    tracker.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(trackerResult(finished).ending, DeliveryTracker::Ending::Cancelled);
    QTest::qWait(500);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(read.count(), 0);
    QCOMPARE(finished.count(), 1);
}

void TestDiagnosis::withoutFollowAsksOnce()
{
    m_server->enqueue(FakePartnerCenter::json(200, statusBody("Submitted", 1)));
    m_server->enqueue(FakePartnerCenter::json(200, statusBody("completed", 1)));
    QSignalSpy *read = nullptr;
    QSignalSpy *finished = nullptr;
    runTracker(false, 5, &read, &finished);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(read->count(), 1);
    const DeliveryTracker::Result result = trackerResult(*finished);
    QCOMPARE(result.ending, DeliveryTracker::Ending::StillDelivering);
    QCOMPARE(result.status.status, QStringLiteral("Submitted"));
    QCOMPARE(result.status.lastResponse(), QStringLiteral("200: delivered"));
}

void TestDiagnosis::bodyThatIsNotJsonFails()
{
    m_server->enqueue(FakePartnerCenter::text(200, "<html>Sign in</html>", "text/html"));
    QSignalSpy *read = nullptr;
    QSignalSpy *finished = nullptr;
    runTracker(true, 5, &read, &finished);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(read->count(), 0);
    const DeliveryTracker::Result result = trackerResult(*finished);
    QCOMPARE(result.ending, DeliveryTracker::Ending::Failed);
    QCOMPARE(result.message,
        QStringLiteral("Partner Center answered the status query with something that is not a "
                       "status (HTTP 200)."));
    QVERIFY(!result.status.parsed);
    QCOMPARE(result.body, QStringLiteral("<html>Sign in</html>"));
}

// ---------------------------------------------------------------------------------------------
// RegistrationCheck

void TestDiagnosis::runRegistrationCheck(RegistrationCheck::Report *report)
{
    RegistrationCheck check(m_client, request());
    QSignalSpy finished(&check, &RegistrationCheck::finished);
    check.start();
    QVERIFY(check.isRunning());
    QVERIFY(finished.wait(20000));
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!check.isRunning());

    // Both reads are GETs with the token, and nothing else is asked.
    QCOMPARE(m_server->requests().size(), 2);
    QList<QByteArray> lines;
    for (int i = 0; i < 2; ++i) {
        lines.append(m_server->requestLine(i));
        QCOMPARE(m_server->header(i, "Authorization"), "Bearer " + Token.toLatin1());
        QVERIFY(isGuid(QString::fromLatin1(m_server->header(i, "MS-CorrelationId"))));
    }
    std::sort(lines.begin(), lines.end());
    QCOMPARE(lines,
        (QList<QByteArray> {"GET /webhooks/v1/registration HTTP/1.1",
            "GET /webhooks/v1/registration/events HTTP/1.1"}));
    *report = finished.at(0).at(0).value<RegistrationCheck::Report>();
}

void TestDiagnosis::registrationWithTestCreatedHasNoWarnings()
{
    m_server->route("/registration",
        FakePartnerCenter::json(200,
            R"({"subscriberId":"00234d9d-8c2d-4ff5-8c18-39f8afc6f7f3",)"
            R"("webhookUrl":"https://partner.example/webhook",)"
            R"("webhookEvents":["subscription-updated","test-created"],)"
            R"("signatureTokenToMsSignatureHeader":false,)"
            R"("lastModifiedTimestamp":"2026-02-01T10:00:00Z"})"));
    m_server->route("/registration/events",
        FakePartnerCenter::json(
            200, R"(["subscription-updated","test-created","invoice-ready","referral-created"])"));
    RegistrationCheck::Report report;
    runRegistrationCheck(&report);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(report.warnings, QStringList());
    QCOMPARE(report.error, QString());
    QVERIFY(!report.notRegistered());
    QVERIFY(!report.missesTestCreated());
    QVERIFY(report.registration.parsed);
    QCOMPARE(
        report.registration.subscriberId, QStringLiteral("00234d9d-8c2d-4ff5-8c18-39f8afc6f7f3"));
    QCOMPARE(report.registration.webhookUrl, WebhookUrl);
    QCOMPARE(report.registration.events,
        (QStringList {QStringLiteral("subscription-updated"), QStringLiteral("test-created")}));
    QCOMPARE(report.registration.lastModified, QStringLiteral("2026-02-01T10:00:00Z"));
    QCOMPARE(report.registration.signatureInMsSignatureHeader, false);
    QVERIFY(report.availableEvents);
    QCOMPARE(*report.availableEvents,
        (QStringList {QStringLiteral("subscription-updated"), QStringLiteral("test-created"),
            QStringLiteral("invoice-ready"), QStringLiteral("referral-created")}));
    QCOMPARE(report.registrationCall.method, QStringLiteral("GET"));
    QCOMPARE(report.registrationCall.path, QStringLiteral("/webhooks/v1/registration"));
    QCOMPARE(report.eventsCall.path, QStringLiteral("/webhooks/v1/registration/events"));
}

void TestDiagnosis::pascalCaseRegistrationWithoutTestCreatedWarns()
{
    m_server->route("/registration",
        FakePartnerCenter::json(200,
            R"({"SubscriberId":"00234d9d-8c2d-4ff5-8c18-39f8afc6f7f3",)"
            R"("WebhookUrl":"https://partner.example/hook",)"
            R"("WebhookEvents":["subscription-updated","invoice-ready"],)"
            R"("SignatureTokenToMsSignatureHeader":true,)"
            R"("LastModifiedTimestamp":"2026-02-01T10:00:00Z"})"));
    m_server->route(
        "/registration/events", FakePartnerCenter::json(200, R"(["subscription-updated"])"));
    RegistrationCheck::Report report;
    runRegistrationCheck(&report);
    if (QTest::currentTestFailed())
        return;

    QVERIFY(report.registration.parsed);
    QCOMPARE(report.registration.webhookUrl, QStringLiteral("https://partner.example/hook"));
    QCOMPARE(report.registration.events,
        (QStringList {QStringLiteral("subscription-updated"), QStringLiteral("invoice-ready")}));
    QCOMPARE(report.registration.signatureInMsSignatureHeader, true);
    QVERIFY(!report.notRegistered());
    QVERIFY(report.missesTestCreated());
    QCOMPARE(report.warnings.size(), 1);
    QVERIFY(report.warnings.first().contains(QLatin1String("test-created")));
    QVERIFY(report.warnings.first().contains(QLatin1String("https://partner.example/hook")));
    QCOMPARE(report.warnings.first(),
        QStringLiteral("The registration does not subscribe to \"test-created\": validation "
                       "events will not be delivered to https://partner.example/hook."));
    QCOMPARE(report.error, QString());
    QCOMPARE(report.availableEvents,
        std::optional(QStringList {QStringLiteral("subscription-updated")}));
}

void TestDiagnosis::missingRegistrationWarns()
{
    m_server->route("/registration",
        FakePartnerCenter::json(404, R"({"code":"2100","description":"No registration."})"));
    m_server->route("/registration/events",
        FakePartnerCenter::json(200, R"(["subscription-updated","test-created"])"));
    RegistrationCheck::Report report;
    runRegistrationCheck(&report);
    if (QTest::currentTestFailed())
        return;

    QVERIFY(report.notRegistered());
    QVERIFY(!report.missesTestCreated());
    QCOMPARE(report.warnings, QStringList {NoRegistration});
    QCOMPARE(report.error, QString());
    QCOMPARE(report.registrationCall.httpStatus, std::optional<int>(404));
    QVERIFY(!report.registration.exists());
    QVERIFY(report.availableEvents);
}

void TestDiagnosis::eventsServerErrorIsReported()
{
    m_server->route("/registration",
        FakePartnerCenter::json(200,
            R"({"webhookUrl":"https://partner.example/webhook","webhookEvents":["test-created"]})"));
    m_server->route("/registration/events",
        FakePartnerCenter::json(500, R"({"code":"500","description":"Dependency failed."})"));
    RegistrationCheck::Report report;
    runRegistrationCheck(&report);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(report.availableEvents, std::nullopt);
    QCOMPARE(report.error,
        QStringLiteral("The list of available events could not be read (HTTP 500 Internal Server "
                       "Error: Dependency failed)."));
    QCOMPARE(report.warnings, QStringList());
    QVERIFY(!report.notRegistered());
    QVERIFY(!report.missesTestCreated());
    QCOMPARE(report.registration.webhookUrl, WebhookUrl);
    QCOMPARE(report.eventsCall.httpStatus, std::optional<int>(500));
    QCOMPARE(report.eventsCall.outcome, Outcome::ServerError);
}

// ---------------------------------------------------------------------------------------------
// ApiClient: the two-step send

void TestDiagnosis::preparedIdsGoOnTheWire()
{
    const CallRequest r = request();
    const CallRecord prepared = m_client->prepareValidationEvent(r);
    QVERIFY(isGuid(prepared.msCorrelationId));
    QVERIFY(isGuid(prepared.msRequestId));
    QVERIFY(prepared.msCorrelationId != prepared.msRequestId);
    QCOMPARE(prepared.method, QStringLiteral("POST"));
    QCOMPARE(prepared.path, QStringLiteral("/webhooks/v1/registration/validationEvents"));
    QCOMPARE(prepared.baseUrl, m_server->baseUrl().toString());
    QCOMPARE(prepared.apiVersion, QStringLiteral("v1"));
    QVERIFY(prepared.sentAtUtc.isValid());
    QCOMPARE(prepared.retryOf, qint64(0));
    QCOMPARE(prepared.attempt, 1);
    QCOMPARE(prepared.httpStatus, std::nullopt);
    // Preparing sends nothing.
    QTest::qWait(100);
    QCOMPARE(m_server->requests().size(), 0);

    const CallRecord record = waitFor(m_client->sendPrepared(r, prepared));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requestLine(0),
        QByteArray("POST /webhooks/v1/registration/validationEvents HTTP/1.1"));
    QCOMPARE(m_server->header(0, "MS-CorrelationId"), prepared.msCorrelationId.toLatin1());
    QCOMPARE(m_server->header(0, "MS-RequestId"), prepared.msRequestId.toLatin1());
    QCOMPARE(m_server->header(0, "Authorization"), "Bearer " + Token.toLatin1());
    QCOMPARE(record.msCorrelationId, prepared.msCorrelationId);
    QCOMPARE(record.msRequestId, prepared.msRequestId);
    QCOMPARE(record.sentAtUtc, prepared.sentAtUtc);
    QCOMPARE(record.outcome, Outcome::Success);
    QCOMPARE(record.correlationId, CorrelationId);

    // Preparing twice gives two different calls.
    const CallRecord again = m_client->prepareValidationEvent(r);
    QVERIFY(again.msCorrelationId != prepared.msCorrelationId);
    QVERIFY(again.msRequestId != prepared.msRequestId);
}

void TestDiagnosis::retryFieldsFlowIntoTheRecord()
{
    const QString reused = QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    CallRequest r = request();
    r.requestId = reused;
    r.retryOf = 42;
    const CallRecord prepared = m_client->prepareValidationEvent(r);
    QCOMPARE(prepared.msRequestId, reused);
    QCOMPARE(prepared.retryOf, qint64(42));
    QVERIFY(isGuid(prepared.msCorrelationId));

    const CallRecord record = waitFor(m_client->sendPrepared(r, prepared));
    QCOMPARE(m_server->header(0, "MS-RequestId"), reused.toLatin1());
    QCOMPARE(m_server->header(0, "MS-CorrelationId"), prepared.msCorrelationId.toLatin1());
    QCOMPARE(record.msRequestId, reused);
    QCOMPARE(record.retryOf, qint64(42));
    QCOMPARE(record.toJson().value(QStringLiteral("retry_of")).toInteger(), qint64(42));

    // The one-step send carries them too.
    const CallRecord direct = waitFor(m_client->createValidationEvent(r));
    QCOMPARE(m_server->header(1, "MS-RequestId"), reused.toLatin1());
    QVERIFY(m_server->header(1, "MS-CorrelationId") != m_server->header(0, "MS-CorrelationId"));
    QCOMPARE(direct.retryOf, qint64(42));
}

void TestDiagnosis::tokenClaimsAreRecordedTokenIsNot_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("audience");

    QTest::newRow("app-only token")
        << jwt(R"({"aud":"https://api.partnercenter.microsoft.com",)"
               R"("tid":"72f988bf-86f1-41af-91ab-2d7cd011db47",)"
               R"("appid":"1950a258-227b-4e31-a9cf-717495945fc2","exp":4102444800})")
        << QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47")
        << QStringLiteral("1950a258-227b-4e31-a9cf-717495945fc2")
        << QStringLiteral("https://api.partnercenter.microsoft.com");
    QTest::newRow("azp and two audiences")
        << jwt(R"({"aud":["https://api.partnercenter.microsoft.com",)"
               R"("fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd"],)"
               R"("tid":"0b7c1f5e-2d3a-4e4f-9a8b-7c6d5e4f3a2b",)"
               R"("azp":"5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f","upn":"ops@contoso.example"})")
        << QStringLiteral("0b7c1f5e-2d3a-4e4f-9a8b-7c6d5e4f3a2b")
        << QStringLiteral("5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f")
        << QStringLiteral("https://api.partnercenter.microsoft.com, "
                          "fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd");
    QTest::newRow("opaque token") << QStringLiteral("opaque-secret-token-value-123") << QString()
                                  << QString() << QString();
}

void TestDiagnosis::tokenClaimsAreRecordedTokenIsNot()
{
    QFETCH(QString, token);
    QFETCH(QString, tenant);
    QFETCH(QString, app);
    QFETCH(QString, audience);

    CallRequest r = request();
    r.token = token;
    const CallRecord prepared = m_client->prepareValidationEvent(r);
    QCOMPARE(prepared.tokenTenantId, tenant);
    QCOMPARE(prepared.tokenAppId, app);
    QCOMPARE(prepared.tokenAudience, audience);

    const CallRecord record = waitFor(m_client->sendPrepared(r, prepared));
    QCOMPARE(m_server->header(0, "Authorization"), "Bearer " + token.toLatin1());
    QCOMPARE(record.tokenTenantId, tenant);
    QCOMPARE(record.tokenAppId, app);
    QCOMPARE(record.tokenAudience, audience);

    // No field of the record holds the token or any of its parts.
    const QJsonObject json = record.toJson();
    QCOMPARE(json.value(QStringLiteral("token_tenant_id")).toString(), tenant);
    QCOMPARE(json.value(QStringLiteral("token_app_id")).toString(), app);
    QCOMPARE(json.value(QStringLiteral("token_audience")).toString(), audience);
    const QString text = QString::fromUtf8(QJsonDocument(json).toJson());
    QVERIFY2(!text.contains(token), qPrintable(text));
    for (const QString &part : token.split(QLatin1Char('.'))) {
        if (part.size() >= 8)
            QVERIFY2(!text.contains(part), qPrintable(part));
    }
    for (const CallRecord &c : {prepared, record}) {
        const QString all = c.baseUrl + c.path + c.msCorrelationId + c.msRequestId + c.httpReason
            + c.correlationId + c.errorCode + c.errorDescription + c.responseBody + c.networkError
            + c.tokenTenantId + c.tokenAppId + c.tokenAudience + c.deliveryStatus
            + c.lastDeliveryResponse + c.deliveryBody + c.responseHeaders.values().join(QString());
        QVERIFY(!all.contains(token));
    }
}

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
