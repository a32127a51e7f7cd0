#include "api/ResponseParser.h"

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

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
