// TokenClaims: what a bearer token says about itself, decoded from crafted tokens, and how it
// holds up against tokens that are not what they claim to be.
#include "token/TokenClaims.h"

#include <QTest>

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Azure AD sends RS256 tokens; "none" is what a hand-made token looks like.
QString token(const QByteArray &payloadJson,
    const QByteArray &headerJson = QByteArray(R"({"alg":"RS256","typ":"JWT"})"),
    const QByteArray &signature = QByteArray("c2lnbmF0dXJlLW5vdC1jaGVja2Vk"))
{
    return QString::fromLatin1(
        base64Url(headerJson) + '.' + base64Url(payloadJson) + '.' + signature);
}

QString noneToken(const QByteArray &payloadJson)
{
    return token(payloadJson, QByteArray(R"({"alg":"none"})"), QByteArray());
}

// A JSON payload whose claim "x" is padded so that the whole token is exactly length
// characters long.
QString tokenOfLength(qsizetype length)
{
    const QString empty
        = token(QByteArray(R"({"tid":"t","x":""})"), QByteArray("{}"), QByteArray());
    // Three payload bytes become four characters; the signature takes up the rest.
    const qsizetype padding = (length - empty.size()) / 4 * 3;
    const QByteArray payload
        = QByteArray(R"({"tid":"t","x":")") + QByteArray(padding, 'x') + QByteArray(R"("})");
    QString result = token(payload, QByteArray("{}"), QByteArray());
    result += QString(length - result.size(), QLatin1Char('s'));
    return result;
}

QDateTime utc(
    int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int msec = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC);
}

} // namespace

class TestTokenClaims : public QObject
{
    Q_OBJECT

private slots:
    void appAndUserToken();
    void appOnlyToken();
    void emptyObjectIsReadable();
    void appId_data();
    void appId();
    void user_data();
    void user();
    void audiences_data();
    void audiences();
    void dates_data();
    void dates();
    void isExpired_data();
    void isExpired();
    void partnerCenterAudience_data();
    void partnerCenterAudience();
    void bearerPrefix_data();
    void bearerPrefix();
    void padding_data();
    void padding();
    void malformed_data();
    void malformed();
    void lengthLimit();
    void cleanedText_data();
    void cleanedText();
    void nonStringClaims();
    void claimKeysAreCaseSensitive();
};

void TestTokenClaims::appAndUserToken()
{
    const TokenClaims claims = TokenClaims::decode(token(QByteArray(R"({
        "aud": "https://api.partnercenter.microsoft.com",
        "iss": "https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/",
        "iat": 1767218400,
        "nbf": 1767222000,
        "exp": 1767225600,
        "appid": "1950a258-227b-4e31-a9cf-717495945fc2",
        "tid": "72f988bf-86f1-41af-91ab-2d7cd011db47",
        "upn": "alice@contoso.onmicrosoft.com",
        "unique_name": "someone-else@contoso.onmicrosoft.com",
        "scp": "user_impersonation"
    })")));

    QVERIFY(claims.readable);
    QCOMPARE(claims.tenantId, QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47"));
    QCOMPARE(claims.appId, QStringLiteral("1950a258-227b-4e31-a9cf-717495945fc2"));
    QCOMPARE(claims.user, QStringLiteral("alice@contoso.onmicrosoft.com"));
    QCOMPARE(
        claims.audiences, QStringList {QStringLiteral("https://api.partnercenter.microsoft.com")});
    QCOMPARE(claims.audienceText(), QStringLiteral("https://api.partnercenter.microsoft.com"));
    QVERIFY(claims.expiresAtUtc);
    QCOMPARE(*claims.expiresAtUtc, utc(2026, 1, 1));
    QCOMPARE(claims.expiresAtUtc->timeSpec(), Qt::UTC);
    QVERIFY(claims.notBeforeUtc);
    QCOMPARE(*claims.notBeforeUtc, utc(2025, 12, 31, 23));
    QVERIFY(claims.isPartnerCenterAudience(QUrl(TokenClaims::partnerCenterAudience())));
    QVERIFY(!claims.isExpired(utc(2025, 12, 31, 23, 59, 59)));
    QVERIFY(claims.isExpired(utc(2026, 1, 1)));
}

void TestTokenClaims::appOnlyToken()
{
    // An app-only (client credentials) v2 token: azp instead of appid, no user, aud an array.
    const TokenClaims claims = TokenClaims::decode(noneToken(QByteArray(R"({
        "aud": ["https://api.partnercenter.microsoft.com/", "fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd"],
        "azp": "4a9d6c2e-1b7f-4d3a-8e5c-0f2b6a7d9c11",
        "tid": "0b2c4e6f-8a1d-4c3b-9e7f-5a6b7c8d9e0f",
        "exp": 1767225600
    })")));

    QVERIFY(claims.readable);
    QCOMPARE(claims.tenantId, QStringLiteral("0b2c4e6f-8a1d-4c3b-9e7f-5a6b7c8d9e0f"));
    QCOMPARE(claims.appId, QStringLiteral("4a9d6c2e-1b7f-4d3a-8e5c-0f2b6a7d9c11"));
    QVERIFY(claims.user.isEmpty());
    const QStringList expected {QStringLiteral("https://api.partnercenter.microsoft.com/"),
        QStringLiteral("fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd")};
    QCOMPARE(claims.audiences, expected);
    QCOMPARE(claims.audienceText(),
        QStringLiteral("https://api.partnercenter.microsoft.com/, "
                       "fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd"));
    QCOMPARE(claims.expiresAtUtc.value_or(QDateTime()), utc(2026, 1, 1));
    QVERIFY(!claims.notBeforeUtc);
    QVERIFY(claims.isPartnerCenterAudience(QUrl()));
}

void TestTokenClaims::emptyObjectIsReadable()
{
    const TokenClaims claims = TokenClaims::decode(noneToken(QByteArray("{}")));
    QVERIFY(claims.readable);
    QVERIFY(claims.tenantId.isEmpty());
    QVERIFY(claims.appId.isEmpty());
    QVERIFY(claims.user.isEmpty());
    QVERIFY(claims.audiences.isEmpty());
    QVERIFY(!claims.expiresAtUtc);
    QVERIFY(!claims.notBeforeUtc);
    QVERIFY(!claims.isExpired(utc(2026, 1, 1)));
    QVERIFY(claims.isPartnerCenterAudience(QUrl(TokenClaims::partnerCenterAudience())));
}

void TestTokenClaims::appId_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("expected");

    QTest::newRow("appid") << QByteArray(R"({"appid":"a"})") << QStringLiteral("a");
    QTest::newRow("azp") << QByteArray(R"({"azp":"b"})") << QStringLiteral("b");
    QTest::newRow("appid before azp")
        << QByteArray(R"({"azp":"b","appid":"a"})") << QStringLiteral("a");
    QTest::newRow("empty appid falls back")
        << QByteArray(R"({"appid":"  ","azp":"b"})") << QStringLiteral("b");
    QTest::newRow("numeric appid falls back")
        << QByteArray(R"({"appid":7,"azp":"b"})") << QStringLiteral("b");
    QTest::newRow("neither") << QByteArray(R"({"oid":"c"})") << QString();
}

void TestTokenClaims::appId()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, expected);
    const TokenClaims claims = TokenClaims::decode(token(payload));
    QVERIFY(claims.readable);
    QCOMPARE(claims.appId, expected);
}

void TestTokenClaims::user_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("expected");

    QTest::newRow("upn first") << QByteArray(
        R"({"email":"d","preferred_username":"c","unique_name":"b","upn":"a"})")
                               << QStringLiteral("a");
    QTest::newRow("unique_name") << QByteArray(
        R"({"email":"d","preferred_username":"c","unique_name":"b"})")
                                 << QStringLiteral("b");
    QTest::newRow("preferred_username")
        << QByteArray(R"({"email":"d","preferred_username":"c"})") << QStringLiteral("c");
    QTest::newRow("email") << QByteArray(R"({"email":"d"})") << QStringLiteral("d");
    QTest::newRow("empty upn falls back")
        << QByteArray(R"({"upn":"","email":"d"})") << QStringLiteral("d");
    QTest::newRow("none") << QByteArray(R"({"name":"Alice"})") << QString();
}

void TestTokenClaims::user()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, expected);
    const TokenClaims claims = TokenClaims::decode(token(payload));
    QVERIFY(claims.readable);
    QCOMPARE(claims.user, expected);
}

void TestTokenClaims::audiences_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QStringList>("expected");

    const QString a = QStringLiteral("a");
    const QString b = QStringLiteral("b");
    QTest::newRow("string") << QByteArray(R"({"aud":"a"})") << QStringList {a};
    QTest::newRow("array") << QByteArray(R"({"aud":["a","b"]})") << QStringList {a, b};
    QTest::newRow("array skips non-strings")
        << QByteArray(R"({"aud":[1,"a",null,{"x":"y"},["b"],true,"b",""]})") << QStringList {a, b};
    QTest::newRow("array capped at ten")
        << QByteArray(R"({"aud":["0","1","2","3","4","5","6","7","8","9","10","11"]})")
        << QStringList {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
               QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
               QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9")};
    QTest::newRow("empty array") << QByteArray(R"({"aud":[]})") << QStringList();
    QTest::newRow("empty string") << QByteArray(R"({"aud":""})") << QStringList();
    QTest::newRow("number") << QByteArray(R"({"aud":42})") << QStringList();
    QTest::newRow("object") << QByteArray(R"({"aud":{"0":"a"}})") << QStringList();
    QTest::newRow("missing") << QByteArray("{}") << QStringList();
}

void TestTokenClaims::audiences()
{
    QFETCH(QByteArray, payload);
    QFETCH(QStringList, expected);
    const TokenClaims claims = TokenClaims::decode(token(payload));
    QVERIFY(claims.readable);
    QCOMPARE(claims.audiences, expected);
}

void TestTokenClaims::dates_data()
{
    QTest::addColumn<QByteArray>("value");
    // An invalid QDateTime stands for no date.
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("integer") << QByteArray("1767225600") << utc(2026, 1, 1);
    QTest::newRow("fraction") << QByteArray("1767225600.25") << utc(2026, 1, 1, 0, 0, 0, 250);
    QTest::newRow("exponent") << QByteArray("1.7672256e9") << utc(2026, 1, 1);
    QTest::newRow("string") << QByteArray(R"("1767225600")") << utc(2026, 1, 1);
    QTest::newRow("string with spaces") << QByteArray(R"(" 1767225600 ")") << utc(2026, 1, 1);
    QTest::newRow("epoch") << QByteArray("0") << utc(1970, 1, 1);
    QTest::newRow("last second of 9999")
        << QByteArray("253402300799") << utc(9999, 12, 31, 23, 59, 59);
    QTest::newRow("year 10000") << QByteArray("253402300800") << QDateTime();
    QTest::newRow("negative") << QByteArray("-1") << QDateTime();
    QTest::newRow("negative string") << QByteArray(R"("-86400")") << QDateTime();
    QTest::newRow("huge") << QByteArray("1e300") << QDateTime();
    QTest::newRow("huge string") << QByteArray(R"("1e300")") << QDateTime();
    QTest::newRow("overflowing string") << QByteArray(R"("1e400")") << QDateTime();
    QTest::newRow("int64 max") << QByteArray("9223372036854775807") << QDateTime();
    QTest::newRow("milliseconds by mistake") << QByteArray("1767225600000") << QDateTime();
    QTest::newRow("NaN string") << QByteArray(R"("NaN")") << QDateTime();
    QTest::newRow("inf string") << QByteArray(R"("inf")") << QDateTime();
    QTest::newRow("hex string") << QByteArray(R"("0x69558000")") << QDateTime();
    QTest::newRow("date string") << QByteArray(R"("2026-01-01T00:00:00Z")") << QDateTime();
    QTest::newRow("empty string") << QByteArray(R"("")") << QDateTime();
    QTest::newRow("true") << QByteArray("true") << QDateTime();
    QTest::newRow("null") << QByteArray("null") << QDateTime();
    QTest::newRow("array") << QByteArray("[1767225600]") << QDateTime();
    QTest::newRow("object") << QByteArray(R"({"v":1767225600})") << QDateTime();
}

void TestTokenClaims::dates()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expected);

    const TokenClaims claims = TokenClaims::decode(
        token(QByteArray(R"({"exp":)") + value + QByteArray(R"(,"nbf":)") + value + '}'));
    QVERIFY(claims.readable);
    QCOMPARE(claims.expiresAtUtc.has_value(), expected.isValid());
    QCOMPARE(claims.notBeforeUtc.has_value(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(*claims.expiresAtUtc, expected);
        QCOMPARE(*claims.notBeforeUtc, expected);
        QCOMPARE(claims.expiresAtUtc->timeSpec(), Qt::UTC);
    }
}

void TestTokenClaims::isExpired_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("expired");

    const QByteArray exp(R"({"exp":1767225600})");
    QTest::newRow("a second before") << exp << utc(2025, 12, 31, 23, 59, 59) << false;
    QTest::newRow("at exp") << exp << utc(2026, 1, 1) << true;
    QTest::newRow("an hour after") << exp << utc(2026, 1, 1, 1) << true;
    QTest::newRow("no exp") << QByteArray("{}") << utc(2026, 1, 1) << false;
    QTest::newRow("exp out of range") << QByteArray(R"({"exp":-5})") << utc(2026, 1, 1) << false;
}

void TestTokenClaims::isExpired()
{
    QFETCH(QByteArray, payload);
    QFETCH(QDateTime, now);
    QFETCH(bool, expired);
    QCOMPARE(TokenClaims::decode(token(payload)).isExpired(now), expired);
}

void TestTokenClaims::partnerCenterAudience_data()
{
    QTest::addColumn<QByteArray>("aud");
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<bool>("expected");

    const QUrl global(TokenClaims::partnerCenterAudience());
    const QUrl local(QStringLiteral("http://127.0.0.1:8080"));

    QTest::newRow("global") << QByteArray(R"("https://api.partnercenter.microsoft.com")") << global
                            << true;
    QTest::newRow("global, trailing slash")
        << QByteArray(R"("https://api.partnercenter.microsoft.com/")") << global << true;
    QTest::newRow("global, two trailing slashes")
        << QByteArray(R"("https://api.partnercenter.microsoft.com//")") << QUrl() << false;
    QTest::newRow("global, upper case")
        << QByteArray(R"("HTTPS://API.PartnerCenter.Microsoft.COM")") << global << true;
    QTest::newRow("global, no base URL")
        << QByteArray(R"("https://api.partnercenter.microsoft.com")") << QUrl() << true;
    QTest::newRow("global, custom base URL")
        << QByteArray(R"("https://api.partnercenter.microsoft.com")") << local << true;
    QTest::newRow("global over http")
        << QByteArray(R"("http://api.partnercenter.microsoft.com")") << QUrl() << false;
    QTest::newRow("global with a path")
        << QByteArray(R"("https://api.partnercenter.microsoft.com/v1")") << QUrl() << false;
    QTest::newRow("look-alike host")
        << QByteArray(R"("https://api.partnercenter.microsoft.com.example")") << QUrl() << false;
    QTest::newRow("21Vianet") << QByteArray(
        R"("https://partner.partnercenterapi.microsoftonline.cn")")
                              << global << true;
    QTest::newRow("21Vianet, trailing slash")
        << QByteArray(R"("https://partner.partnercenterapi.microsoftonline.cn/")") << global
        << true;
    QTest::newRow("application ID")
        << QByteArray(R"("fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd")") << global << true;
    QTest::newRow("application ID, upper case")
        << QByteArray(R"("FA3D9A0C-3FB0-42CC-9193-47C7ECD2EDBD")") << global << true;
    QTest::newRow("application ID URI")
        << QByteArray(R"("api://fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd")") << global << false;
    QTest::newRow("Azure AD Graph")
        << QByteArray(R"("https://graph.windows.net")") << global << false;
    QTest::newRow("Microsoft Graph")
        << QByteArray(R"("https://graph.microsoft.com/")") << global << false;
    QTest::newRow("Microsoft Graph application ID")
        << QByteArray(R"("00000003-0000-0000-c000-000000000000")") << global << false;
    QTest::newRow("Graph and Partner Center")
        << QByteArray(R"(["https://graph.windows.net","https://api.partnercenter.microsoft.com"])")
        << global << true;
    QTest::newRow("Graph only, in an array")
        << QByteArray(R"(["https://graph.windows.net","https://graph.microsoft.com"])") << global
        << false;
    QTest::newRow("no aud") << QByteArray() << global << true;
    QTest::newRow("aud of no strings") << QByteArray("[1,null]") << global << true;

    QTest::newRow("custom origin") << QByteArray(R"("http://127.0.0.1:8080")") << local << true;
    QTest::newRow("custom origin, trailing slash")
        << QByteArray(R"("http://127.0.0.1:8080/")") << local << true;
    QTest::newRow("custom origin, base URL with a path")
        << QByteArray(R"("http://127.0.0.1:8080")")
        << QUrl(QStringLiteral("http://127.0.0.1:8080/partner/v1/")) << true;
    QTest::newRow("custom origin, other port")
        << QByteArray(R"("http://127.0.0.1:9090")") << local << false;
    QTest::newRow("custom origin, no port")
        << QByteArray(R"("http://127.0.0.1")") << local << false;
    QTest::newRow("custom origin, other scheme")
        << QByteArray(R"("https://127.0.0.1:8080")") << local << false;
    QTest::newRow("custom origin, with a path")
        << QByteArray(R"("http://127.0.0.1:8080/v1")") << local << false;
    QTest::newRow("custom origin, upper case")
        << QByteArray(R"("HTTPS://PC.Contoso.Example")")
        << QUrl(QStringLiteral("https://pc.contoso.example/v1")) << true;
    QTest::newRow("custom origin, explicit default port")
        << QByteArray(R"("https://pc.contoso.example:443")")
        << QUrl(QStringLiteral("https://pc.contoso.example")) << true;
    QTest::newRow("custom origin, empty base URL")
        << QByteArray(R"("http://127.0.0.1:8080")") << QUrl() << false;
    QTest::newRow("custom origin, invalid base URL")
        << QByteArray(R"("http://127.0.0.1:8080")")
        << QUrl(QStringLiteral("http://127.0.0.1:99999")) << false;
}

void TestTokenClaims::partnerCenterAudience()
{
    QFETCH(QByteArray, aud);
    QFETCH(QUrl, baseUrl);
    QFETCH(bool, expected);

    const QByteArray payload
        = aud.isEmpty() ? QByteArray(R"({"tid":"t"})") : QByteArray(R"({"aud":)") + aud + '}';
    const TokenClaims claims = TokenClaims::decode(token(payload));
    QVERIFY(claims.readable);
    QCOMPARE(claims.isPartnerCenterAudience(baseUrl), expected);
}

void TestTokenClaims::bearerPrefix_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("readable");

    const QString bare = token(QByteArray(R"({"tid":"t"})"));
    QTest::newRow("bare") << bare << true;
    QTest::newRow("Bearer") << QStringLiteral("Bearer ") + bare << true;
    QTest::newRow("bearer") << QStringLiteral("bearer ") + bare << true;
    QTest::newRow("BEARER, tab") << QStringLiteral("BEARER\t") + bare << true;
    QTest::newRow("several spaces") << QStringLiteral("Bearer   ") + bare << true;
    QTest::newRow("surrounding white space")
        << QStringLiteral("  \r\n Bearer ") + bare + QStringLiteral(" \n\t") << true;
    QTest::newRow("white space, no prefix") << QStringLiteral("\n") + bare + u' ' << true;
    QTest::newRow("no space after Bearer") << QStringLiteral("Bearer") + bare << false;
    QTest::newRow("Bearer twice") << QStringLiteral("Bearer Bearer ") + bare << false;
    QTest::newRow("Basic") << QStringLiteral("Basic ") + bare << false;
    QTest::newRow("Bearer alone") << QStringLiteral("Bearer ") << false;
    QTest::newRow("white space inside") << bare.left(10) + u' ' + bare.mid(10) << false;
}

void TestTokenClaims::bearerPrefix()
{
    QFETCH(QString, input);
    QFETCH(bool, readable);
    const TokenClaims claims = TokenClaims::decode(input);
    QCOMPARE(claims.readable, readable);
    QCOMPARE(claims.tenantId, readable ? QStringLiteral("t") : QString());
}

void TestTokenClaims::padding_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("readable");

    // {"a":1} is 7 bytes: 10 characters and two '=' of padding.
    const QByteArray unpadded = base64Url(QByteArray(R"({"a":1})"));
    QCOMPARE(unpadded.size(), 10);
    QTest::newRow("unpadded") << unpadded << true;
    QTest::newRow("padded") << unpadded + "==" << true;
    QTest::newRow("one '=' short") << unpadded + '=' << false;
    QTest::newRow("one '=' too many") << unpadded + "===" << false;
    QTest::newRow("'=' inside") << unpadded.left(4) + '=' + unpadded.mid(4) << false;
    QTest::newRow("a character short") << unpadded.left(9) << false;
    // Standard base64 of "<<???>>" has '+' and '/' where base64url has '-' and '_'.
    QTest::newRow("standard alphabet") << QByteArray("PDw/Pz8+Pg") << false;
}

void TestTokenClaims::padding()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, readable);
    const QString input
        = QString::fromLatin1(base64Url(QByteArray(R"({"alg":"none"})")) + '.' + payload + '.');
    QCOMPARE(TokenClaims::decode(input).readable, readable);
}

void TestTokenClaims::malformed_data()
{
    QTest::addColumn<QString>("input");

    const QString good = token(QByteArray(R"({"tid":"t"})"));
    const QStringList parts = good.split(u'.');
    QCOMPARE(parts.size(), 3);
    const QString header = parts.at(0);
    const QString payload = parts.at(1);

    QTest::newRow("empty") << QString();
    QTest::newRow("white space") << QStringLiteral(" \t\r\n ");
    QTest::newRow("one part") << payload;
    QTest::newRow("two parts") << header + u'.' + payload;
    QTest::newRow("four parts") << good + QStringLiteral(".x");
    QTest::newRow("five parts (JWE)") << good + QStringLiteral(".aXY.dGFn");
    QTest::newRow("dots only") << QStringLiteral("..");
    QTest::newRow("empty header") << u'.' + payload + QStringLiteral(".sig");
    QTest::newRow("empty payload") << header + QStringLiteral("..sig");
    QTest::newRow("header not base64") << QStringLiteral("abc.") + payload + QStringLiteral(".sig");
    QTest::newRow("header not JSON")
        << QString::fromLatin1(base64Url("RS256")) + u'.' + payload + QStringLiteral(".sig");
    QTest::newRow("header a JSON array")
        << QString::fromLatin1(base64Url(R"(["alg"])")) + u'.' + payload + QStringLiteral(".sig");
    QTest::newRow("opaque token with two dots") << QStringLiteral("gho_abc.def.ghi");
    QTest::newRow("bad base64 characters") << header + QStringLiteral(".eyJ0aWQi*OiJ0In0.sig");
    QTest::newRow("percent-encoded") << header + QStringLiteral(".eyJ0aWQiOiJ0In0%3D.sig");
    QTest::newRow("non-ASCII character") << header + QStringLiteral(".eyJ0aWQiOiJ0In0\u00e9.sig");
    QTest::newRow("full-width letters")
        << header + u'.' + payload + QStringLiteral(".\uff53\uff49\uff47");
    QTest::newRow("NUL in token") << header + u'.' + payload + QChar(0) + QStringLiteral(".sig");
    QTest::newRow("NUL before token") << QChar(0) + good;
    QTest::newRow("not JSON") << token(QByteArray("hello, world"));
    QTest::newRow("truncated JSON") << token(QByteArray(R"({"tid":"t")"));
    QTest::newRow("JSON with garbage after") << token(QByteArray(R"({"tid":"t"}x)"));
    QTest::newRow("JSON array") << token(QByteArray(R"([{"tid":"t"}])"));
    QTest::newRow("JSON string") << token(QByteArray(R"("tid")"));
    QTest::newRow("JSON number") << token(QByteArray("42"));
    QTest::newRow("JSON null") << token(QByteArray("null"));
    QTest::newRow("invalid UTF-8") << token(QByteArray("{\"tid\":\"t\xff\xfe\"}"));
    QTest::newRow("overlong UTF-8") << token(QByteArray("{\"tid\":\"\xc0\xaf\"}"));
    QTest::newRow("UTF-8 surrogate") << token(QByteArray("{\"tid\":\"\xed\xa0\x80\"}"));
    QTest::newRow("UTF-16 payload")
        << token(QByteArray(reinterpret_cast<const char *>(u"{\"tid\":\"t\"}"), 22));
    // Small enough to get past the length limit, deep enough for the parser to refuse.
    QTest::newRow("nesting bomb under the limit") << token(QByteArray(40000, '['));
    QTest::newRow("nesting bomb in a claim")
        << token(QByteArray(R"({"tid":"t","x":)") + QByteArray(20000, '['));
    QTest::newRow("nesting bomb of 100000") << token(QByteArray(100000, '['));
    QTest::newRow("huge token") << token(
        QByteArray(R"({"tid":"t","x":")") + QByteArray(70000, 'x') + "\"}");
    QTest::newRow("huge white space") << QString(70000, u' ') + good;
}

void TestTokenClaims::malformed()
{
    QFETCH(QString, input);
    const TokenClaims claims = TokenClaims::decode(input);
    QVERIFY(!claims.readable);
    QVERIFY(claims.tenantId.isEmpty());
    QVERIFY(claims.appId.isEmpty());
    QVERIFY(claims.user.isEmpty());
    QVERIFY(claims.audiences.isEmpty());
    QVERIFY(!claims.expiresAtUtc);
    QVERIFY(!claims.notBeforeUtc);
}

void TestTokenClaims::lengthLimit()
{
    const QString atLimit = tokenOfLength(64 * 1024);
    QCOMPARE(atLimit.size(), 64 * 1024);
    const TokenClaims claims = TokenClaims::decode(atLimit);
    QVERIFY(claims.readable);
    QCOMPARE(claims.tenantId, QStringLiteral("t"));

    const QString overLimit = atLimit + u's';
    QVERIFY(!TokenClaims::decode(overLimit).readable);
}

void TestTokenClaims::cleanedText_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    const QString a256(256, u'a');
    QTest::newRow("plain") << QByteArray(R"("contoso")") << QStringLiteral("contoso");
    QTest::newRow("trimmed") << QByteArray(R"("  contoso \t")") << QStringLiteral("contoso");
    QTest::newRow("C0 controls") << QByteArray(R"("con\u0000t\u0007o\u001bs\no\r\t")")
                                 << QStringLiteral("contoso");
    QTest::newRow("raw NUL") << QByteArray("\"con\0toso\"", 10) << QStringLiteral("contoso");
    QTest::newRow("terminal escape sequence")
        << QByteArray(R"("\u001b[2J\u001b]0;pwned\u0007contoso")")
        << QStringLiteral("[2J]0;pwnedcontoso");
    QTest::newRow("DEL and C1") << QByteArray(R"("con\u007ft\u0080o\u009bs\u009fo")")
                                << QStringLiteral("contoso");
    QTest::newRow("bidi overrides")
        << QByteArray(R"("\u202eadmin\u202c@\u202acontoso\u202b\u202d")")
        << QStringLiteral("admin@contoso");
    QTest::newRow("bidi isolates")
        << QByteArray(R"("\u2066a\u2067b\u2068c\u2069")") << QStringLiteral("abc");
    QTest::newRow("bidi marks") << QByteArray(R"("\u200ea\u200fb")") << QStringLiteral("ab");
    QTest::newRow("line separators") << QByteArray(R"("a\u2028b\u2029c")") << QStringLiteral("abc");
    // Zero-width joiner and invisible operators go too; visible neighbours stay.
    QTest::newRow("neighbours kept") << QByteArray(R"("\u00a0x\u00e9\u200d\u2030\u2065\u206a")")
                                     << QStringLiteral("x\u00e9\u2030\u206a");
    QTest::newRow("Arabic letter mark and BOM")
        << QByteArray(R"("x\u061cy\ufeffz\u00ad\u200b")") << QStringLiteral("xyz");
    QTest::newRow("raw UTF-8 override")
        << QByteArray("\"evil\xe2\x80\xae\x67np.exe\"") << QStringLiteral("evilgnp.exe");
    QTest::newRow("surrogate pair kept")
        << QByteArray(R"("\ud83d\ude00")") << QStringLiteral("\U0001F600");
    QTest::newRow("lone surrogates dropped")
        << QByteArray(R"("a\ud83db\ude00c")") << QStringLiteral("abc");
    QTest::newRow("controls only") << QByteArray(R"("\u0000\u202e\u0085")") << QString();
    QTest::newRow("256 characters") << QByteArray('"' + QByteArray(256, 'a') + '"') << a256;
    QTest::newRow("capped to 256") << QByteArray('"' + QByteArray(300, 'a') + '"') << a256;
    QTest::newRow("capped after stripping")
        << QByteArray(R"("\u202e)" + QByteArray(300, 'a') + '"') << a256;
    QTest::newRow("capped after trimming")
        << QByteArray(R"(")" + QByteArray(50, ' ') + QByteArray(300, 'a') + '"') << a256;
    QTest::newRow("cap keeps surrogate pairs whole")
        << QByteArray('"' + QByteArray(255, 'a') + R"(\ud83d\ude00")") << QString(255, u'a');
    QTest::newRow("cap then trim")
        << QByteArray('"' + QByteArray(255, 'a') + ' ' + QByteArray(5, 'b') + '"')
        << QString(255, u'a');
}

void TestTokenClaims::cleanedText()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);

    // The same cleaning applies to every string claim.
    const TokenClaims claims = TokenClaims::decode(token(QByteArray(R"({"tid":)") + json
        + QByteArray(R"(,"appid":)") + json + QByteArray(R"(,"upn":)") + json
        + QByteArray(R"(,"aud":[)") + json + QByteArray("]}")));
    QVERIFY(claims.readable);
    QCOMPARE(claims.tenantId, expected);
    QCOMPARE(claims.appId, expected);
    QCOMPARE(claims.user, expected);
    QCOMPARE(claims.audiences, expected.isEmpty() ? QStringList() : QStringList {expected});
}

void TestTokenClaims::nonStringClaims()
{
    const TokenClaims claims = TokenClaims::decode(token(QByteArray(R"({
        "tid": 12345,
        "appid": ["a"],
        "azp": {"id": "b"},
        "upn": true,
        "unique_name": null,
        "preferred_username": 1.5,
        "email": ["alice@contoso.example"],
        "aud": {"aud": "https://api.partnercenter.microsoft.com"}
    })")));
    QVERIFY(claims.readable);
    QVERIFY(claims.tenantId.isEmpty());
    QVERIFY(claims.appId.isEmpty());
    QVERIFY(claims.user.isEmpty());
    QVERIFY(claims.audiences.isEmpty());
}

void TestTokenClaims::claimKeysAreCaseSensitive()
{
    const TokenClaims claims = TokenClaims::decode(token(QByteArray(
        R"({"TID":"t","AppId":"a","UPN":"u","Aud":"https://graph.windows.net","EXP":1767225600})")));
    QVERIFY(claims.readable);
    QVERIFY(claims.tenantId.isEmpty());
    QVERIFY(claims.appId.isEmpty());
    QVERIFY(claims.user.isEmpty());
    QVERIFY(claims.audiences.isEmpty());
    QVERIFY(!claims.expiresAtUtc);
}

QTEST_GUILESS_MAIN(TestTokenClaims)
#include "tst_tokenclaims.moc"
