// RetryPolicy: SPEC.md's MS-RequestId rule (reuse after no response or a 5xx, a fresh one after
// any other answer), which calls are retried automatically and how long to wait before each.
#include "api/RetryPolicy.h"

#include <QTest>

using namespace std::chrono_literals;

namespace {

const QString RequestId = QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

CallRecord makeRecord(Outcome outcome, std::optional<int> status)
{
    CallRecord r;
    r.id = 17;
    r.sentAtUtc = QDateTime(QDate(2026, 10, 21), QTime(7, 27, 0), Qt::UTC);
    r.baseUrl = QStringLiteral("https://api.partnercenter.microsoft.com");
    r.apiVersion = QStringLiteral("v1");
    r.method = QStringLiteral("POST");
    r.path = QStringLiteral("/webhooks/v1/registration/validationEvents");
    r.msCorrelationId = QStringLiteral("11110001-aaaa-4bbb-8ccc-dddddddddddd");
    r.msRequestId = RequestId;
    r.outcome = outcome;
    r.httpStatus = status;
    return r;
}

CallRecord withRetryAfter(const QString &value)
{
    CallRecord r = makeRecord(Outcome::ClientError, 429);
    r.responseHeaders.insert(QStringLiteral("Retry-After"), value);
    return r;
}

const QDateTime Now = QDateTime(QDate(2026, 10, 21), QTime(7, 27, 30), Qt::UTC);

} // namespace

class TestRetrypolicy : public QObject
{
    Q_OBJECT

private slots:
    void requestIdRule_data();
    void requestIdRule();
    void firstAttemptId_data();
    void firstAttemptId();
    void retriesAutomatically_data();
    void retriesAutomatically();
    void delayBefore_data();
    void delayBefore();
    void retryAfter_data();
    void retryAfter();
    void limits();
};

void TestRetrypolicy::requestIdRule_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("status"); // 0: no response
    QTest::addColumn<bool>("reuses");

    // No response: the request may have been carried out.
    QTest::newRow("timeout, no status") << int(Outcome::NetworkError) << 0 << true;
    QTest::newRow("cancelled, no status") << int(Outcome::Cancelled) << 0 << true;
    QTest::newRow("interrupted") << int(Outcome::Interrupted) << 0 << true;
    QTest::newRow("pending") << int(Outcome::Pending) << 0 << true;
    // 5xx: the service may have done the work before failing.
    QTest::newRow("500") << int(Outcome::ServerError) << 500 << true;
    QTest::newRow("503") << int(Outcome::ServerError) << 503 << true;
    QTest::newRow("599") << int(Outcome::ServerError) << 599 << true;
    // Any other answer: the next call is a new one.
    QTest::newRow("200") << int(Outcome::Success) << 200 << false;
    QTest::newRow("400") << int(Outcome::ClientError) << 400 << false;
    QTest::newRow("401") << int(Outcome::ClientError) << 401 << false;
    QTest::newRow("404") << int(Outcome::ClientError) << 404 << false;
    QTest::newRow("429") << int(Outcome::ClientError) << 429 << false;
    QTest::newRow("499") << int(Outcome::ClientError) << 499 << false;
    QTest::newRow("600") << int(Outcome::NetworkError) << 600 << false;
}

void TestRetrypolicy::requestIdRule()
{
    QFETCH(int, outcome);
    QFETCH(int, status);
    QFETCH(bool, reuses);
    const CallRecord previous
        = makeRecord(Outcome(outcome), status ? std::optional<int>(status) : std::nullopt);
    QCOMPARE(RetryPolicy::reusesRequestId(previous), reuses);
    const QString next = RetryPolicy::requestIdForRetry(previous);
    if (reuses) {
        QCOMPARE(next, RequestId);
    } else {
        QCOMPARE(next, QString());
        QVERIFY(next.isEmpty());
    }
}

void TestRetrypolicy::firstAttemptId_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<qint64>("retryOf");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("first attempt") << qint64(17) << qint64(0) << qint64(17);
    QTest::newRow("second attempt") << qint64(18) << qint64(17) << qint64(17);
    QTest::newRow("third attempt") << qint64(25) << qint64(17) << qint64(17);
    QTest::newRow("not stored yet") << qint64(0) << qint64(0) << qint64(0);
}

void TestRetrypolicy::firstAttemptId()
{
    QFETCH(qint64, id);
    QFETCH(qint64, retryOf);
    QFETCH(qint64, expected);
    CallRecord r = makeRecord(Outcome::NetworkError, std::nullopt);
    r.id = id;
    r.retryOf = retryOf;
    QCOMPARE(RetryPolicy::firstAttemptId(r), expected);
}

void TestRetrypolicy::retriesAutomatically_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("status"); // 0: no response
    QTest::addColumn<bool>("retries");

    QTest::newRow("timeout") << int(Outcome::NetworkError) << 0 << true;
    QTest::newRow("cancelled") << int(Outcome::Cancelled) << 0 << false;
    QTest::newRow("cancelled after a 500 status line") << int(Outcome::Cancelled) << 500 << false;
    QTest::newRow("429") << int(Outcome::ClientError) << 429 << true;
    QTest::newRow("500") << int(Outcome::ServerError) << 500 << true;
    QTest::newRow("503") << int(Outcome::ServerError) << 503 << true;
    QTest::newRow("400") << int(Outcome::ClientError) << 400 << false;
    QTest::newRow("401") << int(Outcome::ClientError) << 401 << false;
    QTest::newRow("404") << int(Outcome::ClientError) << 404 << false;
    QTest::newRow("200") << int(Outcome::Success) << 200 << false;
}

void TestRetrypolicy::retriesAutomatically()
{
    QFETCH(int, outcome);
    QFETCH(int, status);
    QFETCH(bool, retries);
    const CallRecord previous
        = makeRecord(Outcome(outcome), status ? std::optional<int>(status) : std::nullopt);
    QCOMPARE(RetryPolicy::retriesAutomatically(previous), retries);
}

void TestRetrypolicy::delayBefore_data()
{
    QTest::addColumn<int>("nextAttempt");
    QTest::addColumn<QString>("retryAfter"); // null: no header
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("attempt 2") << 2 << QString() << qint64(2000);
    QTest::newRow("attempt 3") << 3 << QString() << qint64(4000);
    QTest::newRow("attempt 4") << 4 << QString() << qint64(8000);
    QTest::newRow("attempt 8 capped") << 8 << QString() << qint64(120000);
    QTest::newRow("attempt 100 capped") << 100 << QString() << qint64(120000);
    QTest::newRow("attempt 1 as the first wait") << 1 << QString() << qint64(2000);
    QTest::newRow("Retry-After 10 s") << 2 << QStringLiteral("10") << qint64(10000);
    QTest::newRow("Retry-After shorter than backoff") << 3 << QStringLiteral("1") << qint64(4000);
    QTest::newRow("Retry-After 0") << 2 << QStringLiteral("0") << qint64(2000);
    QTest::newRow("Retry-After with spaces") << 2 << QStringLiteral("  15 ") << qint64(15000);
    QTest::newRow("Retry-After HTTP date")
        << 2 << QStringLiteral("Wed, 21 Oct 2026 07:28:00 GMT") << qint64(30000);
    QTest::newRow("Retry-After HTTP date in the past")
        << 2 << QStringLiteral("Wed, 21 Oct 2026 07:00:00 GMT") << qint64(2000);
    QTest::newRow("Retry-After huge") << 2 << QStringLiteral("999999") << qint64(120000);
    // RFC 9111 1.2.2: delta-seconds too large to represent count as the largest value.
    QTest::newRow("Retry-After beyond 64 bits")
        << 2 << QStringLiteral("99999999999999999999999") << qint64(120000);
    QTest::newRow("Retry-After just above the cap") << 2 << QStringLiteral("121") << qint64(120000);
    QTest::newRow("Retry-After at the cap") << 2 << QStringLiteral("120") << qint64(120000);
    QTest::newRow("Retry-After far HTTP date")
        << 2 << QStringLiteral("Thu, 22 Oct 2026 07:28:00 GMT") << qint64(120000);
    QTest::newRow("Retry-After negative") << 2 << QStringLiteral("-30") << qint64(2000);
    QTest::newRow("Retry-After garbage") << 3 << QStringLiteral("soon") << qint64(4000);
    QTest::newRow("Retry-After fraction") << 2 << QStringLiteral("10.5") << qint64(2000);
    QTest::newRow("Retry-After empty") << 2 << QStringLiteral("") << qint64(2000);
}

void TestRetrypolicy::delayBefore()
{
    QFETCH(int, nextAttempt);
    QFETCH(QString, retryAfter);
    QFETCH(qint64, expectedMs);
    const CallRecord previous = retryAfter.isNull()
        ? makeRecord(Outcome::NetworkError, std::nullopt)
        : withRetryAfter(retryAfter);
    QCOMPARE(RetryPolicy::delayBefore(nextAttempt, previous, Now).count(), expectedMs);
}

void TestRetrypolicy::retryAfter_data()
{
    QTest::addColumn<QString>("value"); // null: no header
    QTest::addColumn<bool>("present");
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("no header") << QString() << false << qint64(0);
    QTest::newRow("empty") << QStringLiteral("") << false << qint64(0);
    QTest::newRow("blank") << QStringLiteral("   ") << false << qint64(0);
    QTest::newRow("negative") << QStringLiteral("-1") << false << qint64(0);
    QTest::newRow("garbage") << QStringLiteral("later, please") << false << qint64(0);
    QTest::newRow("fraction") << QStringLiteral("1.5") << false << qint64(0);
    QTest::newRow("date without GMT")
        << QStringLiteral("Wed, 21 Oct 2026 07:28:00") << false << qint64(0);
    QTest::newRow("ISO date") << QStringLiteral("2026-10-21T07:28:00Z") << false << qint64(0);
    QTest::newRow("zero") << QStringLiteral("0") << true << qint64(0);
    QTest::newRow("seconds") << QStringLiteral("10") << true << qint64(10000);
    QTest::newRow("padded seconds") << QStringLiteral(" 30 ") << true << qint64(30000);
    // retryAfter() reports what was asked (up to a day); delayBefore() applies MaxDelay.
    QTest::newRow("an hour") << QStringLiteral("3600") << true << qint64(3600000);
    QTest::newRow("more than a day") << QStringLiteral("999999") << true << qint64(86400000);
    QTest::newRow("beyond 64 bits")
        << QStringLiteral("99999999999999999999999") << true << qint64(86400000);
    QTest::newRow("HTTP date") << QStringLiteral("Wed, 21 Oct 2026 07:28:00 GMT") << true
                               << qint64(30000);
    QTest::newRow("HTTP date now")
        << QStringLiteral("Wed, 21 Oct 2026 07:27:30 GMT") << true << qint64(0);
    QTest::newRow("HTTP date in the past")
        << QStringLiteral("Wed, 21 Oct 2026 06:00:00 GMT") << true << qint64(0);
}

void TestRetrypolicy::retryAfter()
{
    QFETCH(QString, value);
    QFETCH(bool, present);
    QFETCH(qint64, expectedMs);
    const CallRecord record
        = value.isNull() ? makeRecord(Outcome::ClientError, 429) : withRetryAfter(value);
    const std::optional<std::chrono::milliseconds> wait = RetryPolicy::retryAfter(record, Now);
    QCOMPARE(wait.has_value(), present);
    if (present)
        QCOMPARE(wait->count(), expectedMs);
}

void TestRetrypolicy::limits()
{
    QCOMPARE(RetryPolicy::MaxAutomaticAttempts, 3);
    QCOMPARE(RetryPolicy::MaxDelay.count(), qint64(120000));
    QCOMPARE(std::chrono::milliseconds(RetryPolicy::MaxDelay), std::chrono::milliseconds(2min));
}

QTEST_GUILESS_MAIN(TestRetrypolicy)
#include "tst_retrypolicy.moc"
