// webhook-diag-cli as a user or script runs it: a real child process against the fake Partner
// Center, checking output, exit codes, what reached the server and what landed in the history.
#include "CliRunner.h"
#include "FakePartnerCenter.h"
#include "history/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray Token = "eyJhbGciOiJub25lIn0.cli-secret-token-5d41402abc4b2a76";
const QByteArray CorrelationId = FakePartnerCenter::DefaultCorrelationId;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sendPrintsCorrelationIdAlone();
    void sendJsonPrintsTheRecordedCall();
    void exitCodesFollowTheContract_data();
    void exitCodesFollowTheContract();
    void noResponseSuggestsIdempotentRetry();
    void requestIdIsReused();
    void refusedInputSendsNothing_data();
    void refusedInputSendsNothing();
    void tokenSources_data();
    void tokenSources();
    void environmentChoosesHistoryAndBaseUrl();
    void historyListsFiltersAndLimits();
    void exportWritesContractCsv();
    void exportToUnwritablePathFailsCleanly();
    void serverTextCannotDriveTheTerminal();
    void tokenNeverStoredOrPrinted();
    void helpAndVersion();

private:
    QStringList globalArgs() const;
    QProcessEnvironment envWithToken() const;
    QString historyPath() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakePartnerCenter> m_server;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<FakePartnerCenter>();
    QVERIFY(m_server->listen());
}

void TestCli::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

QStringList TestCli::globalArgs() const
{
    return {QStringLiteral("--history"), historyPath(), QStringLiteral("--base-url"),
        m_server->baseUrl().toString()};
}

QProcessEnvironment TestCli::envWithToken() const
{
    QProcessEnvironment env = CliRunner::cleanEnvironment();
    env.insert(QStringLiteral("PARTNER_CENTER_TOKEN"), QString::fromLatin1(Token));
    return env;
}

void TestCli::sendPrintsCorrelationIdAlone()
{
    const CliResult result = CliRunner::run(globalArgs() << QStringLiteral("send"), envWithToken());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, CorrelationId + '\n');
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->header(0, "Authorization"), "Bearer " + Token);

    HistoryStore store;
    QVERIFY(store.open(historyPath()));
    const QList<CallRecord> calls = store.find({});
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().correlationId, QString::fromLatin1(CorrelationId));
    QCOMPARE(calls.first().msCorrelationId,
        QString::fromLatin1(m_server->header(0, "MS-CorrelationId")));
    QCOMPARE(calls.first().msRequestId, QString::fromLatin1(m_server->header(0, "MS-RequestId")));
    QCOMPARE(calls.first().outcome, Outcome::Success);
}

void TestCli::sendJsonPrintsTheRecordedCall()
{
    const CliResult result
        = CliRunner::run(globalArgs() << QStringLiteral("send") << QStringLiteral("--api-version")
                                      << QStringLiteral("V1") << QStringLiteral("--json"),
            envWithToken());
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error {};
    const QJsonObject call = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(call.value(QStringLiteral("correlation_id")).toString(),
        QString::fromLatin1(CorrelationId));
    QCOMPARE(call.value(QStringLiteral("ms_correlationid")).toString(),
        QString::fromLatin1(m_server->header(0, "MS-CorrelationId")));
    QCOMPARE(call.value(QStringLiteral("ms_requestid")).toString(),
        QString::fromLatin1(m_server->header(0, "MS-RequestId")));
    QCOMPARE(call.value(QStringLiteral("http_status")).toInt(), 200);
    QCOMPARE(call.value(QStringLiteral("outcome")).toString(), QStringLiteral("success"));
    QCOMPARE(call.value(QStringLiteral("api_version")).toString(), QStringLiteral("v1"));
    QVERIFY(call.value(QStringLiteral("id")).toInteger() > 0);
}

void TestCli::exitCodesFollowTheContract_data()
{
    QTest::addColumn<int>("status"); // 0: silent server, -1: dropped connection
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("stderrText");
    const QByteArray pcError = "error 600008: The token is expired.";
    QTest::newRow("400") << 400 << 2
                         << "Partner Center answered HTTP 400 Bad Request with " + pcError;
    QTest::newRow("401") << 401 << 2
                         << "Partner Center answered HTTP 401 Unauthorized with " + pcError;
    QTest::newRow("403") << 403 << 2 << "HTTP 403 Forbidden with " + pcError;
    QTest::newRow("404") << 404 << 2 << "HTTP 404 Not Found with " + pcError;
    QTest::newRow("429")
        << 429 << 3
        << QByteArray(
               "HTTP 429 Too Many Requests: Rate limit is exceeded. Retry after 17 seconds.");
    QTest::newRow("500") << 500 << 3 << "HTTP 500 Internal Server Error with " + pcError;
    QTest::newRow("503") << 503 << 3 << "HTTP 503 Service Unavailable with " + pcError;
    QTest::newRow("timeout") << 0 << 4
                             << QByteArray("No HTTP response: No response within 1 second.");
    QTest::newRow("dropped") << -1 << 4 << QByteArray("No HTTP response:");
}

void TestCli::exitCodesFollowTheContract()
{
    QFETCH(int, status);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, stderrText);
    if (status == 0)
        m_server->enqueue(FakePartnerCenter::silent());
    else if (status == -1)
        for (int i = 0; i < 5; ++i) // Qt re-sends once on a fresh connection; drop them all
            m_server->enqueue(FakePartnerCenter::drop());
    else if (status == 429)
        m_server->enqueue(FakePartnerCenter::json(429,
            R"({"statusCode":429,"message":"Rate limit is exceeded."})", {{"Retry-After", "17"}}));
    else
        m_server->enqueue(FakePartnerCenter::json(status,
            R"({"code":"600008","description":"The token is expired.","source":"PartnerCenter"})"));

    const CliResult result = CliRunner::run(globalArgs()
            << QStringLiteral("--timeout") << QStringLiteral("1") << QStringLiteral("send"),
        envWithToken());
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.out, QByteArray());
    QVERIFY2(result.err.contains(stderrText), result.err.constData());
    QVERIFY2(result.err.contains(
                 QByteArray("Sent MS-CorrelationId " + m_server->header(0, "MS-CorrelationId"))),
        result.err.constData());
    QCOMPARE(result.err.count('\n'), 1); // one readable sentence

    HistoryStore store;
    QVERIFY(store.open(historyPath()));
    QCOMPARE(store.count({}), std::optional<qint64>(1));
    const CallRecord call = store.find({}).first();
    QCOMPARE(call.httpStatus, status > 0 ? std::optional<int>(status) : std::nullopt);
    QCOMPARE(call.msRequestId, QString::fromLatin1(m_server->header(0, "MS-RequestId")));
}

void TestCli::noResponseSuggestsIdempotentRetry()
{
    m_server->enqueue(FakePartnerCenter::silent());
    const CliResult first = CliRunner::run(globalArgs()
            << QStringLiteral("--timeout") << QStringLiteral("1") << QStringLiteral("send"),
        envWithToken());
    QCOMPARE(first.exitCode, 4);
    const QByteArray requestId = m_server->header(0, "MS-RequestId");
    QVERIFY2(
        first.err.contains(QByteArray("run send --retry-of " + requestId)), first.err.constData());

    const CliResult retry
        = CliRunner::run(globalArgs() << QStringLiteral("send") << QStringLiteral("--request-id")
                                      << QString::fromLatin1(requestId),
            envWithToken());
    QCOMPARE(retry.exitCode, 0);
    QCOMPARE(m_server->header(1, "MS-RequestId"), requestId);
    QVERIFY(m_server->header(1, "MS-CorrelationId") != m_server->header(0, "MS-CorrelationId"));
}

void TestCli::requestIdIsReused()
{
    const CliResult result
        = CliRunner::run(globalArgs() << QStringLiteral("send") << QStringLiteral("--request-id")
                                      << QStringLiteral("{3F2504E0-4F89-11D3-9A0C-0305E82C3301}"),
            envWithToken());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(
        m_server->header(0, "MS-RequestId"), QByteArray("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
}

void TestCli::refusedInputSendsNothing_data()
{
    QTest::addColumn<QStringList>("arguments"); // after the global --history/--base-url
    QTest::addColumn<QByteArray>("tokenEnv");
    QTest::addColumn<QByteArray>("tokenFile"); // written to a file and passed when set
    QTest::addColumn<QByteArray>("stderrText");

    const QByteArray versionRule = "The API version must be a number such as 1 or v1";
    QTest::newRow("version ../x") << QStringList {QStringLiteral("send"),
        QStringLiteral("--api-version"), QStringLiteral("../x")}
                                  << Token << QByteArray() << versionRule;
    QTest::newRow("version v1/..") << QStringList {QStringLiteral("send"),
        QStringLiteral("--api-version"), QStringLiteral("v1/..")}
                                   << Token << QByteArray() << versionRule;
    QTest::newRow("version with space") << QStringList {QStringLiteral("send"),
        QStringLiteral("--api-version"), QStringLiteral("v 1")}
                                        << Token << QByteArray() << versionRule;
    QTest::newRow("version ?") << QStringList {QStringLiteral("send"),
        QStringLiteral("--api-version"), QStringLiteral("v1?a=b")}
                               << Token << QByteArray() << versionRule;
    QTest::newRow("version empty")
        << QStringList {QStringLiteral("send"), QStringLiteral("--api-version"), QString()} << Token
        << QByteArray() << versionRule;
    QTest::newRow("no token") << QStringList {QStringLiteral("send")} << QByteArray()
                              << QByteArray() << QByteArray("no token: set PARTNER_CENTER_TOKEN");
    QTest::newRow("empty bearer") << QStringList {QStringLiteral("send")} << QByteArray("Bearer   ")
                                  << QByteArray() << QByteArray("The access token is empty");
    QTest::newRow("token CRLF injection")
        << QStringList {QStringLiteral("send")} << QByteArray()
        << QByteArray(Token + "\r\nX-Injected: 1") << QByteArray("control character");
    QTest::newRow("token NUL") << QStringList {QStringLiteral("send")} << QByteArray()
                               << QByteArray(Token + QByteArray(1, '\0') + "x")
                               << QByteArray("control character");
    QTest::newRow("token DEL") << QStringList {QStringLiteral("send")} << QByteArray()
                               << QByteArray(Token + "\x7f") << QByteArray("control character");
    QTest::newRow("token on command line")
        << QStringList {QStringLiteral("send"), QStringLiteral("--token"),
               QString::fromLatin1(Token)}
        << Token << QByteArray() << QByteArray("never accepted on the command line");
    QTest::newRow("bad request id") << QStringList {QStringLiteral("send"),
        QStringLiteral("--request-id"), QStringLiteral("abc")}
                                    << Token << QByteArray() << QByteArray("must be a GUID");
    QTest::newRow("bad timeout") << QStringList {QStringLiteral("--timeout"), QStringLiteral("0"),
        QStringLiteral("send")} << Token
                                 << QByteArray() << QByteArray("from 1 to 3600");
    QTest::newRow("http to a remote host")
        << QStringList {QStringLiteral("--base-url"), QStringLiteral("http://example.com"),
               QStringLiteral("send")}
        << Token << QByteArray() << QByteArray("http:// is accepted only for this computer");
    QTest::newRow("ftp base url") << QStringList {QStringLiteral("--base-url"),
        QStringLiteral("ftp://127.0.0.1/"), QStringLiteral("send")}
                                  << Token << QByteArray()
                                  << QByteArray("must start with https://");
    QTest::newRow("unknown command") << QStringList {QStringLiteral("sned")} << Token
                                     << QByteArray() << QByteArray("unknown command \"sned\"");
    QTest::newRow("option of another command")
        << QStringList {QStringLiteral("send"), QStringLiteral("--search"), QStringLiteral("x")}
        << Token << QByteArray() << QByteArray("--search cannot be used with send");
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("send"), QStringLiteral("--frobnicate")} << Token
        << QByteArray() << QByteArray("Unknown option 'frobnicate'");
}

void TestCli::refusedInputSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, tokenEnv);
    QFETCH(QByteArray, tokenFile);
    QFETCH(QByteArray, stderrText);

    QProcessEnvironment env = CliRunner::cleanEnvironment();
    if (!tokenEnv.isEmpty())
        env.insert(QStringLiteral("PARTNER_CENTER_TOKEN"), QString::fromLatin1(tokenEnv));
    QStringList args = globalArgs();
    if (!tokenFile.isEmpty()) {
        const QString path = m_dir->filePath(QStringLiteral("token.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(tokenFile);
        file.close();
        args << QStringLiteral("--token-file") << path;
    }
    const CliResult result = CliRunner::run(args + arguments, env);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QByteArray());
    QVERIFY2(result.err.contains(stderrText), result.err.constData());
    QVERIFY2(!result.err.contains(Token), result.err.constData());
    QTest::qWait(50);
    QCOMPARE(m_server->connectionCount(), 0);
    QCOMPARE(m_server->requests().size(), 0);
    if (QFile::exists(historyPath())) {
        HistoryStore store;
        QVERIFY(store.open(historyPath()));
        QCOMPARE(store.count({}), std::optional<qint64>(0));
    }
}

void TestCli::tokenSources_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QByteArray>("given");
    QTest::newRow("env with Bearer prefix")
        << QStringLiteral("env") << QByteArray("  Bearer " + Token + "  ");
    QTest::newRow("file with newline")
        << QStringLiteral("file") << QByteArray("bearer " + Token + "\n");
    QTest::newRow("stdin with CRLF") << QStringLiteral("stdin") << QByteArray(Token + "\r\n");
    QTest::newRow("file wins over env") << QStringLiteral("file+env") << QByteArray(Token);
}

void TestCli::tokenSources()
{
    QFETCH(QString, source);
    QFETCH(QByteArray, given);
    QProcessEnvironment env = CliRunner::cleanEnvironment();
    QStringList args = globalArgs();
    QByteArray input;
    if (source.startsWith(QLatin1String("env")))
        env.insert(QStringLiteral("PARTNER_CENTER_TOKEN"), QString::fromLatin1(given));
    if (source.startsWith(QLatin1String("file"))) {
        const QString path = m_dir->filePath(QStringLiteral("token.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(given);
        file.close();
        args << QStringLiteral("--token-file") << path;
        if (source.endsWith(QLatin1String("env")))
            env.insert(QStringLiteral("PARTNER_CENTER_TOKEN"), QStringLiteral("other-token"));
    }
    if (source == QLatin1String("stdin")) {
        args << QStringLiteral("--token-stdin");
        input = given;
    }
    const CliResult result = CliRunner::run(args << QStringLiteral("send"), env, input);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_server->header(0, "Authorization"), "Bearer " + Token);
}

void TestCli::environmentChoosesHistoryAndBaseUrl()
{
    QProcessEnvironment env = envWithToken();
    env.insert(QStringLiteral("WEBHOOK_DIAG_HISTORY"), historyPath());
    env.insert(QStringLiteral("WEBHOOK_DIAG_BASE_URL"),
        m_server->baseUrl().toString() + QStringLiteral("/"));
    const CliResult result = CliRunner::run({QStringLiteral("send")}, env);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_server->requestLine(0),
        QByteArray("POST /webhooks/v1/registration/validationEvents HTTP/1.1"));
    HistoryStore store;
    QVERIFY(store.open(historyPath()));
    QCOMPARE(store.count({}), std::optional<qint64>(1));
}

void TestCli::historyListsFiltersAndLimits()
{
    m_server->enqueue(FakePartnerCenter::json(
        200, R"({"correlationId":"aaaaaaaa-0000-4000-8000-000000000001"})"));
    m_server->enqueue(
        FakePartnerCenter::json(401, R"({"code":900401,"description":"Audience mismatch"})"));
    m_server->enqueue(FakePartnerCenter::json(
        200, R"({"correlationId":"aaaaaaaa-0000-4000-8000-000000000003"})"));
    // --no-wait: three events within a minute are more than Partner Center accepts.
    for (int i = 0; i < 3; ++i)
        CliRunner::run(
            globalArgs() << QStringLiteral("send") << QStringLiteral("--no-wait"), envWithToken());
    QCOMPARE(m_server->requests().size(), 3);

    const auto historyJson = [this](const QStringList &extra) {
        const CliResult result = CliRunner::run(
            globalArgs() << QStringLiteral("history") << QStringLiteral("--json") << extra);
        [&] {
            QCOMPARE(result.exitCode, 0);
        }();
        return QJsonDocument::fromJson(result.out).array();
    };
    const QJsonArray all = historyJson({});
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).toObject().value(QStringLiteral("correlation_id")).toString(),
        QStringLiteral("aaaaaaaa-0000-4000-8000-000000000003"));
    QCOMPARE(all.at(2).toObject().value(QStringLiteral("correlation_id")).toString(),
        QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"));
    QCOMPARE(all.at(1).toObject().value(QStringLiteral("ms_requestid")).toString(),
        QString::fromLatin1(m_server->header(1, "MS-RequestId")));

    const QJsonArray bySearch
        = historyJson({QStringLiteral("--search"), QStringLiteral("8000-000000000001")});
    QCOMPARE(bySearch.size(), 1);
    QCOMPARE(bySearch.at(0).toObject().value(QStringLiteral("correlation_id")).toString(),
        QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"));
    const QJsonArray byOutcome
        = historyJson({QStringLiteral("--outcome"), QStringLiteral("client-error")});
    QCOMPARE(byOutcome.size(), 1);
    QCOMPARE(byOutcome.at(0).toObject().value(QStringLiteral("error_code")).toString(),
        QStringLiteral("900401"));
    const QJsonArray bySentId = historyJson({QStringLiteral("--search"),
        QString::fromLatin1(m_server->header(2, "MS-CorrelationId").left(13))});
    QCOMPARE(bySentId.size(), 1);
    QCOMPARE(historyJson({QStringLiteral("--limit"), QStringLiteral("2")}).size(), 2);
    QCOMPARE(historyJson({QStringLiteral("--search"), QStringLiteral("no-such-thing")}).size(), 0);

    const CliResult table = CliRunner::run(globalArgs() << QStringLiteral("history"));
    QCOMPARE(table.exitCode, 0);
    const QList<QByteArray> lines = table.out.split('\n');
    QCOMPARE(lines.size(), 5); // header, three calls, final empty piece
    QVERIFY(lines.at(0).startsWith("sent_at_utc\tapi_version\thttp_status\toutcome"));
    QVERIFY2(lines.at(2).contains("\t401\tclient-error\t-\t"), lines.at(2).constData());
    QVERIFY2(lines.at(2).endsWith("900401: Audience mismatch"), lines.at(2).constData());

    const CliResult badOutcome = CliRunner::run(globalArgs()
        << QStringLiteral("history") << QStringLiteral("--outcome") << QStringLiteral("fine"));
    QCOMPARE(badOutcome.exitCode, 1);
    QVERIFY(badOutcome.err.contains("unknown outcome \"fine\""));
}

void TestCli::exportWritesContractCsv()
{
    m_server->enqueue(FakePartnerCenter::json(
        400, R"json({"code":"=HYPERLINK(1)","description":"bad, \"input\""})json"));
    CliRunner::run(globalArgs() << QStringLiteral("send"), envWithToken());
    CliRunner::run(globalArgs() << QStringLiteral("send"), envWithToken());

    const QString csvPath = m_dir->filePath(QStringLiteral("out.csv"));
    const CliResult result = CliRunner::run(
        globalArgs() << QStringLiteral("export") << QStringLiteral("--output") << csvPath);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, "Exported 2 calls to " + csvPath.toUtf8() + ".\n");

    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "sent_at_utc,api_version,outcome,http_status,correlation_id,"
                           "ms_correlationid,ms_requestid,duration_ms,error_code,"
                           "error_description,error_body,"));
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    QCOMPARE(lines.size(), 4);
    for (int i = 0; i < 3; ++i)
        QVERIFY(lines.at(i).endsWith('\r'));
    QVERIFY2(lines.at(1).contains(QByteArray(",v1,success,200," + CorrelationId + ','
                 + m_server->header(1, "MS-CorrelationId") + ','
                 + m_server->header(1, "MS-RequestId") + ',')),
        lines.at(1).constData());
    QVERIFY2(lines.at(2).contains(
                 QByteArray(",v1,client-error,400,," + m_server->header(0, "MS-CorrelationId"))),
        lines.at(2).constData());
    QVERIFY2(
        lines.at(2).contains(",'=HYPERLINK(1),\"bad, \"\"input\"\"\","), lines.at(2).constData());

    const CliResult filtered = CliRunner::run(globalArgs()
        << QStringLiteral("export") << QStringLiteral("--output") << csvPath
        << QStringLiteral("--outcome") << QStringLiteral("client-error"));
    QCOMPARE(filtered.exitCode, 0);
    QCOMPARE(filtered.out, "Exported 1 call to " + csvPath.toUtf8() + ".\n");
}

void TestCli::exportToUnwritablePathFailsCleanly()
{
    CliRunner::run(globalArgs() << QStringLiteral("send"), envWithToken());
    const QString target = m_dir->filePath(QStringLiteral("missing-folder/out.csv"));
    const CliResult result = CliRunner::run(
        globalArgs() << QStringLiteral("export") << QStringLiteral("--output") << target);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(QByteArray("webhook-diag-cli: Cannot write " + target.toUtf8())),
        result.err.constData());
    QVERIFY(!QFile::exists(target));
    QCOMPARE(
        QDir(m_dir->path()).entryList(QDir::Files).filter(QStringLiteral("out")), QStringList());

    const CliResult missing = CliRunner::run(globalArgs() << QStringLiteral("export"));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("export needs --output FILE."));
}

void TestCli::serverTextCannotDriveTheTerminal()
{
    m_server->enqueue(FakePartnerCenter::json(400,
        "{\"code\":\"1\\u001b[2J\",\"description\":\"evil\\u001b]0;"
        "title\\u0007\\r\\nnext\\u009b\"}"));
    const CliResult result = CliRunner::run(globalArgs() << QStringLiteral("send"), envWithToken());
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.contains('\x1b'));
    QVERIFY(!result.err.contains('\x07'));
    QVERIFY(!result.err.contains('\r'));
    QVERIFY(!result.err.contains("\xc2\x9b"));
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.contains("evil"), result.err.constData());

    // JSON output keeps the text (escaped), but no raw terminal-driving character.
    const CliResult json
        = CliRunner::run(globalArgs() << QStringLiteral("history") << QStringLiteral("--json"));
    QCOMPARE(json.exitCode, 0);
    QVERIFY(!json.out.contains("\xc2\x9b"));
    QVERIFY(!json.out.contains('\x1b'));
    QVERIFY2(json.out.contains("\\u009b"), json.out.constData());
    const QJsonArray calls = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(calls.size(), 1);
    QVERIFY(calls.at(0)
                .toObject()
                .value(QStringLiteral("error_description"))
                .toString()
                .contains(QChar(0x9b)));
}

void TestCli::tokenNeverStoredOrPrinted()
{
    // Keep a connection open so the write-ahead log stays on disk to be scanned as well.
    HistoryStore keeper;
    QVERIFY(keeper.open(historyPath()));

    m_server->enqueue(FakePartnerCenter::json(
        200, R"({"correlationId":"aaaaaaaa-0000-4000-8000-000000000001"})"));
    m_server->enqueue(FakePartnerCenter::json(401, R"({"code":1,"description":"bad token"})",
        {{"WWW-Authenticate", "Bearer realm=\"x\""}}));
    m_server->enqueue(FakePartnerCenter::drop());
    QByteArray printed;
    for (const QStringList &extra :
        {QStringList {}, QStringList {QStringLiteral("--json")}, QStringList {}}) {
        const CliResult r = CliRunner::run(
            globalArgs() << QStringLiteral("send") << QStringLiteral("--no-wait") << extra,
            envWithToken());
        printed += r.out + r.err;
    }
    const QString csvPath = m_dir->filePath(QStringLiteral("all.csv"));
    for (const QStringList &command : {QStringList {QStringLiteral("history")},
             QStringList {QStringLiteral("history"), QStringLiteral("--json")},
             QStringList {QStringLiteral("export"), QStringLiteral("--output"), csvPath}}) {
        const CliResult r = CliRunner::run(globalArgs() + command);
        QCOMPARE(r.exitCode, 0);
        printed += r.out + r.err;
    }
    QCOMPARE(keeper.count({}), std::optional<qint64>(3));
    QCOMPARE(m_server->header(0, "Authorization"), "Bearer " + Token);

    const QByteArray secret = Token.mid(Token.indexOf('.') + 1); // the distinctive part
    QVERIFY(!printed.contains(secret));
    int scanned = 0;
    for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(secret), qPrintable(name));
        QVERIFY2(!bytes.contains(QByteArray::fromRawData(
                     reinterpret_cast<const char *>(QString::fromLatin1(secret).utf16()),
                     secret.size() * 2)),
            qPrintable(name));
        ++scanned;
    }
    QVERIFY(QFile::exists(historyPath() + QStringLiteral("-wal")));
    QVERIFY2(scanned >= 3, qPrintable(QString::number(scanned))); // database, WAL, CSV (and -shm)
}

void TestCli::helpAndVersion()
{
    const CliResult help = CliRunner::run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.startsWith(
        "Usage: webhook-diag-cli [global options] <command> [command options]"));
    for (const char *text : {"send [--api-version V] [--request-id GUID] [--retry-of ID] "
                             "[--auto-retry]\n       [--force] [--no-wait] [--json]",
             "status CORRELATION_ID [--wait] [--json]", "registration [--json]",
             "history [--search TEXT] [--outcome O] [--limit N] [--json]",
             "export --output FILE [--search TEXT] [--outcome O]", "PARTNER_CENTER_TOKEN",
             "Exit codes: 0 success, 1 usage"})
        QVERIFY2(help.out.contains(text), text);

    const CliResult version = CliRunner::run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QByteArray("webhook-diag-cli " WEBHOOK_DIAG_VERSION "\n"));

    const CliResult none = CliRunner::run({});
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.err.contains("no command given"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
