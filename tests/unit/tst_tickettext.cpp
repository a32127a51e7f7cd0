// TicketText: the exact block a support ticket gets, line by line.
#include "diagnosis/TicketText.h"

#include <QTest>

namespace {

CallRecord baseCall()
{
    CallRecord r;
    r.sentAtUtc = QDateTime(QDate(2026, 12, 4), QTime(10, 0, 0, 123), Qt::UTC);
    r.baseUrl = QStringLiteral("https://api.partnercenter.microsoft.com");
    r.apiVersion = QStringLiteral("v1");
    r.method = QStringLiteral("POST");
    r.path = QStringLiteral("/webhooks/v1/registration/validationEvents");
    r.msCorrelationId = QStringLiteral("9d5b8f0e-0c1a-4c55-9f3e-2a1b3c4d5e6f");
    r.msRequestId = QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    return r;
}

// The lines every ticket starts with, for baseCall().
QString header()
{
    return QStringLiteral("Partner Center webhook validation event\n"
                          "Time (UTC): 2026-12-04T10:00:00.123Z\n"
                          "Endpoint: https://api.partnercenter.microsoft.com\n"
                          "API version: v1\n");
}

QString ids()
{
    return QStringLiteral("MS-CorrelationId: 9d5b8f0e-0c1a-4c55-9f3e-2a1b3c4d5e6f\n"
                          "MS-RequestId: 3f2504e0-4f89-11d3-9a0c-0305e82c3301");
}

} // namespace

class TestTicketText : public QObject
{
    Q_OBJECT

private slots:
    void forCall_data();
    void forCall();
};

void TestTicketText::forCall_data()
{
    QTest::addColumn<CallRecord>("record");
    QTest::addColumn<QString>("expected");

    {
        CallRecord r = baseCall();
        r.httpStatus = 200;
        r.httpReason = QStringLiteral("OK");
        r.outcome = Outcome::Success;
        r.correlationId = QStringLiteral("04af2aea-d413-42db-824e-f328001484d1");
        r.responseBody = QStringLiteral("{\"correlationId\":\"04af2aea-d413-42db-824e-"
                                        "f328001484d1\"}");
        const QString expected = header()
            + QStringLiteral("Result: HTTP 200 OK (success)\n"
                             "correlationId: 04af2aea-d413-42db-824e-f328001484d1\n")
            + ids();
        QTest::newRow("success") << r << expected;
    }
    {
        CallRecord r = baseCall();
        r.httpStatus = 401;
        r.httpReason = QStringLiteral("Unauthorized");
        r.outcome = Outcome::ClientError;
        r.errorCode = QStringLiteral("600008");
        r.errorDescription = QStringLiteral("Invalid input: the token is expired.");
        r.responseBody = QStringLiteral("{\"code\":600008,\"description\":\"secret-looking "
                                        "body\"}");
        r.responseHeaders.insert(
            QStringLiteral("WWW-Authenticate"), QStringLiteral("Bearer error=\"invalid_token\""));
        const QString expected = header()
            + QStringLiteral("Result: HTTP 401 Unauthorized (client-error)\n"
                             "correlationId: none\n")
            + ids()
            + QStringLiteral("\nError code: 600008\n"
                             "Error description: Invalid input: the token is expired.");
        QTest::newRow("401 with code and description") << r << expected;
    }
    {
        CallRecord r = baseCall();
        r.outcome = Outcome::NetworkError;
        r.networkError = QStringLiteral("No response within 30 seconds.");
        const QString expected = header()
            + QStringLiteral("Result: no HTTP response (network-error)\n"
                             "correlationId: none\n")
            + ids() + QStringLiteral("\nNetwork error: No response within 30 seconds.");
        QTest::newRow("network error without status") << r << expected;
    }
    {
        CallRecord r = baseCall();
        r.outcome = Outcome::Cancelled;
        r.networkError = QStringLiteral("Cancelled before the call finished.");
        const QString expected = header()
            + QStringLiteral("Result: no HTTP response (cancelled)\n"
                             "correlationId: none\n")
            + ids() + QStringLiteral("\nNetwork error: Cancelled before the call finished.");
        QTest::newRow("cancelled") << r << expected;
    }
    {
        CallRecord r = baseCall();
        r.httpStatus = 400;
        r.httpReason = QStringLiteral("Bad\rRequest");
        r.outcome = Outcome::ClientError;
        r.errorCode = QStringLiteral("600\n008");
        r.errorDescription = QStringLiteral("Bad input\r\nMS-RequestId: forged\x7f\tend");
        const QString expected = header()
            + QStringLiteral("Result: HTTP 400 Bad Request (client-error)\n"
                             "correlationId: none\n")
            + ids()
            + QStringLiteral("\nError code: 600 008\n"
                             "Error description: Bad input  MS-RequestId: forged  end");
        QTest::newRow("control characters injected") << r << expected;
    }
    {
        CallRecord r = baseCall();
        r.httpStatus = 400;
        r.outcome = Outcome::ClientError;
        r.errorDescription = QStringLiteral("first") + QChar(0x2028) + QStringLiteral("second")
            + QChar(0x85) + QStringLiteral("third");
        const QString expected = header()
            + QStringLiteral("Result: HTTP 400 (client-error)\n"
                             "correlationId: none\n")
            + ids() + QStringLiteral("\nError description: first second third");
        QTest::newRow("Unicode line separators") << r << expected;
    }
    {
        CallRecord r = baseCall();
        r.httpStatus = 500;
        r.outcome = Outcome::ServerError;
        const QString expected = header()
            + QStringLiteral("Result: HTTP 500 (server-error)\n"
                             "correlationId: none\n")
            + ids();
        QTest::newRow("empty reason") << r << expected;
    }
    {
        CallRecord r = baseCall();
        r.httpStatus = 503;
        r.httpReason = QStringLiteral("  \r\n ");
        r.outcome = Outcome::ServerError;
        const QString expected = header()
            + QStringLiteral("Result: HTTP 503 (server-error)\n"
                             "correlationId: none\n")
            + ids();
        QTest::newRow("blank reason") << r << expected;
    }
    {
        CallRecord r = baseCall();
        r.httpStatus = 302;
        r.httpReason = QStringLiteral("Found %3 %1");
        r.outcome = Outcome::NetworkError;
        r.networkError = QStringLiteral("The server redirected to another origin "
                                        "(https://evil.example/); the redirect was not followed, "
                                        "so the token was not sent there.");
        const QString expected = header()
            + QStringLiteral("Result: HTTP 302 Found %3 %1 (network-error)\n"
                             "correlationId: none\n")
            + ids()
            + QStringLiteral("\nNetwork error: The server redirected to another origin "
                             "(https://evil.example/); the redirect was not followed, so "
                             "the token was not sent there.");
        QTest::newRow("status with network error, placeholders in reason") << r << expected;
    }
}

void TestTicketText::forCall()
{
    QFETCH(CallRecord, record);
    QFETCH(QString, expected);

    const QString text = TicketText::forCall(record);
    QCOMPARE(text, expected);
    QVERIFY(!text.endsWith(QLatin1Char('\n')));
    QVERIFY(record.responseBody.isEmpty() || !text.contains(record.responseBody));
}

QTEST_GUILESS_MAIN(TestTicketText)
#include "tst_tickettext.moc"
