#include "api/ResponseParser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const char Guid[] = "04af2aea-d413-42db-824e-f328001484d1";

QByteArray guidBytes()
{
    return QByteArray(Guid);
}

QString guidText()
{
    return QString::fromLatin1(Guid);
}

// Opens `depth` arrays and closes them again around `inner`.
QByteArray nested(int depth, const QByteArray &inner)
{
    return QByteArray(QByteArray(depth, '[') + inner + QByteArray(depth, ']'));
}

const char PartnerId[] = "00234d9d-8c3a-4c1b-a8b1-5a5a1d6b1c2e";

QByteArray quoted(const QByteArray &text)
{
    return QByteArray('"' + text + '"');
}

// A status body around `results`, the JSON text of the results value.
QByteArray statusBody(const QByteArray &results)
{
    return QByteArray("{\"correlationId\":\"" + guidBytes() + "\",\"partnerId\":\""
        + QByteArray(PartnerId) + "\",\"status\":\"completed\",\"results\":" + results + "}");
}

// Bodies none of the parsers may accept as an object or an array.
void addUnreadableBodies()
{
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("white space only") << QByteArray(" \r\n\t ");
    QTest::newRow("HTML from a proxy")
        << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>");
    QTest::newRow("plain text") << QByteArray("Internal Server Error");
    QTest::newRow("JSON string") << QByteArray("\"completed\"");
    QTest::newRow("JSON number") << QByteArray("200");
    QTest::newRow("JSON null") << QByteArray("null");
    QTest::newRow("JSON true") << QByteArray("true");
    QTest::newRow("truncated") << QByteArray("{\"status\":\"completed\",\"results\":[");
    QTest::newRow("invalid UTF-8 in a string")
        << QByteArray("{\"status\":\"compl\xc3\",\"webhookUrl\":\"https://x\xff\"}");
    QTest::newRow("invalid UTF-8 in an array") << QByteArray("[\"test-\xc3\x28"
                                                             "created\"]");
    QTest::newRow("invalid UTF-8 only") << QByteArray("\xff\xfe\xfd\xc3\x28");
    QTest::newRow("NUL bytes only") << QByteArray(16, '\0');
    QTest::newRow("NUL after the document") << QByteArray("{\"status\":\"failed\"}\0", 21);
    QTest::newRow("NUL before the document") << QByteArray("\0[\"test-created\"]", 18);
    QTest::newRow("two documents") << QByteArray("{}{}");
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("UTF-16 BOM") << QByteArray("\xFF\xFE{\0}\0", 6);
    QTest::newRow("nesting bomb, open") << QByteArray(100000, '[');
    QTest::newRow("nesting bomb, closed") << nested(100000, QByteArray());
    QTest::newRow("object nesting bomb") << QByteArray(
        QByteArray(100000, '{').replace("{", "{\"results\":") + "[]" + QByteArray(100000, '}'));
}

} // namespace

class TestResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void correlationId_data();
    void correlationId();
    void correlationIdRefused_data();
    void correlationIdRefused();

    void error_data();
    void error();
    void errorEmpty_data();
    void errorEmpty();
    void errorDescriptionCapped_data();
    void errorDescriptionCapped();

    void looksLikeGuid_data();
    void looksLikeGuid();

    void deliveryStatus_data();
    void deliveryStatus();
    void deliveryState_data();
    void deliveryState();
    void deliveryAttempt_data();
    void deliveryAttempt();
    void deliveryTime_data();
    void deliveryTime();
    void deliveryAttempts_data();
    void deliveryAttempts();
    void deliveryStatusRefused_data();
    void deliveryStatusRefused();
    void deliveryStatusHugeStrings();
    void deliveryStatusHugeResults();

    void registration_data();
    void registration();
    void registrationRefused_data();
    void registrationRefused();
    void registrationHostile();
    void hasEvent_data();
    void hasEvent();

    void eventNames_data();
    void eventNames();
    void eventNamesRefused_data();
    void eventNamesRefused();
    void eventNamesHostile();
};

void TestResponseParser::correlationId_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    const QByteArray g = guidBytes();
    QTest::newRow("object") << QByteArray("{\"correlationId\":\"" + g + "\"}") << guidText();
    QTest::newRow("JSON string") << QByteArray("\"" + g + "\"") << guidText();
    QTest::newRow("bare text") << g << guidText();
    QTest::newRow("object with white space and newlines")
        << QByteArray("\r\n  {\n    \"correlationId\" : \"" + g + "\"\n}\r\n") << guidText();
    QTest::newRow("JSON string with white space") << QByteArray("  \"" + g + "\"\n") << guidText();
    QTest::newRow("bare text with white space") << QByteArray("\n\t" + g + "\r\n") << guidText();
    QTest::newRow("PascalCase key")
        << QByteArray("{\"CorrelationId\":\"" + g + "\"}") << guidText();
    QTest::newRow("lower-case key")
        << QByteArray("{\"correlationid\":\"" + g + "\"}") << guidText();
    QTest::newRow("object with more fields")
        << QByteArray("{\"status\":\"Submitted\",\"correlationId\":\"" + g
               + "\",\"partnerId\":\"00234d9d-8c3a-4c1b-a8b1-5a5a1d6b1c2e\"}")
        << guidText();
    QTest::newRow("value with surrounding spaces")
        << QByteArray("{\"correlationId\":\"  " + g + " \"}") << guidText();
}

void TestResponseParser::correlationId()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);

    QCOMPARE(ResponseParser::correlationId(body), expected);
}

void TestResponseParser::correlationIdRefused_data()
{
    QTest::addColumn<QByteArray>("body");

    const QByteArray g = guidBytes();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("white space only") << QByteArray(" \r\n\t ");
    QTest::newRow("HTML") << QByteArray(
        "<html><head><title>502 Bad Gateway</title></head><body>" + g + "</body></html>");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("number value") << QByteArray("{\"correlationId\":5}");
    QTest::newRow("null value") << QByteArray("{\"correlationId\":null}");
    QTest::newRow("object value") << QByteArray("{\"correlationId\":{\"id\":\"" + g + "\"}}");
    QTest::newRow("not a GUID") << QByteArray("{\"correlationId\":\"not-a-guid\"}");
    QTest::newRow("other key") << QByteArray("{\"requestId\":\"" + g + "\"}");
    QTest::newRow("JSON array") << QByteArray("[\"" + g + "\"]");
    QTest::newRow("empty JSON array") << QByteArray("[]");
    QTest::newRow("two JSON strings") << QByteArray("\"" + g + "\",\"" + g + "\"");
    QTest::newRow("truncated object") << QByteArray("{\"correlationId\":\"" + g + "\"");
    QTest::newRow("truncated string") << QByteArray("\"" + g);
    QTest::newRow("GUID inside text") << QByteArray("correlationId: " + g);
    QTest::newRow("GUID one digit short") << g.left(g.size() - 1);
    QTest::newRow("nesting bomb, open") << QByteArray(10000, '[');
    QTest::newRow("nesting bomb, closed around a GUID")
        << nested(10000, QByteArray("\"" + g + "\""));
    QTest::newRow("object nesting bomb")
        << QByteArray(QByteArray(10000, '{').replace("{", "{\"correlationId\":") + "\"" + g + "\""
               + QByteArray(10000, '}'));
    QTest::newRow("invalid UTF-8") << QByteArray("\xff\xfe\xfd\xc3\x28");
    QTest::newRow("GUID followed by invalid UTF-8") << QByteArray(g + "\xff");
    QTest::newRow("invalid UTF-8 in JSON string")
        << QByteArray("{\"correlationId\":\"" + g + "\xc3\"}");
    QTest::newRow("NUL after GUID") << QByteArray(g + QByteArray(1, '\0'));
    QTest::newRow("NUL before GUID") << QByteArray(QByteArray(1, '\0') + g);
    QTest::newRow("NUL inside JSON string")
        << QByteArray("{\"correlationId\":\"" + g + QByteArray(1, '\0') + "\"}");
    QTest::newRow("NUL bytes only") << QByteArray(16, '\0');
}

void TestResponseParser::correlationIdRefused()
{
    QFETCH(QByteArray, body);

    QCOMPARE(ResponseParser::correlationId(body), QString());
}

void TestResponseParser::error_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QJsonArray>("data");

    QTest::newRow("Partner Center, string code")
        << QByteArray("{\"code\": \"600008\", \"description\": \"Invalid input\", \"data\": [], "
                      "\"source\": \"PartnerCenter\"}")
        << QStringLiteral("600008") << QStringLiteral("Invalid input")
        << QStringLiteral("PartnerCenter") << QJsonArray();
    QTest::newRow("Partner Center, numeric code")
        << QByteArray(
               "{\"code\":600008,\"description\":\"Invalid input\",\"source\":\"PartnerCenter\"}")
        << QStringLiteral("600008") << QStringLiteral("Invalid input")
        << QStringLiteral("PartnerCenter") << QJsonArray();
    QTest::newRow("numeric code with a zero fraction")
        << QByteArray("{\"code\":600008.0,\"description\":\"x\"}") << QStringLiteral("600008")
        << QStringLiteral("x") << QString() << QJsonArray();
    QTest::newRow("numeric code beyond 32 bits")
        << QByteArray("{\"code\":4294967296,\"description\":\"x\"}") << QStringLiteral("4294967296")
        << QStringLiteral("x") << QString() << QJsonArray();
    QTest::newRow("numeric code beyond double precision")
        << QByteArray("{\"code\":9007199254740993,\"description\":\"x\"}")
        << QStringLiteral("9007199254740993") << QStringLiteral("x") << QString() << QJsonArray();
    QTest::newRow("negative numeric code")
        << QByteArray("{\"code\":-1,\"description\":\"x\"}") << QStringLiteral("-1")
        << QStringLiteral("x") << QString() << QJsonArray();
    QTest::newRow("fractional numeric code")
        << QByteArray("{\"code\":1.5,\"description\":\"x\"}") << QStringLiteral("1.5")
        << QStringLiteral("x") << QString() << QJsonArray();
    QTest::newRow("code without description")
        << QByteArray("{\"code\":\"900100\"}") << QStringLiteral("900100") << QString() << QString()
        << QJsonArray();
    QTest::newRow("description without code")
        << QByteArray("{\"description\":\"Something failed\"}") << QString()
        << QStringLiteral("Something failed") << QString() << QJsonArray();
    QTest::newRow("data array") << QByteArray(
        "{\"code\":\"600008\",\"description\":\"Invalid input\","
        "\"data\":[\"a\",1,{\"k\":\"v\"}],\"source\":\"PartnerCenter\"}")
                                << QStringLiteral("600008") << QStringLiteral("Invalid input")
                                << QStringLiteral("PartnerCenter")
                                << QJsonArray {QStringLiteral("a"), 1,
                                       QJsonObject {{QStringLiteral("k"), QStringLiteral("v")}}};
    QTest::newRow("data that is not an array")
        << QByteArray("{\"code\":\"1\",\"description\":\"d\",\"data\":\"x\"}")
        << QStringLiteral("1") << QStringLiteral("d") << QString() << QJsonArray();
    QTest::newRow("429 throttling")
        << QByteArray("{\"statusCode\":429,\"message\":\"Rate limit is exceeded\"}") << QString()
        << QStringLiteral("Rate limit is exceeded") << QString() << QJsonArray();
    QTest::newRow("429 throttling, message with retry hint")
        << QByteArray("{ \"statusCode\": 429, \"message\": \"Rate limit is exceeded. Try again "
                      "in 30 seconds.\" }")
        << QString() << QStringLiteral("Rate limit is exceeded. Try again in 30 seconds.")
        << QString() << QJsonArray();
    QTest::newRow("Azure-style wrapper")
        << QByteArray("{\"error\":{\"code\":\"Unauthorized\",\"message\":\"Access token is missing "
                      "or invalid.\"}}")
        << QStringLiteral("Unauthorized") << QStringLiteral("Access token is missing or invalid.")
        << QString() << QJsonArray();
    QTest::newRow("Azure-style wrapper, PascalCase")
        << QByteArray("{\"Error\":{\"Code\":\"InvalidAuthenticationToken\",\"Message\":\"The token "
                      "is expired.\"}}")
        << QStringLiteral("InvalidAuthenticationToken") << QStringLiteral("The token is expired.")
        << QString() << QJsonArray();
    QTest::newRow("description preferred over message")
        << QByteArray("{\"code\":\"1\",\"description\":\"from description\",\"message\":\"from "
                      "message\"}")
        << QStringLiteral("1") << QStringLiteral("from description") << QString() << QJsonArray();
    QTest::newRow("empty description falls back to message")
        << QByteArray("{\"code\":\"1\",\"description\":\"\",\"message\":\"from message\"}")
        << QStringLiteral("1") << QStringLiteral("from message") << QString() << QJsonArray();
    QTest::newRow("PascalCase keys")
        << QByteArray("{\"Code\":\"600008\",\"Description\":\"Invalid input\","
                      "\"Source\":\"PartnerCenter\",\"Data\":[\"d\"]}")
        << QStringLiteral("600008") << QStringLiteral("Invalid input")
        << QStringLiteral("PartnerCenter") << QJsonArray {QStringLiteral("d")};
    QTest::newRow("upper-case keys")
        << QByteArray("{\"CODE\":600008,\"DESCRIPTION\":\"Invalid input\"}")
        << QStringLiteral("600008") << QStringLiteral("Invalid input") << QString() << QJsonArray();
    QTest::newRow("non-ASCII description")
        << QByteArray("{\"code\":\"1\",\"description\":\"Ung\xc3\xbcltige Eingabe \xe6\x97\xa5\"}")
        << QStringLiteral("1") << QString::fromUtf8("Ung\xc3\xbcltige Eingabe \xe6\x97\xa5")
        << QString() << QJsonArray();
    QTest::newRow("surrounding white space")
        << QByteArray("\r\n  {\"code\":\"1\",\"description\":\"d\"}  \n") << QStringLiteral("1")
        << QStringLiteral("d") << QString() << QJsonArray();
}

void TestResponseParser::error()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, description);
    QFETCH(QString, source);
    QFETCH(QJsonArray, data);

    const ParsedError parsed = ResponseParser::error(body);
    QCOMPARE(parsed.code, code);
    QCOMPARE(parsed.description, description);
    QCOMPARE(parsed.source, source);
    QCOMPARE(parsed.data, data);
    QCOMPARE(parsed.isEmpty(), false);
}

void TestResponseParser::errorEmpty_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("white space only") << QByteArray("  \r\n");
    QTest::newRow("HTML from a proxy")
        << QByteArray("<html><body><h1>502 Bad Gateway</h1><p>code: 600008</p></body></html>");
    QTest::newRow("plain text") << QByteArray("Internal Server Error");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("unrelated object") << QByteArray("{\"correlationId\":\"" + guidBytes() + "\"}");
    QTest::newRow("JSON array of errors")
        << QByteArray("[{\"code\":\"600008\",\"description\":\"Invalid input\"}]");
    QTest::newRow("JSON string") << QByteArray("\"600008\"");
    QTest::newRow("truncated JSON") << QByteArray("{\"code\":\"600008\",\"description\":\"Inv");
    QTest::newRow("null fields") << QByteArray("{\"code\":null,\"description\":null}");
    QTest::newRow("structured fields")
        << QByteArray("{\"code\":{\"n\":1},\"description\":[\"x\"]}");
    QTest::newRow("invalid UTF-8") << QByteArray("\xff\xfe{\"code\":\"1\"}");
    QTest::newRow("NUL bytes") << QByteArray(8, '\0');
    QTest::newRow("nesting bomb") << nested(10000, QByteArray());
    QTest::newRow("wrapper nesting bomb")
        << QByteArray(QByteArray(10000, '{').replace("{", "{\"error\":") + "{\"code\":\"1\"}"
               + QByteArray(10001, '}'));
}

void TestResponseParser::errorEmpty()
{
    QFETCH(QByteArray, body);

    const ParsedError parsed = ResponseParser::error(body);
    QCOMPARE(parsed.isEmpty(), true);
    QCOMPARE(parsed.code, QString());
    QCOMPARE(parsed.description, QString());
    QCOMPARE(parsed.source, QString());
    QCOMPARE(parsed.data, QJsonArray());
}

void TestResponseParser::errorDescriptionCapped_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("expectedLength");

    const int cap = ResponseParser::MaxDescriptionLength;
    QTest::newRow("description at the cap") << QStringLiteral("description") << cap << cap;
    QTest::newRow("description one over") << QStringLiteral("description") << cap + 1 << cap;
    QTest::newRow("description far over") << QStringLiteral("description") << 100000 << cap;
    QTest::newRow("message far over") << QStringLiteral("message") << 5000 << cap;
}

void TestResponseParser::errorDescriptionCapped()
{
    QFETCH(QString, key);
    QFETCH(int, length);
    QFETCH(int, expectedLength);

    QCOMPARE(ResponseParser::MaxDescriptionLength, 4096);

    // A recognisable start so truncation is seen to keep the beginning.
    QString text = QStringLiteral("START");
    text += QString(length - text.size(), QLatin1Char('x'));
    const QJsonObject object {{QStringLiteral("code"), QStringLiteral("600008")}, {key, text}};
    const QByteArray body = QJsonDocument(object).toJson(QJsonDocument::Compact);

    const ParsedError parsed = ResponseParser::error(body);
    QCOMPARE(parsed.code, QStringLiteral("600008"));
    QCOMPARE(parsed.description.size(), qsizetype(expectedLength));
    QCOMPARE(parsed.description, text.left(expectedLength));
}

void TestResponseParser::looksLikeGuid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("lower case") << guidText() << true;
    QTest::newRow("upper case") << guidText().toUpper() << true;
    QTest::newRow("braces") << QString(QLatin1Char('{') + guidText() + QLatin1Char('}')) << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no dashes") << guidText().remove(QLatin1Char('-')) << false;
    QTest::newRow("trailing newline") << QString(guidText() + QLatin1Char('\n')) << false;
    QTest::newRow("non-hex") << QStringLiteral("04af2aea-d413-42db-824e-f328001484dz") << false;
    QTest::newRow("too long") << QString(guidText() + QLatin1Char('0')) << false;
}

void TestResponseParser::looksLikeGuid()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);

    QCOMPARE(ResponseParser::looksLikeGuid(text), expected);
}

void TestResponseParser::deliveryStatus_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("callbackUrl");
    QTest::addColumn<QString>("responseCode");
    QTest::addColumn<QDateTime>("time");

    const QByteArray g = guidBytes();
    const QByteArray p(PartnerId);
    const QDateTime time(QDate(2017, 12, 8), QTime(21, 39, 48, 238), Qt::UTC);
    QTest::newRow("camelCase, as documented")
        << QByteArray("{\"correlationId\":\"" + g + "\",\"partnerId\":\"" + p
               + "\",\"status\":\"completed\",\"callbackUrl\":\"https://partner.example/webhook\","
                 "\"results\":[{\"responseCode\":\"OK\",\"responseMessage\":\"\","
                 "\"systemError\":false,\"dateTimeUtc\":\"2017-12-08T21:39:48.2386997\"}]}")
        << QStringLiteral("completed") << QStringLiteral("https://partner.example/webhook")
        << QStringLiteral("OK") << time;
    QTest::newRow("PascalCase") << QByteArray("{\"CorrelationId\":\"" + g + "\",\"PartnerId\":\""
        + p
        + "\",\"Status\":\"Submitted\",\"CallbackUrl\":\"https://partner.example/hook\","
          "\"Results\":[{\"ResponseCode\":\"200\",\"ResponseMessage\":\"\","
          "\"SystemError\":false,\"DateTimeUtc\":\"2017-12-08T21:39:48.2386997\"}]}")
                                << QStringLiteral("Submitted")
                                << QStringLiteral("https://partner.example/hook")
                                << QStringLiteral("200") << time;
    QTest::newRow("pretty-printed, other key order")
        << QByteArray("{\r\n  \"results\": [\r\n    {\r\n      \"dateTimeUtc\": "
                      "\"2017-12-08T21:39:48.2386997\",\r\n      \"responseCode\": \"OK\"\r\n    "
                      "}\r\n  ],\r\n  \"callbackUrl\": \"https://partner.example/webhook\",\r\n  "
                      "\"status\": \"failed\",\r\n  \"partnerId\": \""
               + p + "\",\r\n  \"correlationId\": \"" + g + "\"\r\n}\r\n")
        << QStringLiteral("failed") << QStringLiteral("https://partner.example/webhook")
        << QStringLiteral("OK") << time;
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF{\"correlationId\":\"" + g
        + "\",\"partnerId\":\"" + p
        + "\",\"status\":\"completed\",\"callbackUrl\":\"https://partner.example/webhook\","
          "\"results\":[{\"responseCode\":\"OK\","
          "\"dateTimeUtc\":\"2017-12-08T21:39:48.2386997\"}]}")
                               << QStringLiteral("completed")
                               << QStringLiteral("https://partner.example/webhook")
                               << QStringLiteral("OK") << time;
}

void TestResponseParser::deliveryStatus()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, status);
    QFETCH(QString, callbackUrl);
    QFETCH(QString, responseCode);
    QFETCH(QDateTime, time);

    const DeliveryStatus parsed = ResponseParser::deliveryStatus(body);
    QCOMPARE(parsed.parsed, true);
    QCOMPARE(parsed.correlationId, guidText());
    QCOMPARE(parsed.partnerId, QString::fromLatin1(PartnerId));
    QCOMPARE(parsed.status, status);
    QCOMPARE(parsed.callbackUrl, callbackUrl);
    QCOMPARE(parsed.attempts.size(), 1);
    const DeliveryAttempt &attempt = parsed.attempts.first();
    QCOMPARE(attempt.responseCode, responseCode);
    QCOMPARE(attempt.responseMessage, QString());
    QCOMPARE(attempt.systemError, false);
    QCOMPARE(attempt.timeText, QStringLiteral("2017-12-08T21:39:48.2386997"));
    QCOMPARE(attempt.timeUtc.timeSpec(), Qt::UTC);
    QCOMPARE(attempt.timeUtc, time);
    QCOMPARE(attempt.timeUtc.toMSecsSinceEpoch(), Q_INT64_C(1512769188238));
    QCOMPARE(parsed.lastResponse(), responseCode);
}

void TestResponseParser::deliveryState_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("status");
    QTest::addColumn<DeliveryStatus::State>("state");
    QTest::addColumn<bool>("final");

    using State = DeliveryStatus::State;
    QTest::newRow("Submitted") << QByteArray("{\"status\":\"Submitted\"}")
                               << QStringLiteral("Submitted") << State::Delivering << false;
    QTest::newRow("submitted") << QByteArray("{\"status\":\"submitted\"}")
                               << QStringLiteral("submitted") << State::Delivering << false;
    QTest::newRow("completed") << QByteArray("{\"status\":\"completed\"}")
                               << QStringLiteral("completed") << State::Completed << true;
    QTest::newRow("COMPLETED") << QByteArray("{\"status\":\"COMPLETED\"}")
                               << QStringLiteral("COMPLETED") << State::Completed << true;
    QTest::newRow("Completed, PascalCase key")
        << QByteArray("{\"Status\":\"Completed\"}") << QStringLiteral("Completed")
        << State::Completed << true;
    QTest::newRow("failed") << QByteArray("{\"status\":\"failed\"}") << QStringLiteral("failed")
                            << State::Failed << true;
    QTest::newRow("FAILED, upper-case key") << QByteArray("{\"STATUS\":\"FAILED\"}")
                                            << QStringLiteral("FAILED") << State::Failed << true;
    QTest::newRow("white space around completed")
        << QByteArray("{\"status\":\" completed\\n\"}") << QStringLiteral(" completed\n")
        << State::Completed << true;
    QTest::newRow("unknown text kept") << QByteArray("{\"status\":\"Queued\"}")
                                       << QStringLiteral("Queued") << State::Unknown << false;
    QTest::newRow("prefix of a known value")
        << QByteArray("{\"status\":\"complete\"}") << QStringLiteral("complete") << State::Unknown
        << false;
    QTest::newRow("empty") << QByteArray("{\"status\":\"\"}") << QString() << State::Unknown
                           << false;
    QTest::newRow("missing") << QByteArray("{}") << QString() << State::Unknown << false;
    QTest::newRow("null") << QByteArray("{\"status\":null}") << QString() << State::Unknown
                          << false;
    QTest::newRow("number") << QByteArray("{\"status\":2}") << QStringLiteral("2") << State::Unknown
                            << false;
    QTest::newRow("boolean") << QByteArray("{\"status\":true}") << QStringLiteral("true")
                             << State::Unknown << false;
    QTest::newRow("object") << QByteArray("{\"status\":{\"value\":\"completed\"}}") << QString()
                            << State::Unknown << false;
    QTest::newRow("array") << QByteArray("{\"status\":[\"completed\"]}") << QString()
                           << State::Unknown << false;
    QTest::newRow("raw NUL byte inside")
        << QByteArray("{\"status\":\"fail" + QByteArray(1, '\0') + "ed\"}")
        << QString(QStringLiteral("fail") + QChar(0) + QStringLiteral("ed")) << State::Unknown
        << false;
    QTest::newRow("NUL inside") << QByteArray("{\"status\":\"completed\\u0000\"}")
                                << QString(QStringLiteral("completed") + QChar(0)) << State::Unknown
                                << false;
}

void TestResponseParser::deliveryState()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, status);
    QFETCH(DeliveryStatus::State, state);
    QFETCH(bool, final);

    const DeliveryStatus parsed = ResponseParser::deliveryStatus(body);
    QCOMPARE(parsed.parsed, true);
    QCOMPARE(parsed.status, status);
    QCOMPARE(parsed.state(), state);
    QCOMPARE(parsed.isFinal(), final);
    QCOMPARE(parsed.attempts.size(), 0);
    QCOMPARE(parsed.lastResponse(), QString());
}

void TestResponseParser::deliveryAttempt_data()
{
    QTest::addColumn<QByteArray>("result");
    QTest::addColumn<QString>("responseCode");
    QTest::addColumn<QString>("responseMessage");
    QTest::addColumn<bool>("systemError");
    QTest::addColumn<QString>("summary");

    QTest::newRow("OK") << QByteArray(
        "{\"responseCode\":\"OK\",\"responseMessage\":\"\",\"systemError\":false}")
                        << QStringLiteral("OK") << QString() << false << QStringLiteral("OK");
    QTest::newRow("200 as text") << QByteArray("{\"responseCode\":\"200\"}")
                                 << QStringLiteral("200") << QString() << false
                                 << QStringLiteral("200");
    QTest::newRow("200 as a number")
        << QByteArray("{\"responseCode\":200}") << QStringLiteral("200") << QString() << false
        << QStringLiteral("200");
    QTest::newRow("200.0 as a number")
        << QByteArray("{\"responseCode\":200.0}") << QStringLiteral("200") << QString() << false
        << QStringLiteral("200");
    QTest::newRow("PascalCase keys")
        << QByteArray("{\"ResponseCode\":\"NotFound\",\"ResponseMessage\":\"No such route\","
                      "\"SystemError\":true}")
        << QStringLiteral("NotFound") << QStringLiteral("No such route") << true
        << QStringLiteral("NotFound: No such route");
    QTest::newRow("systemError as text true")
        << QByteArray("{\"responseCode\":\"\",\"responseMessage\":\"Timed out\","
                      "\"systemError\":\"true\"}")
        << QString() << QStringLiteral("Timed out") << true << QStringLiteral("Timed out");
    QTest::newRow("systemError as text True")
        << QByteArray("{\"systemError\":\"True\"}") << QString() << QString() << true << QString();
    QTest::newRow("systemError as text with white space")
        << QByteArray("{\"systemError\":\" true \"}") << QString() << QString() << true
        << QString();
    QTest::newRow("systemError as text false") << QByteArray("{\"systemError\":\"false\"}")
                                               << QString() << QString() << false << QString();
    QTest::newRow("systemError as a number")
        << QByteArray("{\"systemError\":1}") << QString() << QString() << false << QString();
    QTest::newRow("systemError as other text")
        << QByteArray("{\"systemError\":\"yes\"}") << QString() << QString() << false << QString();
    QTest::newRow("systemError null")
        << QByteArray("{\"systemError\":null}") << QString() << QString() << false << QString();
    QTest::newRow("multi-line message")
        << QByteArray("{\"responseCode\":\"500\",\"responseMessage\":\"  Internal error \\r\\n"
                      "   at Handler.Run()\\n   at Main()\"}")
        << QStringLiteral("500")
        << QStringLiteral("  Internal error \r\n   at Handler.Run()\n   at Main()") << false
        << QStringLiteral("500: Internal error");
    QTest::newRow("message starting with blank lines")
        << QByteArray(
               "{\"responseCode\":\"502\",\"responseMessage\":\"\\n\\n Bad gateway\\nmore\"}")
        << QStringLiteral("502") << QStringLiteral("\n\n Bad gateway\nmore") << false
        << QStringLiteral("502: Bad gateway");
    QTest::newRow("code with white space")
        << QByteArray("{\"responseCode\":\" OK \"}") << QStringLiteral(" OK ") << QString() << false
        << QStringLiteral("OK");
    QTest::newRow("message only") << QByteArray("{\"responseMessage\":\"Connection refused\"}")
                                  << QString() << QStringLiteral("Connection refused") << false
                                  << QStringLiteral("Connection refused");
    QTest::newRow("white-space message")
        << QByteArray("{\"responseCode\":\"OK\",\"responseMessage\":\" \\r\\n \"}")
        << QStringLiteral("OK") << QStringLiteral(" \r\n ") << false << QStringLiteral("OK");
    QTest::newRow("numeric message")
        << QByteArray("{\"responseCode\":\"OK\",\"responseMessage\":7}") << QStringLiteral("OK")
        << QStringLiteral("7") << false << QStringLiteral("OK: 7");
    QTest::newRow("structured values")
        << QByteArray("{\"responseCode\":{\"c\":1},\"responseMessage\":[\"m\"],\"systemError\":{}}")
        << QString() << QString() << false << QString();
    QTest::newRow("empty object") << QByteArray("{}") << QString() << QString() << false
                                  << QString();
    QTest::newRow("NUL inside the code")
        << QByteArray("{\"responseCode\":\"O\\u0000K\"}")
        << QString(QStringLiteral("O") + QChar(0) + QStringLiteral("K")) << QString() << false
        << QString(QStringLiteral("O") + QChar(0) + QStringLiteral("K"));
    QTest::newRow("non-ASCII message")
        << QByteArray("{\"responseCode\":\"OK\",\"responseMessage\":\"Empfangen \xe2\x9c\x93\"}")
        << QStringLiteral("OK") << QString::fromUtf8("Empfangen \xe2\x9c\x93") << false
        << QString::fromUtf8("OK: Empfangen \xe2\x9c\x93");
}

void TestResponseParser::deliveryAttempt()
{
    QFETCH(QByteArray, result);
    QFETCH(QString, responseCode);
    QFETCH(QString, responseMessage);
    QFETCH(bool, systemError);
    QFETCH(QString, summary);

    const DeliveryStatus parsed
        = ResponseParser::deliveryStatus(statusBody(QByteArray('[' + result + ']')));
    QCOMPARE(parsed.parsed, true);
    QCOMPARE(parsed.attempts.size(), 1);
    const DeliveryAttempt &attempt = parsed.attempts.first();
    QCOMPARE(attempt.responseCode, responseCode);
    QCOMPARE(attempt.responseMessage, responseMessage);
    QCOMPARE(attempt.systemError, systemError);
    QCOMPARE(attempt.summary(), summary);
    QCOMPARE(parsed.lastResponse(), summary);
}

void TestResponseParser::deliveryTime_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("text");

    const QDate day(2017, 12, 8);
    QTest::newRow("7 fractional digits, no zone") << QByteArray("\"2017-12-08T21:39:48.2386997\"")
                                                  << QDateTime(day, QTime(21, 39, 48, 238), Qt::UTC)
                                                  << QStringLiteral("2017-12-08T21:39:48.2386997");
    QTest::newRow("7 digits just below the next second")
        << QByteArray("\"2017-12-31T23:59:59.9999999\"")
        << QDateTime(QDate(2017, 12, 31), QTime(23, 59, 59, 999), Qt::UTC)
        << QStringLiteral("2017-12-31T23:59:59.9999999");
    QTest::newRow("3 fractional digits") << QByteArray("\"2017-12-08T21:39:48.238\"")
                                         << QDateTime(day, QTime(21, 39, 48, 238), Qt::UTC)
                                         << QStringLiteral("2017-12-08T21:39:48.238");
    QTest::newRow("1 fractional digit") << QByteArray("\"2017-12-08T21:39:48.2\"")
                                        << QDateTime(day, QTime(21, 39, 48, 200), Qt::UTC)
                                        << QStringLiteral("2017-12-08T21:39:48.2");
    QTest::newRow("9 fractional digits") << QByteArray("\"2017-12-08T21:39:48.000000001\"")
                                         << QDateTime(day, QTime(21, 39, 48), Qt::UTC)
                                         << QStringLiteral("2017-12-08T21:39:48.000000001");
    QTest::newRow("no fraction") << QByteArray("\"2017-12-08T21:39:48\"")
                                 << QDateTime(day, QTime(21, 39, 48), Qt::UTC)
                                 << QStringLiteral("2017-12-08T21:39:48");
    QTest::newRow("Z") << QByteArray("\"2017-12-08T21:39:48.2386997Z\"")
                       << QDateTime(day, QTime(21, 39, 48, 238), Qt::UTC)
                       << QStringLiteral("2017-12-08T21:39:48.2386997Z");
    QTest::newRow("lower-case t and z")
        << QByteArray("\"2017-12-08t21:39:48z\"") << QDateTime(day, QTime(21, 39, 48), Qt::UTC)
        << QStringLiteral("2017-12-08t21:39:48z");
    QTest::newRow("positive offset") << QByteArray("\"2017-12-08T23:39:48.2386997+02:00\"")
                                     << QDateTime(day, QTime(21, 39, 48, 238), Qt::UTC)
                                     << QStringLiteral("2017-12-08T23:39:48.2386997+02:00");
    QTest::newRow("negative offset across midnight")
        << QByteArray("\"2017-12-08T16:09:48-05:30\"") << QDateTime(day, QTime(21, 39, 48), Qt::UTC)
        << QStringLiteral("2017-12-08T16:09:48-05:30");
    QTest::newRow("offset without colon")
        << QByteArray("\"2017-12-09T00:39:48+0300\"") << QDateTime(day, QTime(21, 39, 48), Qt::UTC)
        << QStringLiteral("2017-12-09T00:39:48+0300");
    QTest::newRow("zero offset") << QByteArray("\"2017-12-08T21:39:48+00:00\"")
                                 << QDateTime(day, QTime(21, 39, 48), Qt::UTC)
                                 << QStringLiteral("2017-12-08T21:39:48+00:00");
    QTest::newRow("surrounding white space") << QByteArray("\" 2017-12-08T21:39:48.2386997\\n\"")
                                             << QDateTime(day, QTime(21, 39, 48, 238), Qt::UTC)
                                             << QStringLiteral(" 2017-12-08T21:39:48.2386997\n");
    QTest::newRow("leap day") << QByteArray("\"2020-02-29T00:00:00\"")
                              << QDateTime(QDate(2020, 2, 29), QTime(0, 0), Qt::UTC)
                              << QStringLiteral("2020-02-29T00:00:00");

    QTest::newRow("missing") << QByteArray("null") << QDateTime() << QString();
    QTest::newRow("empty") << QByteArray("\"\"") << QDateTime() << QString();
    QTest::newRow("garbage") << QByteArray("\"yesterday\"") << QDateTime()
                             << QStringLiteral("yesterday");
    QTest::newRow("date only") << QByteArray("\"2017-12-08\"") << QDateTime()
                               << QStringLiteral("2017-12-08");
    QTest::newRow("space instead of T") << QByteArray("\"2017-12-08 21:39:48\"") << QDateTime()
                                        << QStringLiteral("2017-12-08 21:39:48");
    QTest::newRow("month 13") << QByteArray("\"2017-13-08T21:39:48\"") << QDateTime()
                              << QStringLiteral("2017-13-08T21:39:48");
    QTest::newRow("February 30th") << QByteArray("\"2017-02-30T21:39:48\"") << QDateTime()
                                   << QStringLiteral("2017-02-30T21:39:48");
    QTest::newRow("hour 24") << QByteArray("\"2017-12-08T24:00:00\"") << QDateTime()
                             << QStringLiteral("2017-12-08T24:00:00");
    QTest::newRow("leap second") << QByteArray("\"2016-12-31T23:59:60\"") << QDateTime()
                                 << QStringLiteral("2016-12-31T23:59:60");
    QTest::newRow("year 0") << QByteArray("\"0000-01-01T00:00:00\"") << QDateTime()
                            << QStringLiteral("0000-01-01T00:00:00");
    QTest::newRow("10 fractional digits")
        << QByteArray("\"2017-12-08T21:39:48.0123456789\"") << QDateTime()
        << QStringLiteral("2017-12-08T21:39:48.0123456789");
    QTest::newRow("empty fraction") << QByteArray("\"2017-12-08T21:39:48.\"") << QDateTime()
                                    << QStringLiteral("2017-12-08T21:39:48.");
    QTest::newRow("offset hour 24") << QByteArray("\"2017-12-08T21:39:48+24:00\"") << QDateTime()
                                    << QStringLiteral("2017-12-08T21:39:48+24:00");
    QTest::newRow("offset minute 60") << QByteArray("\"2017-12-08T21:39:48+01:60\"") << QDateTime()
                                      << QStringLiteral("2017-12-08T21:39:48+01:60");
    QTest::newRow("Z and offset") << QByteArray("\"2017-12-08T21:39:48Z+01:00\"") << QDateTime()
                                  << QStringLiteral("2017-12-08T21:39:48Z+01:00");
    QTest::newRow("Arabic-Indic digits")
        << QByteArray("\"\xd9\xa2\xd9\xa0\xd9\xa1\xd9\xa7-12-08T21:39:48\"") << QDateTime()
        << QString::fromUtf8("\xd9\xa2\xd9\xa0\xd9\xa1\xd9\xa7-12-08T21:39:48");
    QTest::newRow("trailing NUL") << QByteArray("\"2017-12-08T21:39:48\\u0000\"") << QDateTime()
                                  << QString(QStringLiteral("2017-12-08T21:39:48") + QChar(0));
    QTest::newRow("Unix time") << QByteArray("1512769188") << QDateTime()
                               << QStringLiteral("1512769188");
    QTest::newRow("object") << QByteArray("{\"utc\":\"2017-12-08T21:39:48\"}") << QDateTime()
                            << QString();
}

void TestResponseParser::deliveryTime()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, time);
    QFETCH(QString, text);

    const DeliveryStatus parsed
        = ResponseParser::deliveryStatus(statusBody("[{\"dateTimeUtc\":" + value + "}]"));
    QCOMPARE(parsed.attempts.size(), 1);
    const DeliveryAttempt &attempt = parsed.attempts.first();
    QCOMPARE(attempt.timeText, text);
    QCOMPARE(attempt.timeUtc.isValid(), time.isValid());
    if (time.isValid()) {
        QCOMPARE(attempt.timeUtc.timeSpec(), Qt::UTC);
        QCOMPARE(attempt.timeUtc.date(), time.date());
        QCOMPARE(attempt.timeUtc.time(), time.time());
        QCOMPARE(attempt.timeUtc.toMSecsSinceEpoch(), time.toMSecsSinceEpoch());
    }
}

void TestResponseParser::deliveryAttempts_data()
{
    QTest::addColumn<QByteArray>("results");
    QTest::addColumn<QStringList>("summaries");
    QTest::addColumn<QString>("lastResponse");

    QTest::newRow("three attempts, last one succeeded")
        << QByteArray("[{\"responseCode\":\"500\",\"responseMessage\":\"Internal error\","
                      "\"dateTimeUtc\":\"2017-12-08T21:39:48.2386997\"},"
                      "{\"responseCode\":\"\",\"responseMessage\":\"Timed out\","
                      "\"systemError\":true,\"dateTimeUtc\":\"2017-12-08T21:40:48.1\"},"
                      "{\"responseCode\":\"OK\",\"dateTimeUtc\":\"2017-12-08T21:42:48.5\"}]")
        << QStringList {QStringLiteral("500: Internal error"), QStringLiteral("Timed out"),
               QStringLiteral("OK")}
        << QStringLiteral("OK");
    QTest::newRow("server order kept, not sorted by time")
        << QByteArray("[{\"responseCode\":\"OK\",\"dateTimeUtc\":\"2017-12-08T21:42:48\"},"
                      "{\"responseCode\":\"404\",\"dateTimeUtc\":\"2017-12-08T21:39:48\"}]")
        << QStringList {QStringLiteral("OK"), QStringLiteral("404")} << QStringLiteral("404");
    QTest::newRow("non-object entries skipped")
        << QByteArray("[\"OK\",200,null,[{\"responseCode\":\"nested\"}],"
                      "{\"responseCode\":\"200\"},true,{}]")
        << QStringList {QStringLiteral("200"), QString()} << QString();
    QTest::newRow("ten attempts") << QByteArray(
        "[{\"responseCode\":\"1\"},{\"responseCode\":\"2\"},{\"responseCode\":\"3\"},"
        "{\"responseCode\":\"4\"},{\"responseCode\":\"5\"},{\"responseCode\":\"6\"},"
        "{\"responseCode\":\"7\"},{\"responseCode\":\"8\"},{\"responseCode\":\"9\"},"
        "{\"responseCode\":\"OK\"}]")
                                  << QStringList {QStringLiteral("1"), QStringLiteral("2"),
                                         QStringLiteral("3"), QStringLiteral("4"),
                                         QStringLiteral("5"), QStringLiteral("6"),
                                         QStringLiteral("7"), QStringLiteral("8"),
                                         QStringLiteral("9"), QStringLiteral("OK")}
                                  << QStringLiteral("OK");
    QTest::newRow("empty array") << QByteArray("[]") << QStringList() << QString();
    QTest::newRow("null") << QByteArray("null") << QStringList() << QString();
    QTest::newRow("object instead of an array")
        << QByteArray("{\"responseCode\":\"OK\"}") << QStringList() << QString();
    QTest::newRow("string instead of an array")
        << QByteArray("\"[{\\\"responseCode\\\":\\\"OK\\\"}]\"") << QStringList() << QString();
    QTest::newRow("number instead of an array") << QByteArray("10") << QStringList() << QString();
}

void TestResponseParser::deliveryAttempts()
{
    QFETCH(QByteArray, results);
    QFETCH(QStringList, summaries);
    QFETCH(QString, lastResponse);

    const DeliveryStatus parsed = ResponseParser::deliveryStatus(statusBody(results));
    QCOMPARE(parsed.parsed, true);
    QCOMPARE(parsed.status, QStringLiteral("completed"));
    QStringList actual;
    for (const DeliveryAttempt &attempt : parsed.attempts)
        actual.append(attempt.summary());
    QCOMPARE(actual, summaries);
    QCOMPARE(parsed.lastResponse(), lastResponse);
}

void TestResponseParser::deliveryStatusRefused_data()
{
    QTest::addColumn<QByteArray>("body");

    addUnreadableBodies();
    QTest::newRow("array of status objects")
        << QByteArray("[{\"status\":\"completed\",\"results\":[{\"responseCode\":\"OK\"}]}]");
    QTest::newRow("results at top level") << QByteArray("[{\"responseCode\":\"OK\"}]");
}

void TestResponseParser::deliveryStatusRefused()
{
    QFETCH(QByteArray, body);

    const DeliveryStatus parsed = ResponseParser::deliveryStatus(body);
    QCOMPARE(parsed.parsed, false);
    QCOMPARE(parsed.correlationId, QString());
    QCOMPARE(parsed.partnerId, QString());
    QCOMPARE(parsed.status, QString());
    QCOMPARE(parsed.callbackUrl, QString());
    QCOMPARE(parsed.attempts.size(), 0);
    QCOMPARE(parsed.state(), DeliveryStatus::State::Unknown);
    QCOMPARE(parsed.isFinal(), false);
    QCOMPARE(parsed.lastResponse(), QString());
}

void TestResponseParser::deliveryStatusHugeStrings()
{
    const int cap = ResponseParser::MaxDescriptionLength;
    const QByteArray huge = "START" + QByteArray(10 * 1024 * 1024, 'x');
    const QString expected = QString::fromLatin1(huge.left(cap));
    const QByteArray body = "{\"correlationId\":" + quoted(huge) + ",\"partnerId\":" + quoted(huge)
        + ",\"status\":" + quoted(huge) + ",\"callbackUrl\":\"https://" + huge
        + "\",\"results\":[{\"responseCode\":" + quoted(huge) + ",\"responseMessage\":"
        + quoted(huge) + ",\"dateTimeUtc\":\"2017-12-08T21:39:48." + huge + "\"}]}";

    const DeliveryStatus parsed = ResponseParser::deliveryStatus(body);
    QCOMPARE(parsed.parsed, true);
    QCOMPARE(parsed.correlationId, expected);
    QCOMPARE(parsed.partnerId, expected);
    QCOMPARE(parsed.status, expected);
    QCOMPARE(parsed.state(), DeliveryStatus::State::Unknown);
    QCOMPARE(parsed.callbackUrl.size(), cap);
    QCOMPARE(parsed.callbackUrl, QString::fromLatin1("https://" + huge.left(cap - 8)));
    QCOMPARE(parsed.attempts.size(), 1);
    const DeliveryAttempt &attempt = parsed.attempts.first();
    QCOMPARE(attempt.responseCode, expected);
    QCOMPARE(attempt.responseMessage, expected);
    QCOMPARE(attempt.summary(), QString(expected + QStringLiteral(": ") + expected));
    QCOMPARE(attempt.timeText.size(), cap);
    QCOMPARE(attempt.timeUtc.isValid(), false);
}

void TestResponseParser::deliveryStatusHugeResults()
{
    QByteArray results = "[";
    for (int i = 0; i < 100000; ++i) {
        if (i > 0)
            results += ',';
        results += "{\"responseCode\":\"" + QByteArray::number(i) + "\",\"responseMessage\":\"m\"}";
    }
    results += ']';

    const DeliveryStatus parsed = ResponseParser::deliveryStatus(statusBody(results));
    QCOMPARE(parsed.parsed, true);
    QCOMPARE(parsed.attempts.size(), 50);
    QCOMPARE(parsed.attempts.first().responseCode, QStringLiteral("0"));
    QCOMPARE(parsed.attempts.at(49).responseCode, QStringLiteral("49"));
    QCOMPARE(parsed.lastResponse(), QStringLiteral("49: m"));

    // Entries that are not attempts do not use up the cap.
    const QByteArray padded
        = "[" + QByteArray("null,").repeated(100000) + "{\"responseCode\":\"OK\"}]";
    const DeliveryStatus skipped = ResponseParser::deliveryStatus(statusBody(padded));
    QCOMPARE(skipped.attempts.size(), 1);
    QCOMPARE(skipped.lastResponse(), QStringLiteral("OK"));
}

void TestResponseParser::registration_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("subscriberId");
    QTest::addColumn<QString>("webhookUrl");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("lastModified");
    QTest::addColumn<bool>("signatureInHeader");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<bool>("hasTestCreated");

    const QString subscriber = QStringLiteral("e82cac64-dc67-4cd3-849b-78b6127dd57d");
    const QString url = QStringLiteral("https://partner.example/webhook");
    QTest::newRow("camelCase with test-created")
        << QByteArray("{\"subscriberId\":\"e82cac64-dc67-4cd3-849b-78b6127dd57d\","
                      "\"webhookUrl\":\"https://partner.example/webhook\","
                      "\"webhookEvents\":[\"subscription-updated\",\"test-created\"],"
                      "\"signatureTokenToMsSignatureHeader\":false,"
                      "\"lastModifiedTimestamp\":\"2017-12-08T21:39:48.2386997\"}")
        << subscriber << url
        << QStringList {QStringLiteral("subscription-updated"), QStringLiteral("test-created")}
        << QStringLiteral("2017-12-08T21:39:48.2386997") << false << true << true;
    QTest::newRow("PascalCase without test-created")
        << QByteArray("{\"SubscriberId\":\"e82cac64-dc67-4cd3-849b-78b6127dd57d\","
                      "\"WebhookUrl\":\"https://partner.example/webhook\","
                      "\"WebhookEvents\":[\"subscription-updated\",\"referral-created\"],"
                      "\"SignatureTokenToMsSignatureHeader\":true,"
                      "\"LastModifiedTimestamp\":\"2017-12-08T21:39:48Z\"}")
        << subscriber << url
        << QStringList {QStringLiteral("subscription-updated"), QStringLiteral("referral-created")}
        << QStringLiteral("2017-12-08T21:39:48Z") << true << true << false;
    QTest::newRow("PascalCase with Test-Created")
        << QByteArray("{\"WebhookUrl\":\"https://partner.example/webhook\","
                      "\"WebhookEvents\":[\"Test-Created\"]}")
        << QString() << url << QStringList {QStringLiteral("Test-Created")} << QString() << false
        << true << true;
    QTest::newRow("numeric timestamp, flag as text")
        << QByteArray("{\"webhookUrl\":\"https://partner.example/webhook\",\"webhookEvents\":[],"
                      "\"signatureTokenToMsSignatureHeader\":\"true\","
                      "\"lastModifiedTimestamp\":1512769188238}")
        << QString() << url << QStringList() << QStringLiteral("1512769188238") << true << true
        << false;
    QTest::newRow("flag as text false")
        << QByteArray("{\"webhookUrl\":\"https://partner.example/webhook\","
                      "\"signatureTokenToMsSignatureHeader\":\"false\"}")
        << QString() << url << QStringList() << QString() << false << true << false;
    QTest::newRow("UTF-8 BOM") << QByteArray(
        "\xEF\xBB\xBF{\"webhookUrl\":\"https://partner.example/webhook\","
        "\"webhookEvents\":[\"test-created\"]}")
                               << QString() << url << QStringList {QStringLiteral("test-created")}
                               << QString() << false << true << true;
    QTest::newRow("events with other types skipped") << QByteArray(
        "{\"webhookUrl\":\"https://partner.example/webhook\","
        "\"webhookEvents\":[1,null,\"test-created\",{\"name\":\"x\"},[\"y\"],true,"
        "\"\"]}") << QString() << url << QStringList {QStringLiteral("test-created"), QString()}
                                                     << QString() << false << true << true;
    QTest::newRow("events as a string")
        << QByteArray("{\"webhookUrl\":\"https://partner.example/webhook\","
                      "\"webhookEvents\":\"test-created\"}")
        << QString() << url << QStringList() << QString() << false << true << false;
    QTest::newRow("event names kept as written")
        << QByteArray("{\"webhookUrl\":\" https://partner.example/webhook \","
                      "\"webhookEvents\":[\" test-created \"]}")
        << QString() << QStringLiteral(" https://partner.example/webhook ")
        << QStringList {QStringLiteral(" test-created ")} << QString() << false << true << false;
    QTest::newRow("empty webhookUrl")
        << QByteArray("{\"subscriberId\":\"e82cac64-dc67-4cd3-849b-78b6127dd57d\","
                      "\"webhookUrl\":\"\",\"webhookEvents\":[\"test-created\"]}")
        << subscriber << QString() << QStringList {QStringLiteral("test-created")} << QString()
        << false << false << true;
    QTest::newRow("white-space webhookUrl")
        << QByteArray("{\"webhookUrl\":\" \\t\\r\\n \"}") << QString() << QStringLiteral(" \t\r\n ")
        << QStringList() << QString() << false << false << false;
    QTest::newRow("null webhookUrl")
        << QByteArray("{\"webhookUrl\":null}") << QString() << QString() << QStringList()
        << QString() << false << false << false;
    QTest::newRow("object webhookUrl")
        << QByteArray("{\"webhookUrl\":{\"href\":\"https://partner.example/webhook\"}}")
        << QString() << QString() << QStringList() << QString() << false << false << false;
    QTest::newRow("empty object") << QByteArray("{}") << QString() << QString() << QStringList()
                                  << QString() << false << false << false;
    QTest::newRow("raw NUL byte inside the URL")
        << QByteArray("{\"webhookUrl\":\"" + QByteArray(1, '\0') + "\"}") << QString()
        << QString(QChar(0)) << QStringList() << QString() << false << true << false;
    QTest::newRow("NUL inside the URL")
        << QByteArray("{\"webhookUrl\":\"https://partner.example/\\u0000\"}") << QString()
        << QString(QStringLiteral("https://partner.example/") + QChar(0)) << QStringList()
        << QString() << false << true << false;
}

void TestResponseParser::registration()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, subscriberId);
    QFETCH(QString, webhookUrl);
    QFETCH(QStringList, events);
    QFETCH(QString, lastModified);
    QFETCH(bool, signatureInHeader);
    QFETCH(bool, exists);
    QFETCH(bool, hasTestCreated);

    const Registration parsed = ResponseParser::registration(body);
    QCOMPARE(parsed.parsed, true);
    QCOMPARE(parsed.subscriberId, subscriberId);
    QCOMPARE(parsed.webhookUrl, webhookUrl);
    QCOMPARE(parsed.events, events);
    QCOMPARE(parsed.lastModified, lastModified);
    QCOMPARE(parsed.signatureInMsSignatureHeader, signatureInHeader);
    QCOMPARE(parsed.exists(), exists);
    QCOMPARE(parsed.hasEvent(QStringLiteral("test-created")), hasTestCreated);
}

void TestResponseParser::registrationRefused_data()
{
    QTest::addColumn<QByteArray>("body");

    addUnreadableBodies();
    QTest::newRow("event array") << QByteArray("[\"test-created\"]");
    QTest::newRow("array of registrations")
        << QByteArray("[{\"webhookUrl\":\"https://partner.example/webhook\"}]");
}

void TestResponseParser::registrationRefused()
{
    QFETCH(QByteArray, body);

    const Registration parsed = ResponseParser::registration(body);
    QCOMPARE(parsed.parsed, false);
    QCOMPARE(parsed.subscriberId, QString());
    QCOMPARE(parsed.webhookUrl, QString());
    QCOMPARE(parsed.events, QStringList());
    QCOMPARE(parsed.lastModified, QString());
    QCOMPARE(parsed.signatureInMsSignatureHeader, false);
    QCOMPARE(parsed.exists(), false);
    QCOMPARE(parsed.hasEvent(QStringLiteral("test-created")), false);
}

void TestResponseParser::registrationHostile()
{
    const int cap = ResponseParser::MaxDescriptionLength;
    const QByteArray huge = "START" + QByteArray(10 * 1024 * 1024, 'x');
    const QString expected = QString::fromLatin1(huge.left(cap));
    QByteArray events = "[" + quoted(huge);
    for (int i = 0; i < 100000; ++i)
        events += ",\"event-" + QByteArray::number(i) + '"';
    events += ",\"test-created\"]";
    const QByteArray body = "{\"subscriberId\":" + quoted(huge) + ",\"webhookUrl\":\"https://"
        + huge + "\",\"webhookEvents\":" + events + ",\"lastModifiedTimestamp\":" + quoted(huge)
        + ",\"signatureTokenToMsSignatureHeader\":" + quoted(huge) + "}";

    const Registration parsed = ResponseParser::registration(body);
    QCOMPARE(parsed.parsed, true);
    QCOMPARE(parsed.subscriberId, expected);
    QCOMPARE(parsed.webhookUrl, QString::fromLatin1("https://" + huge.left(cap - 8)));
    QCOMPARE(parsed.exists(), true);
    QCOMPARE(parsed.lastModified, expected);
    QCOMPARE(parsed.signatureInMsSignatureHeader, false);
    QCOMPARE(parsed.events.size(), 200);
    QCOMPARE(parsed.events.first(), expected);
    QCOMPARE(parsed.events.at(1), QStringLiteral("event-0"));
    QCOMPARE(parsed.events.last(), QStringLiteral("event-198"));
    // Past the cap, so not seen.
    QCOMPARE(parsed.hasEvent(QStringLiteral("test-created")), false);
}

void TestResponseParser::hasEvent_data()
{
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("event");
    QTest::addColumn<bool>("expected");

    const QStringList events {
        QStringLiteral("subscription-updated"), QStringLiteral("Test-Created")};
    QTest::newRow("same case") << events << QStringLiteral("Test-Created") << true;
    QTest::newRow("lower case") << events << QStringLiteral("test-created") << true;
    QTest::newRow("upper case") << events << QStringLiteral("SUBSCRIPTION-UPDATED") << true;
    QTest::newRow("prefix") << events << QStringLiteral("test") << false;
    QTest::newRow("longer") << events << QStringLiteral("test-created-2") << false;
    QTest::newRow("other event") << events << QStringLiteral("referral-created") << false;
    QTest::newRow("empty name") << events << QString() << false;
    QTest::newRow("no events") << QStringList() << QStringLiteral("test-created") << false;
}

void TestResponseParser::hasEvent()
{
    QFETCH(QStringList, events);
    QFETCH(QString, event);
    QFETCH(bool, expected);

    Registration registration;
    registration.events = events;
    QCOMPARE(registration.hasEvent(event), expected);
}

void TestResponseParser::eventNames_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("documented") << QByteArray(
        "[\"subscription-updated\",\"test-created\",\"usage-records-updated\"]")
                                << QStringList {QStringLiteral("subscription-updated"),
                                       QStringLiteral("test-created"),
                                       QStringLiteral("usage-records-updated")};
    QTest::newRow("pretty-printed with BOM")
        << QByteArray("\xEF\xBB\xBF[\r\n  \"test-created\",\r\n  \"referral-created\"\r\n]\r\n")
        << QStringList {QStringLiteral("test-created"), QStringLiteral("referral-created")};
    QTest::newRow("empty array") << QByteArray("[]") << QStringList();
    QTest::newRow("mixed types") << QByteArray(
        "[1,\"test-created\",null,true,{\"name\":\"x\"},[\"nested\"],2.5,"
        "\"subscription-updated\"]")
                                 << QStringList {QStringLiteral("test-created"),
                                        QStringLiteral("subscription-updated")};
    QTest::newRow("only other types") << QByteArray("[1,null,{}]") << QStringList();
    QTest::newRow("duplicates and case kept")
        << QByteArray("[\"test-created\",\"Test-Created\",\"test-created\"]")
        << QStringList {QStringLiteral("test-created"), QStringLiteral("Test-Created"),
               QStringLiteral("test-created")};
    QTest::newRow("empty and white-space names kept") << QByteArray(
        "[\"\",\" test-created \"]") << QStringList {QString(), QStringLiteral(" test-created ")};
    QTest::newRow("NUL inside a name")
        << QByteArray("[\"test\\u0000created\"]")
        << QStringList {QString(QStringLiteral("test") + QChar(0) + QStringLiteral("created"))};
    QTest::newRow("raw NUL byte inside a name")
        << QByteArray("[\"test" + QByteArray(1, '\0') + "created\"]")
        << QStringList {QString(QStringLiteral("test") + QChar(0) + QStringLiteral("created"))};
    QTest::newRow("deep but within the parser's limit")
        << QByteArray("[\"test-created\"," + nested(1000, QByteArray("\"deep\"")) + "]")
        << QStringList {QStringLiteral("test-created")};
}

void TestResponseParser::eventNames()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);

    const std::optional<QStringList> names = ResponseParser::eventNames(body);
    QVERIFY(names.has_value());
    QCOMPARE(*names, expected);
}

void TestResponseParser::eventNamesRefused_data()
{
    QTest::addColumn<QByteArray>("body");

    addUnreadableBodies();
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("wrapped in an object") << QByteArray("{\"value\":[\"test-created\"]}");
    QTest::newRow("registration") << QByteArray("{\"webhookUrl\":\"https://partner.example/"
                                                "webhook\",\"webhookEvents\":[\"test-created\"]}");
    QTest::newRow("comma-separated text") << QByteArray("test-created,subscription-updated");
}

void TestResponseParser::eventNamesRefused()
{
    QFETCH(QByteArray, body);

    QVERIFY(!ResponseParser::eventNames(body).has_value());
}

void TestResponseParser::eventNamesHostile()
{
    const int cap = ResponseParser::MaxDescriptionLength;
    const QByteArray huge = "START" + QByteArray(10 * 1024 * 1024, 'x');
    QByteArray body = "[" + quoted(huge);
    for (int i = 0; i < 100000; ++i)
        body += ",null,\"event-" + QByteArray::number(i) + '"';
    body += ']';

    const std::optional<QStringList> names = ResponseParser::eventNames(body);
    QVERIFY(names.has_value());
    QCOMPARE(names->size(), 200);
    QCOMPARE(names->first(), QString::fromLatin1(huge.left(cap)));
    QCOMPARE(names->at(1), QStringLiteral("event-0"));
    QCOMPARE(names->last(), QStringLiteral("event-198"));
}

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
