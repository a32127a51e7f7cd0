#include "api/InputValidator.h"

#include <QTest>

#include <chrono>

// The exact refusal sentences; a wording change shows up here once.
namespace {

QString apiVersionError()
{
    return QStringLiteral("The API version must be a number such as 1 or v1 (no spaces, slashes or "
                          "other characters).");
}

QString tokenEmptyError()
{
    return QStringLiteral("The access token is empty; paste the bearer token.");
}

QString tokenControlError()
{
    return QStringLiteral("The access token contains a line break or another control character; "
                          "paste the token alone, on one line.");
}

QString tokenSpaceError()
{
    return QStringLiteral("The access token contains a space or a non-ASCII character; paste only "
                          "the token itself.");
}

QString baseUrlEmptyError()
{
    return QStringLiteral("The base URL is empty.");
}

QString baseUrlInvalidError()
{
    return QStringLiteral("The base URL is not a valid absolute URL such as "
                          "https://api.partnercenter.microsoft.com.");
}

QString baseUrlSchemeError()
{
    return QStringLiteral("The base URL must start with https://.");
}

QString baseUrlHttpError()
{
    return QStringLiteral("The base URL must use https://; http:// is accepted only for this "
                          "computer (localhost, 127.0.0.1 or ::1).");
}

QString baseUrlUserInfoError()
{
    return QStringLiteral("The base URL must not contain a user name or password.");
}

QString baseUrlQueryError()
{
    return QStringLiteral("The base URL must not contain a query (?) or a fragment (#).");
}

QString requestIdError()
{
    return QStringLiteral(
        "The request ID must be a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301.");
}

QString timeoutError()
{
    return QStringLiteral("The timeout must be a whole number of seconds from 1 to 3600.");
}

// A token distinctive enough that finding it in an error message cannot be a coincidence.
QString secret()
{
    return QStringLiteral("SECRETTOKEN123");
}

} // namespace

class TestInputValidator : public QObject
{
    Q_OBJECT

private slots:
    void apiVersionAccepted_data();
    void apiVersionAccepted();
    void apiVersionRefused_data();
    void apiVersionRefused();

    void tokenAccepted_data();
    void tokenAccepted();
    void tokenRefused_data();
    void tokenRefused();

    void baseUrlAccepted_data();
    void baseUrlAccepted();
    void baseUrlRefused_data();
    void baseUrlRefused();

    void requestIdAccepted_data();
    void requestIdAccepted();
    void requestIdRefused_data();
    void requestIdRefused();

    void timeoutAccepted_data();
    void timeoutAccepted();
    void timeoutRefused_data();
    void timeoutRefused();

    void isLoopbackHost_data();
    void isLoopbackHost();
};

void TestInputValidator::apiVersionAccepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("bare 1") << QStringLiteral("1") << QStringLiteral("v1");
    QTest::newRow("v1") << QStringLiteral("v1") << QStringLiteral("v1");
    QTest::newRow("V1") << QStringLiteral("V1") << QStringLiteral("v1");
    QTest::newRow("bare 2") << QStringLiteral("2") << QStringLiteral("v2");
    QTest::newRow("v10") << QStringLiteral("v10") << QStringLiteral("v10");
    QTest::newRow("bare 10") << QStringLiteral("10") << QStringLiteral("v10");
}

void TestInputValidator::apiVersionAccepted()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const Validated<QString> result = InputValidator::apiVersion(input);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.isValid(), true);
    QCOMPARE(result.value, expected);
}

void TestInputValidator::apiVersionRefused_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << QString();
    QTest::newRow("space") << QStringLiteral(" ");
    QTest::newRow("v alone") << QStringLiteral("v");
    QTest::newRow("path traversal") << QStringLiteral("../x");
    QTest::newRow("v1 then traversal") << QStringLiteral("v1/..");
    QTest::newRow("inner space") << QStringLiteral("v 1");
    QTest::newRow("leading space") << QStringLiteral(" 1");
    QTest::newRow("trailing space") << QStringLiteral("1 ");
    QTest::newRow("question mark") << QStringLiteral("?");
    QTest::newRow("query") << QStringLiteral("v1?x=1");
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("v0") << QStringLiteral("v0");
    QTest::newRow("leading zero") << QStringLiteral("01");
    QTest::newRow("fraction") << QStringLiteral("1.0");
    QTest::newRow("full-width digit") << QString(QChar(0xFF11));
    QTest::newRow("encoded slash") << QStringLiteral("v1%2F");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("negative") << QStringLiteral("-1");
    QTest::newRow("double v") << QStringLiteral("vv1");
    QTest::newRow("newline") << QStringLiteral("v1\n");
}

void TestInputValidator::apiVersionRefused()
{
    QFETCH(QString, input);

    const Validated<QString> result = InputValidator::apiVersion(input);
    QCOMPARE(result.value, QString());
    QCOMPARE(result.isValid(), false);
    QCOMPARE(result.error, apiVersionError());
}

void TestInputValidator::tokenAccepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const QString t = secret();
    QTest::newRow("bare") << t << t;
    QTest::newRow("surrounding spaces")
        << QString(QStringLiteral("  ") + t + QStringLiteral("  ")) << t;
    QTest::newRow("surrounding tabs and newlines")
        << QString(QStringLiteral("\t\r\n") + t + QStringLiteral("\r\n")) << t;
    QTest::newRow("Bearer") << QString(QStringLiteral("Bearer ") + t) << t;
    QTest::newRow("bearer") << QString(QStringLiteral("bearer ") + t) << t;
    QTest::newRow("BEARER") << QString(QStringLiteral("BEARER ") + t) << t;
    QTest::newRow("Bearer tab") << QString(QStringLiteral("Bearer\t") + t) << t;
    QTest::newRow("Bearer several spaces") << QString(QStringLiteral("Bearer   ") + t) << t;
    QTest::newRow("Bearer surrounded")
        << QString(QStringLiteral("  Bearer ") + t + QStringLiteral(" \n")) << t;
    QTest::newRow("prefix without separator is part of the token")
        << QStringLiteral("BearerXYZ") << QStringLiteral("BearerXYZ");
    QTest::newRow("JWT characters") << QStringLiteral("eyJ0eXAi.eyJhdWQi.c2ln-_~+/=")
                                    << QStringLiteral("eyJ0eXAi.eyJhdWQi.c2ln-_~+/=");
}

void TestInputValidator::tokenAccepted()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const Validated<QString> result = InputValidator::token(input);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.isValid(), true);
    QCOMPARE(result.value, expected);
}

void TestInputValidator::tokenRefused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expectedError");

    const QString t = secret();
    QTest::newRow("empty") << QString() << tokenEmptyError();
    QTest::newRow("spaces only") << QStringLiteral("   ") << tokenEmptyError();
    QTest::newRow("white space only") << QStringLiteral(" \t\r\n ") << tokenEmptyError();
    QTest::newRow("Bearer and space") << QStringLiteral("Bearer ") << tokenEmptyError();
    QTest::newRow("bearer and tab") << QStringLiteral("bearer\t") << tokenEmptyError();
    QTest::newRow("BEARER and spaces") << QStringLiteral("  BEARER   ") << tokenEmptyError();

    QTest::newRow("CR inside") << QString(t + QStringLiteral("\rX")) << tokenControlError();
    QTest::newRow("LF inside") << QString(t + QStringLiteral("\nX")) << tokenControlError();
    QTest::newRow("CRLF header injection")
        << QString(t + QStringLiteral("\r\nX-Evil: 1")) << tokenControlError();
    QTest::newRow("Bearer then CRLF header injection")
        << QString(QStringLiteral("Bearer ") + t + QStringLiteral("\r\nX-Evil: 1"))
        << tokenControlError();
    QTest::newRow("NUL inside") << QString(t.left(6) + QChar(0) + t.mid(6)) << tokenControlError();
    QTest::newRow("NUL at the end") << QString(t + QChar(0)) << tokenControlError();
    QTest::newRow("0x01 inside") << QString(t + QChar(0x01) + t) << tokenControlError();
    QTest::newRow("0x01 leading") << QString(QChar(0x01) + t) << tokenControlError();
    QTest::newRow("0x1f inside") << QString(t + QChar(0x1f) + t) << tokenControlError();
    QTest::newRow("0x7f inside") << QString(t + QChar(0x7f) + t) << tokenControlError();
    QTest::newRow("0x7f at the end") << QString(t + QChar(0x7f)) << tokenControlError();
    QTest::newRow("TAB inside") << QString(t + QStringLiteral("\tX")) << tokenControlError();

    QTest::newRow("inner space") << QString(t + QStringLiteral(" X")) << tokenSpaceError();
    QTest::newRow("non-ASCII") << QString(t + QStringLiteral("abc") + QChar(0xE9))
                               << tokenSpaceError();
    QTest::newRow("no-break space inside") << QString(t + QChar(0xA0) + t) << tokenSpaceError();
}

void TestInputValidator::tokenRefused()
{
    QFETCH(QString, input);
    QFETCH(QString, expectedError);

    const Validated<QString> result = InputValidator::token(input);
    QCOMPARE(result.value, QString());
    QCOMPARE(result.isValid(), false);
    QCOMPARE(result.error, expectedError);
    // The refusal is shown and may be logged: it must never quote the secret.
    QCOMPARE(result.error.contains(secret(), Qt::CaseInsensitive), false);
    QCOMPARE(result.error.contains(QStringLiteral("X-Evil")), false);
}

void TestInputValidator::baseUrlAccepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expectedUrl");
    QTest::addColumn<QString>("expectedPath");

    QTest::newRow("global cloud") << QStringLiteral("https://api.partnercenter.microsoft.com")
                                  << QStringLiteral("https://api.partnercenter.microsoft.com")
                                  << QString();
    QTest::newRow("trailing slash removed")
        << QStringLiteral("https://api.partnercenter.microsoft.com/")
        << QStringLiteral("https://api.partnercenter.microsoft.com") << QString();
    QTest::newRow("path prefix kept")
        << QStringLiteral("https://example.test/prefix/")
        << QStringLiteral("https://example.test/prefix") << QStringLiteral("/prefix");
    QTest::newRow("nested prefix, several slashes")
        << QStringLiteral("https://example.test/a/b//")
        << QStringLiteral("https://example.test/a/b") << QStringLiteral("/a/b");
    QTest::newRow("upper-case scheme and host")
        << QStringLiteral("HTTPS://Example.TEST") << QStringLiteral("https://example.test")
        << QString();
    QTest::newRow("port and surrounding spaces")
        << QStringLiteral("  https://example.test:8443  ")
        << QStringLiteral("https://example.test:8443") << QString();
    QTest::newRow("http loopback v4 with port")
        << QStringLiteral("http://127.0.0.1:8080") << QStringLiteral("http://127.0.0.1:8080")
        << QString();
    QTest::newRow("http loopback v4 anywhere in 127/8")
        << QStringLiteral("http://127.5.6.7") << QStringLiteral("http://127.5.6.7") << QString();
    QTest::newRow("http loopback v6")
        << QStringLiteral("http://[::1]:99") << QStringLiteral("http://[::1]:99") << QString();
    QTest::newRow("http localhost")
        << QStringLiteral("http://localhost") << QStringLiteral("http://localhost") << QString();
    QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST:1")
                                    << QStringLiteral("http://localhost:1") << QString();
    QTest::newRow("http loopback with prefix")
        << QStringLiteral("http://127.0.0.1:8080/fake/")
        << QStringLiteral("http://127.0.0.1:8080/fake") << QStringLiteral("/fake");
}

void TestInputValidator::baseUrlAccepted()
{
    QFETCH(QString, input);
    QFETCH(QString, expectedUrl);
    QFETCH(QString, expectedPath);

    const Validated<QUrl> result = InputValidator::baseUrl(input);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.isValid(), true);
    QCOMPARE(result.value.toString(), expectedUrl);
    QCOMPARE(result.value.path(), expectedPath);
    QCOMPARE(result.value.hasQuery(), false);
    QCOMPARE(result.value.hasFragment(), false);
    QCOMPARE(result.value.userInfo(), QString());
}

void TestInputValidator::baseUrlRefused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("empty") << QString() << baseUrlEmptyError();
    QTest::newRow("spaces only") << QStringLiteral("   ") << baseUrlEmptyError();
    QTest::newRow("ftp") << QStringLiteral("ftp://x") << baseUrlSchemeError();
    QTest::newRow("not a url") << QStringLiteral("not a url") << baseUrlInvalidError();
    QTest::newRow("no host") << QStringLiteral("https://") << baseUrlInvalidError();
    QTest::newRow("scheme-relative") << QStringLiteral("//host") << baseUrlInvalidError();
    QTest::newRow("user info") << QStringLiteral("https://user:pw@host") << baseUrlUserInfoError();
    QTest::newRow("query") << QStringLiteral("https://host/?q=1") << baseUrlQueryError();
    QTest::newRow("fragment") << QStringLiteral("https://host/#f") << baseUrlQueryError();
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << baseUrlInvalidError();
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << baseUrlInvalidError();
    QTest::newRow("http public host") << QStringLiteral("http://example.com") << baseUrlHttpError();
    QTest::newRow("http private 10/8") << QStringLiteral("http://10.0.0.1") << baseUrlHttpError();
    QTest::newRow("http private 192.168/16")
        << QStringLiteral("http://192.168.1.1") << baseUrlHttpError();
    QTest::newRow("http localhost look-alike")
        << QStringLiteral("http://localhost.example.com") << baseUrlHttpError();
    QTest::newRow("http 127 look-alike name")
        << QStringLiteral("http://127.0.0.1.example.com") << baseUrlHttpError();
}

void TestInputValidator::baseUrlRefused()
{
    QFETCH(QString, input);
    QFETCH(QString, expectedError);

    const Validated<QUrl> result = InputValidator::baseUrl(input);
    QCOMPARE(result.value, QUrl());
    QCOMPARE(result.isValid(), false);
    QCOMPARE(result.error, expectedError);
}

void TestInputValidator::requestIdAccepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const QString canonical = QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    QTest::newRow("upper case") << QStringLiteral("3F2504E0-4F89-11D3-9A0C-0305E82C3301")
                                << canonical;
    QTest::newRow("braces") << QStringLiteral("{3f2504e0-4f89-11d3-9a0c-0305e82c3301}")
                            << canonical;
    QTest::newRow("canonical") << canonical << canonical;
    QTest::newRow("surrounding spaces")
        << QStringLiteral("  {3F2504E0-4F89-11D3-9A0C-0305E82C3301} \n") << canonical;
}

void TestInputValidator::requestIdAccepted()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const Validated<QString> result = InputValidator::requestId(input);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.isValid(), true);
    QCOMPARE(result.value, expected);
}

void TestInputValidator::requestIdRefused_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << QString();
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("nil GUID") << QStringLiteral("00000000-0000-0000-0000-000000000000");
    QTest::newRow("one digit short") << QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c330");
    QTest::newRow("not hex") << QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c330g");
}

void TestInputValidator::requestIdRefused()
{
    QFETCH(QString, input);

    const Validated<QString> result = InputValidator::requestId(input);
    QCOMPARE(result.value, QString());
    QCOMPARE(result.isValid(), false);
    QCOMPARE(result.error, requestIdError());
}

void TestInputValidator::timeoutAccepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("expectedSeconds");

    QTest::newRow("default") << QStringLiteral("30") << qint64(30);
    QTest::newRow("minimum") << QStringLiteral("1") << qint64(1);
    QTest::newRow("maximum") << QStringLiteral("3600") << qint64(3600);
    QTest::newRow("surrounding spaces") << QStringLiteral(" 45 ") << qint64(45);
}

void TestInputValidator::timeoutAccepted()
{
    QFETCH(QString, input);
    QFETCH(qint64, expectedSeconds);

    const Validated<std::chrono::seconds> result = InputValidator::timeoutSeconds(input);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.isValid(), true);
    QCOMPARE(qint64(result.value.count()), expectedSeconds);
}

void TestInputValidator::timeoutRefused_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("negative") << QStringLiteral("-1");
    QTest::newRow("above an hour") << QStringLiteral("3601");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("empty") << QString();
    QTest::newRow("fraction") << QStringLiteral("1.5");
    QTest::newRow("unit") << QStringLiteral("30s");
    QTest::newRow("overflow") << QStringLiteral("99999999999999999999");
}

void TestInputValidator::timeoutRefused()
{
    QFETCH(QString, input);

    const Validated<std::chrono::seconds> result = InputValidator::timeoutSeconds(input);
    QCOMPARE(qint64(result.value.count()), qint64(0));
    QCOMPARE(result.isValid(), false);
    QCOMPARE(result.error, timeoutError());
}

void TestInputValidator::isLoopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("expected");

    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LOCALHOST") << QStringLiteral("LOCALHOST") << true;
    // Resolved through DNS, not as this computer (found by fuzz_inputvalidator).
    QTest::newRow("localhost with root dot") << QStringLiteral("localhost.") << false;
    QTest::newRow("127.0.0.1 with root dot") << QStringLiteral("127.0.0.1.") << false;
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.5.6.7") << QStringLiteral("127.5.6.7") << true;
    QTest::newRow("127.255.255.254") << QStringLiteral("127.255.255.254") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("public name") << QStringLiteral("example.com") << false;
    QTest::newRow("localhost look-alike") << QStringLiteral("localhost.example.com") << false;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("192.168.1.1") << QStringLiteral("192.168.1.1") << false;
    QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("::") << QStringLiteral("::") << false;
    QTest::newRow("::2") << QStringLiteral("::2") << false;
}

void TestInputValidator::isLoopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, expected);

    QCOMPARE(InputValidator::isLoopbackHost(host), expected);
}

QTEST_GUILESS_MAIN(TestInputValidator)
#include "tst_inputvalidator.moc"
