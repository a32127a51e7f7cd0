// Reliability of the history and of what the programs leave behind: webhook-diag-cli killed with
// SIGKILL at random moments of a send (nothing the server saw is lost, nothing is left pending,
// the database stays intact), several CLI processes and an in-process HistoryStore writing one
// file at once (no "database is locked", no duplicates, no pending leftovers), and an audit that
// the access token is nowhere on disk or in any output. The figures are printed with qInfo() for
// the README. WEBHOOK_DIAG_RELIABILITY_SEED repeats a run's random choices;
// WEBHOOK_DIAG_STRESS_CALLS sets the calls per concurrent writer (default 250).
#include "CliRunner.h"
#include "FakePartnerCenter.h"
#include "api/ApiClient.h"
#include "api/CallRequest.h"
#include "api/PendingCall.h"
#include "history/HistoryStore.h"

#include <QByteArrayMatcher>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

using namespace std::chrono_literals;

namespace {

const QByteArray PostPath = "/webhooks/v1/registration/validationEvents";
const QByteArray TenantId = "7e57aaaa-1111-4222-8333-444455556666";
const QByteArray AppId = "7e57bbbb-7777-4888-9999-000011112222";
const QByteArray PartnerCenterAudience = "https://api.partnercenter.microsoft.com";
const QByteArray CorrelationId = FakePartnerCenter::DefaultCorrelationId;
const QByteArray PartnerCenterError
    = R"({"code":"600008","description":"The token is expired.","source":"PartnerCenter"})";
const QByteArray DeliveryCompleted = R"({"correlationId":"04af2aea-d413-42db-824e-f328001484d1",)"
                                     R"("partnerId":"00234d9d-8c1c-4a7a-9c7b-1d7c1e5f8a10",)"
                                     R"("status":"completed",)"
                                     R"("callbackUrl":"https://partner.example/webhook",)"
                                     R"("results":[{"responseCode":"200","responseMessage":"OK",)"
                                     R"("systemError":false,)"
                                     R"("dateTimeUtc":"2024-05-01T10:00:01.5"}]})";
const QByteArray Registration = R"({"subscriberId":"00234d9d-8c1c-4a7a-9c7b-1d7c1e5f8a10",)"
                                R"("webhookUrl":"https://partner.example/webhook",)"
                                R"("webhookEvents":["test-created","subscription-updated"],)"
                                R"("signatureTokenToMsSignatureHeader":false,)"
                                R"("lastModifiedTimestamp":"2024-05-01T10:00:00Z"})";
const QByteArray AvailableEvents = R"(["subscription-updated","test-created"])";

// Kills land from before the program opens the history until after it exited: the delay is
// drawn from 0 to 1.5 times what an undisturbed send takes here (measured first), kept within
// MinKillSpreadMs..MaxKillSpreadMs. A fixed 0..120 ms would put most kills after the exit on a
// fast machine, where a send takes some 30 ms.
// Runs go on until this many kills landed while the program ran (some runs end first).
constexpr int CrashKills = 100;
constexpr int MaxCrashRuns = 300;
constexpr int CalibrationRuns = 5;
constexpr int MinKillSpreadMs = 40;
constexpr int MaxKillSpreadMs = 120;
constexpr int MaxAnswerDelayMs = 25;
constexpr int ConcurrentCliWriters = 4;

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool isBusyText(const QByteArray &text)
{
    const QByteArray lower = text.toLower();
    return lower.contains("locked") || lower.contains("busy");
}

// A Partner Center stand-in that answers every request after a random delay (0..maxDelayMs)
// with a correlationId of its own (correlationIdFor(request index)), and remembers when it
// answered. FakePartnerCenter answers at once with a fixed ID; these tests need both the delay
// (so kills land while a call waits) and IDs that tell the calls apart.
class DelayedPartnerCenter : public QObject
{
public:
    DelayedPartnerCenter(quint32 seed, int maxDelayMs)
        : m_random(seed)
        , m_maxDelayMs(maxDelayMs)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString baseUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
    }
    int requestCount() const { return int(m_requests.size()); }
    int openConnections() const { return m_open; }
    // The correlationId request i is (or would have been) answered with.
    static QByteArray correlationIdFor(int request)
    {
        return "c0ffee00-7e57-4c0d-8e11-" + QByteArray::number(request).rightJustified(12, '0');
    }
    // When request i was answered (ms since the epoch), -1 when it never was.
    qint64 answeredAtMs(int request) const { return m_answeredAtMs.value(request, -1); }
    QByteArray header(int request, const QByteArray &name) const
    {
        const QByteArray raw = m_requests.value(request);
        const QList<QByteArray> lines = raw.left(raw.indexOf("\r\n\r\n")).split('\n');
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const int colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return QByteArray();
    }
    QByteArray requestLine(int request) const
    {
        const QByteArray raw = m_requests.value(request);
        return raw.left(raw.indexOf("\r\n"));
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_open;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            // A client killed with unread data resets the connection: count it closed either way.
            const auto closed = [this, socket] {
                if (socket->property("closed").toBool())
                    return;
                socket->setProperty("closed", true);
                --m_open;
                socket->deleteLater();
            };
            connect(socket, &QTcpSocket::disconnected, this, closed);
            connect(socket, &QTcpSocket::errorOccurred, this, closed);
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        for (;;) {
            const int end = int(buffer.indexOf("\r\n\r\n"));
            if (end < 0)
                break;
            qint64 length = 0;
            for (const QByteArray &line : buffer.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            const qint64 total = end + 4 + length;
            if (buffer.size() < total)
                break;
            const int index = int(m_requests.size());
            m_requests.append(buffer.left(total));
            m_answeredAtMs.append(-1);
            buffer.remove(0, total);
            const QByteArray body = "{\"correlationId\":\"" + correlationIdFor(index) + "\"}";
            const QByteArray response = "HTTP/1.1 200 OK\r\n"
                                        "Content-Type: application/json; charset=utf-8\r\n"
                                        "Content-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body;
            const QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(
                int(m_random.bounded(m_maxDelayMs + 1)), this, [this, guard, index, response] {
                    if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                        return;
                    guard->write(response);
                    m_answeredAtMs[index] = nowMs();
                });
        }
        socket->setProperty("buffer", buffer);
    }

    QTcpServer m_server;
    QRandomGenerator m_random;
    int m_maxDelayMs;
    int m_open = 0;
    QList<QByteArray> m_requests;
    QList<qint64> m_answeredAtMs;
};

struct DatabaseCheck
{
    QString integrity; // "ok" when PRAGMA integrity_check found nothing
    bool searchIndexOk = false; // FTS5 'integrity-check' of call_search
    QString searchIndexError;
};

// Checks the file on a connection of its own, as another program would.
DatabaseCheck checkDatabase(const QString &path)
{
    static std::atomic<int> counter {0};
    const QString name = QStringLiteral("reliability-check-%1").arg(++counter);
    DatabaseCheck result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
        if (!db.open()) {
            result.integrity = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check"))) {
                QStringList lines;
                while (query.next())
                    lines.append(query.value(0).toString());
                result.integrity = lines.join(QLatin1Char('\n'));
            } else {
                result.integrity = query.lastError().text();
            }
            query.finish();
            QSqlQuery fts(db);
            result.searchIndexOk = fts.exec(
                QStringLiteral("INSERT INTO call_search(call_search) VALUES('integrity-check')"));
            if (!result.searchIndexOk)
                result.searchIndexError = fts.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What must never appear anywhere: the token, its signature (as sent and decoded), the token in
// UTF-16 and every 16-character piece of it.
struct SecretScanner
{
    explicit SecretScanner(const QByteArray &token)
    {
        const QByteArray signature = token.mid(token.lastIndexOf('.') + 1);
        add(token, QStringLiteral("the token"));
        add(signature, QStringLiteral("its signature"));
        add(QByteArray::fromBase64(signature, QByteArray::Base64UrlEncoding),
            QStringLiteral("its decoded signature"));
        const QString wide = QString::fromLatin1(token);
        add(QByteArray(reinterpret_cast<const char *>(wide.utf16()), wide.size() * 2),
            QStringLiteral("the token in UTF-16"));
        for (int i = 0; i + 16 <= token.size(); ++i)
            add(token.mid(i, 16), QStringLiteral("token[%1..%2]").arg(i).arg(i + 16));
    }

    void add(const QByteArray &pattern, const QString &what)
    {
        matchers.append(QByteArrayMatcher(pattern));
        names.append(what);
    }

    // Scans data; returns the hits, described.
    QStringList scan(const QByteArray &data, const QString &where)
    {
        ++blobs;
        bytes += data.size();
        QStringList hits;
        for (int i = 0; i < matchers.size(); ++i) {
            const qsizetype at = matchers.at(i).indexIn(data);
            if (at >= 0)
                hits.append(QStringLiteral("%1 in %2 at byte %3").arg(names.at(i), where).arg(at));
        }
        return hits;
    }

    QList<QByteArrayMatcher> matchers;
    QStringList names;
    int blobs = 0;
    qint64 bytes = 0;
};

} // namespace

class TestReliability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void crashDurability();
    void concurrentWriters();
    void secretsAudit();

private:
    // The CLI's environment: the test token, and HOME/XDG folders inside dir so that whatever
    // the programs write (settings, caches) lands where secretsAudit looks.
    QProcessEnvironment childEnvironment(const QTemporaryDir &dir) const;
    // How long an undisturbed send --no-wait takes (median of CalibrationRuns, in ms) against a
    // server answering like crashDurability's, on a history of its own; -1 on failure.
    qint64 medianSendMs();

    quint32 m_seed = 0;
    QRandomGenerator m_random;
    QByteArray m_token;
};

void TestReliability::initTestCase()
{
    bool fixed = false;
    m_seed = qEnvironmentVariable("WEBHOOK_DIAG_RELIABILITY_SEED").toUInt(&fixed);
    if (!fixed)
        m_seed = QRandomGenerator::system()->generate();
    m_random.seed(m_seed);
    qInfo("seed: %u (WEBHOOK_DIAG_RELIABILITY_SEED=%u repeats this run)", m_seed, m_seed);

    // A JWT for Partner Center, valid for an hour, with a signature nobody could mistake.
    QByteArray secret = "reliability-secret-signature-";
    for (int i = 0; i < 4; ++i)
        secret += QByteArray::number(m_random.generate(), 16).rightJustified(8, '0');
    const QJsonObject claims {
        {QStringLiteral("aud"), QString::fromLatin1(PartnerCenterAudience)},
        {QStringLiteral("tid"), QString::fromLatin1(TenantId)},
        {QStringLiteral("appid"), QString::fromLatin1(AppId)},
        {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 3600},
        {QStringLiteral("jti"), QStringLiteral("reliability-suite-token")},
    };
    m_token = base64Url(R"({"alg":"RS256","typ":"JWT","kid":"reliability-suite"})") + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + base64Url(secret);
}

QProcessEnvironment TestReliability::childEnvironment(const QTemporaryDir &dir) const
{
    QProcessEnvironment env = CliRunner::cleanEnvironment();
    env.insert(QStringLiteral("PARTNER_CENTER_TOKEN"), QString::fromLatin1(m_token));
    const QString home = dir.filePath(QStringLiteral("home"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    return env;
}

// --- SIGKILL at random moments -----------------------------------------------------------

qint64 TestReliability::medianSendMs()
{
    QTemporaryDir dir;
    DelayedPartnerCenter server(m_seed ^ 0xca1u, MaxAnswerDelayMs);
    if (!dir.isValid() || !server.listen())
        return -1;
    const QStringList arguments {QStringLiteral("--history"),
        dir.filePath(QStringLiteral("history.sqlite")), QStringLiteral("--base-url"),
        server.baseUrl(), QStringLiteral("--timeout"), QStringLiteral("10"), QStringLiteral("send"),
        QStringLiteral("--no-wait")};
    QList<qint64> times;
    for (int i = 0; i < CalibrationRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (CliRunner::run(arguments, childEnvironment(dir)).exitCode != 0)
            return -1;
        times.append(timer.elapsed());
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void TestReliability::crashDurability()
{
    const qint64 sendMs = medianSendMs();
    QVERIFY2(sendMs >= 0, "an undisturbed send failed");
    const int killSpreadMs
        = int(qBound<qint64>(qint64(MinKillSpreadMs), sendMs * 3 / 2, qint64(MaxKillSpreadMs)));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DelayedPartnerCenter server(m_seed ^ 0x5eedu, MaxAnswerDelayMs);
    QVERIFY(server.listen());
    const QString history = dir.filePath(QStringLiteral("history.sqlite"));
    const QProcessEnvironment env = childEnvironment(dir);
    const QStringList arguments {QStringLiteral("--history"), history, QStringLiteral("--base-url"),
        server.baseUrl(), QStringLiteral("--timeout"), QStringLiteral("10"), QStringLiteral("send"),
        QStringLiteral("--no-wait")};

    struct Run
    {
        int delayMs = 0;
        qint64 killSentMs = -1; // when SIGKILL went out; -1: the program had ended
        bool crashed = false;
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        int firstRequest = 0;
        int requests = 0;
    };
    QList<Run> runs;
    int unsettled = 0; // runs whose connection the server still saw open 5 s after the end
    QElapsedTimer wall;
    wall.start();
    int kills = 0;
    for (int i = 0; kills < CrashKills && i < MaxCrashRuns; ++i) {
        Run run;
        run.delayMs = int(m_random.bounded(killSpreadMs + 1));
        run.firstRequest = server.requestCount();

        QProcess process;
        process.setProcessEnvironment(env);
        QEventLoop loop;
        QTimer killer;
        killer.setSingleShot(true);
        connect(&killer, &QTimer::timeout, &process, [&] {
            if (process.state() == QProcess::NotRunning)
                return;
            run.killSentMs = nowMs();
            process.kill();
        });
        QTimer guard;
        guard.setSingleShot(true);
        connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        connect(&process, &QProcess::finished, &loop, [&] {
            killer.stop();
            loop.quit();
        });
        connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                loop.quit();
        });
        process.start(CliRunner::program(), arguments);
        killer.start(run.delayMs);
        guard.start(30000);
        if (process.state() != QProcess::NotRunning)
            loop.exec();
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
            QFAIL(qPrintable(QStringLiteral("run %1 did not end within 30 s").arg(i)));
        }
        QVERIFY2(process.error() != QProcess::FailedToStart, qPrintable(process.errorString()));
        run.crashed = process.exitStatus() == QProcess::CrashExit;
        run.exitCode = run.crashed ? -1 : process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        // Let the server read whatever the program wrote before it died (its connection closes
        // once everything was read), so the request is counted for this run.
        QTest::qWait(5);
        if (!QTest::qWaitFor([&] { return server.openConnections() == 0; }, 5000))
            ++unsettled;
        run.requests = server.requestCount() - run.firstRequest;
        QVERIFY2(run.requests <= 1,
            qPrintable(QStringLiteral("run %1 sent %2 requests").arg(i).arg(run.requests)));
        kills += run.crashed ? 1 : 0; // died of the SIGKILL, not just sent one
        runs.append(run);
    }
    QCOMPARE(kills, CrashKills);
    const int crashRuns = int(runs.size());
    const qint64 killPhaseMs = wall.elapsed();

    // (a) The file is intact as the last killed program left it.
    const DatabaseCheck afterKills = checkDatabase(history);
    QCOMPARE(afterKills.integrity, QStringLiteral("ok"));
    QVERIFY2(afterKills.searchIndexOk, qPrintable(afterKills.searchIndexError));

    HistoryStore store;
    QVERIFY2(store.open(history), qPrintable(store.lastError()));
    QCOMPARE(store.schemaVersion(), std::optional<int>(HistoryStore::SchemaVersion));
    HistoryFilter pendingFilter;
    pendingFilter.outcome = Outcome::Pending;
    const std::optional<qint64> pendingBefore = store.count(pendingFilter);
    QVERIFY(pendingBefore);

    // (d) Recovery leaves nothing pending.
    const std::optional<int> marked = store.recoverInterrupted(QDateTime::currentDateTimeUtc());
    QVERIFY2(marked, qPrintable(store.lastError()));
    QCOMPARE(qint64(*marked), *pendingBefore);
    QCOMPARE(store.count(pendingFilter), std::optional<qint64>(0));

    const QList<CallRecord> rows = store.find({});
    QHash<QString, CallRecord> byRequestId;
    for (const CallRecord &row : rows) {
        QVERIFY2(!byRequestId.contains(row.msRequestId),
            qPrintable(QStringLiteral("MS-RequestId %1 stored twice").arg(row.msRequestId)));
        byRequestId.insert(row.msRequestId, row);
    }

    // (c) Nothing lost: every request the server received has its row, with the IDs sent.
    int lost = 0;
    QStringList lostIds;
    QSet<QString> serverRequestIds;
    for (int i = 0; i < server.requestCount(); ++i) {
        QCOMPARE(server.requestLine(i), QByteArray("POST " + PostPath + " HTTP/1.1"));
        const QString requestId = QString::fromLatin1(server.header(i, "MS-RequestId"));
        serverRequestIds.insert(requestId);
        const auto row = byRequestId.constFind(requestId);
        if (row == byRequestId.cend()) {
            ++lost;
            lostIds.append(requestId);
            continue;
        }
        QCOMPARE(row->msCorrelationId, QString::fromLatin1(server.header(i, "MS-CorrelationId")));
        QCOMPARE(row->method, QStringLiteral("POST"));
        // A finished call holds exactly what the server answered; any other was interrupted.
        if (row->outcome == Outcome::Success) {
            QCOMPARE(
                row->correlationId, QString::fromLatin1(DelayedPartnerCenter::correlationIdFor(i)));
            QCOMPARE(row->httpStatus, std::optional<int>(200));
            QVERIFY(server.answeredAtMs(i) >= 0);
        } else {
            QVERIFY2(row->outcome == Outcome::Interrupted,
                qPrintable(
                    QStringLiteral("request %1 is %2").arg(i).arg(outcomeName(row->outcome))));
        }
    }
    qInfo("crashDurability: calls lost: %d", lost);
    QVERIFY2(lost == 0, qPrintable(lostIds.join(QLatin1Char(' '))));

    // Rows whose request never left (killed between the pending commit and the send) must be
    // interrupted too; no row may hold anything but a success or an interruption.
    int orphanRows = 0;
    int interruptedRows = 0;
    for (const CallRecord &row : rows) {
        QVERIFY2(row.outcome == Outcome::Success || row.outcome == Outcome::Interrupted,
            qPrintable(QStringLiteral("call %1 is %2: %3")
                           .arg(row.id)
                           .arg(outcomeName(row.outcome), row.networkError)));
        if (row.outcome == Outcome::Interrupted) {
            ++interruptedRows;
            QVERIFY2(row.networkError.startsWith(
                         QStringLiteral("The program stopped before this call finished.")),
                qPrintable(row.networkError));
            QCOMPARE(row.httpStatus, std::optional<int>());
        }
        if (!serverRequestIds.contains(row.msRequestId)) {
            ++orphanRows;
            QCOMPARE(row.outcome, Outcome::Interrupted);
        }
    }

    // (b) Every program that exited normally finished its call: exit 0, the correlationId the
    // server gave it printed, and the call complete in the history.
    int finished = 0;
    int killed = 0;
    int killedBeforeRequest = 0;
    int killedWaiting = 0;
    int killedAnswered = 0;
    int killedAfterCompletion = 0;
    for (int i = 0; i < runs.size(); ++i) {
        const Run &run = runs.at(i);
        QVERIFY2(!isBusyText(run.err), run.err.constData());
        if (!run.crashed) {
            QVERIFY2(run.exitCode == 0,
                qPrintable(QStringLiteral("run %1 exited with %2: %3")
                               .arg(i)
                               .arg(run.exitCode)
                               .arg(QString::fromUtf8(run.err))));
            QCOMPARE(run.requests, 1);
            const QByteArray correlationId
                = DelayedPartnerCenter::correlationIdFor(run.firstRequest);
            QCOMPARE(run.out, correlationId + '\n');
            const CallRecord row = byRequestId.value(
                QString::fromLatin1(server.header(run.firstRequest, "MS-RequestId")));
            QCOMPARE(row.outcome, Outcome::Success);
            QCOMPARE(row.correlationId, QString::fromLatin1(correlationId));
            const std::optional<CallRecord> found
                = store.findByCorrelationId(QString::fromLatin1(correlationId));
            QVERIFY(found);
            QCOMPARE(found->id, row.id);
            ++finished;
            continue;
        }
        ++killed;
        if (run.requests == 0) {
            ++killedBeforeRequest;
            continue;
        }
        const CallRecord row = byRequestId.value(
            QString::fromLatin1(server.header(run.firstRequest, "MS-RequestId")));
        const qint64 answered = server.answeredAtMs(run.firstRequest);
        if (row.outcome == Outcome::Success)
            ++killedAfterCompletion;
        else if (answered >= 0 && answered <= run.killSentMs)
            ++killedAnswered;
        else
            ++killedWaiting;
    }
    QCOMPARE(finished + killed, crashRuns);
    // Every killed call that left a row and did not complete is now interrupted.
    QCOMPARE(interruptedRows, killedWaiting + killedAnswered + orphanRows);
    QCOMPARE(int(rows.size()), finished + killedAfterCompletion + interruptedRows);
    QCOMPARE(unsettled, 0);

    qInfo("crashDurability: kills survived: %d (SIGKILL after 0..%d ms in %d runs; an "
          "undisturbed send takes %lld ms; %d runs ended before their kill), calls reported "
          "finished: %d, calls lost: %d, rows interrupted: %d (%lld still pending before the "
          "final recovery, all marked)",
        killed, killSpreadMs, crashRuns, static_cast<long long>(sendMs), crashRuns - killed,
        finished, lost, interruptedRows, static_cast<long long>(*pendingBefore));
    qInfo("crashDurability: killed before the pending row: %d, after the pending row but before "
          "the request left: %d, waiting for the answer: %d, after the answer but before the "
          "completion commit: %d, after the completion commit: %d; requests received: %d; "
          "%lld ms for %d runs",
        killedBeforeRequest - orphanRows, orphanRows, killedWaiting, killedAnswered,
        killedAfterCompletion, server.requestCount(), static_cast<long long>(killPhaseMs),
        crashRuns);

    // (e) The history still works: intact after recovery, and a normal send goes through.
    store.close();
    const DatabaseCheck afterRecovery = checkDatabase(history);
    QCOMPARE(afterRecovery.integrity, QStringLiteral("ok"));
    QVERIFY2(afterRecovery.searchIndexOk, qPrintable(afterRecovery.searchIndexError));

    const int last = server.requestCount();
    const CliResult normal = CliRunner::run(arguments, env);
    QCOMPARE(normal.exitCode, 0);
    QCOMPARE(normal.out, DelayedPartnerCenter::correlationIdFor(last) + '\n');
    QCOMPARE(normal.err, QByteArray());
    QCOMPARE(server.requestCount(), last + 1);
    QVERIFY2(store.open(history), qPrintable(store.lastError()));
    const std::optional<CallRecord> finalCall
        = store.findByRequestId(QString::fromLatin1(server.header(last, "MS-RequestId")));
    QVERIFY(finalCall);
    QCOMPARE(finalCall->outcome, Outcome::Success);
    QCOMPARE(finalCall->correlationId,
        QString::fromLatin1(DelayedPartnerCenter::correlationIdFor(last)));
    QCOMPARE(store.count({}), std::optional<qint64>(rows.size() + 1));
    HistoryFilter search;
    search.search = finalCall->msRequestId;
    QCOMPARE(store.count(search), std::optional<qint64>(1));
}

// --- several writers at once ---------------------------------------------------------------

void TestReliability::concurrentWriters()
{
    bool set = false;
    int perWriter = qEnvironmentVariableIntValue("WEBHOOK_DIAG_STRESS_CALLS", &set);
    if (!set || perWriter < 1)
        perWriter = 250;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DelayedPartnerCenter server(m_seed ^ 0xc0cu, 5);
    QVERIFY(server.listen());
    const QString history = dir.filePath(QStringLiteral("history.sqlite"));
    const QProcessEnvironment env = childEnvironment(dir);
    const QStringList arguments {QStringLiteral("--history"), history, QStringLiteral("--base-url"),
        server.baseUrl(), QStringLiteral("--timeout"), QStringLiteral("30"), QStringLiteral("send"),
        QStringLiteral("--no-wait")};

    // Created before anything runs, so the writers race on rows, not on creating the schema.
    {
        HistoryStore store;
        QVERIFY2(store.open(history), qPrintable(store.lastError()));
    }

    QEventLoop wait;
    int loopsRunning = ConcurrentCliWriters;
    bool writerDone = false;
    const auto maybeQuit = [&] {
        if (loopsRunning == 0 && writerDone)
            wait.quit();
    };
    QStringList failures; // exit codes, crashes and stderr text
    int busyMessages = 0;
    int cliCalls = 0;
    QList<QByteArray> printed;

    std::vector<std::unique_ptr<QProcess>> processes;
    for (int w = 0; w < ConcurrentCliWriters; ++w) {
        processes.push_back(std::make_unique<QProcess>());
        QProcess *process = processes.back().get();
        process->setProcessEnvironment(env);
        auto done = std::make_shared<int>(0);
        connect(process, &QProcess::finished, &wait,
            [&, process, done, w](int exitCode, QProcess::ExitStatus status) {
                const QByteArray out = process->readAllStandardOutput();
                const QByteArray err = process->readAllStandardError();
                ++cliCalls;
                if (status != QProcess::NormalExit || exitCode != 0 || !err.isEmpty()) {
                    failures.append(
                        QStringLiteral("writer %1 call %2: %3 exit %4: %5")
                            .arg(w)
                            .arg(*done)
                            .arg(status == QProcess::NormalExit ? QStringLiteral("normal")
                                                                : QStringLiteral("crash"))
                            .arg(exitCode)
                            .arg(QString::fromUtf8(err)));
                }
                if (isBusyText(err))
                    ++busyMessages;
                printed.append(out.trimmed());
                if (++*done < perWriter) {
                    QMetaObject::invokeMethod(
                        process,
                        [process, &arguments] { process->start(CliRunner::program(), arguments); },
                        Qt::QueuedConnection);
                } else {
                    --loopsRunning;
                    maybeQuit();
                }
            });
        connect(process, &QProcess::errorOccurred, &wait,
            [&, process, w](QProcess::ProcessError error) {
                if (error != QProcess::FailedToStart)
                    return;
                failures.append(QStringLiteral("writer %1 failed to start: %2")
                                    .arg(w)
                                    .arg(process->errorString()));
                --loopsRunning;
                maybeQuit();
            });
    }

    // The in-process writer: what the window does, addPending then complete, from a thread of
    // its own (its waits for the lock must not stall the fake server in this thread).
    QStringList writerErrors;
    QStringList writerRequestIds;
    const quint32 writerSeed = m_random.generate();
    const QString baseUrl = server.baseUrl();
    qint64 writerMs = 0;
    std::unique_ptr<QThread> writer(QThread::create([&] {
        QElapsedTimer timer;
        timer.start();
        const auto finish = qScopeGuard([&] { writerMs = timer.elapsed(); });
        QRandomGenerator random(writerSeed);
        HistoryStore store;
        if (!store.open(history)) {
            writerErrors.append(store.lastError());
            return;
        }
        for (int i = 0; i < perWriter; ++i) {
            CallRecord record;
            record.sentAtUtc = QDateTime::currentDateTimeUtc();
            record.baseUrl = baseUrl;
            record.apiVersion = QStringLiteral("v1");
            record.method = QStringLiteral("POST");
            record.path = QString::fromLatin1(PostPath);
            record.msCorrelationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            record.msRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (!store.addPending(record, 30s)) {
                writerErrors.append(store.lastError());
                continue;
            }
            writerRequestIds.append(record.msRequestId);
            QThread::msleep(random.bounded(4));
            record.outcome = Outcome::Success;
            record.httpStatus = 200;
            record.httpReason = QStringLiteral("OK");
            record.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            record.responseBody
                = QStringLiteral("{\"correlationId\":\"%1\"}").arg(record.correlationId);
            record.durationMs = 3;
            if (!store.complete(record))
                writerErrors.append(store.lastError());
            // Spread over the CLI loops' run rather than finishing in the first seconds.
            QThread::msleep(random.bounded(60));
        }
    }));
    connect(writer.get(), &QThread::finished, &wait, [&] {
        writerDone = true;
        maybeQuit();
    });

    QElapsedTimer wall;
    wall.start();
    writer->start();
    for (auto &process : processes)
        process->start(CliRunner::program(), arguments);
    QTimer guard;
    guard.setSingleShot(true);
    connect(&guard, &QTimer::timeout, &wait, &QEventLoop::quit);
    const int guardMs = qMax(240000, perWriter * 1000);
    guard.start(guardMs);
    wait.exec();
    const qint64 elapsedMs = wall.elapsed();
    for (auto &process : processes) {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
    QVERIFY(writer->wait(60000));
    QVERIFY2(loopsRunning == 0,
        qPrintable(QStringLiteral("the CLI loops did not finish within %1 s").arg(guardMs / 1000)));

    const int totalCli = ConcurrentCliWriters * perWriter;
    const int total = totalCli + perWriter;
    qInfo("concurrentWriters: %d CLI processes x %d sends + %d in-process calls = %d calls in "
          "%.1f s (%.1f calls/s; the in-process writer ran for %.1f s); failures: %lld, "
          "locked/busy messages: %d",
        ConcurrentCliWriters, perWriter, perWriter, total, double(elapsedMs) / 1000.0,
        double(total) * 1000.0 / double(qMax<qint64>(elapsedMs, 1)), double(writerMs) / 1000.0,
        static_cast<long long>(failures.size()), busyMessages);

    QCOMPARE(busyMessages, 0);
    QVERIFY2(failures.isEmpty(),
        qPrintable(QStringLiteral("%1 failed calls, first: %2")
                       .arg(failures.size())
                       .arg(failures.value(0))));
    QVERIFY2(writerErrors.isEmpty(), qPrintable(writerErrors.value(0)));
    QCOMPARE(cliCalls, totalCli);
    QCOMPARE(int(writerRequestIds.size()), perWriter);
    QCOMPARE(server.requestCount(), totalCli);

    // Every program printed the correlationId the server gave it, each a different one.
    QSet<QByteArray> expectedIds;
    for (int i = 0; i < server.requestCount(); ++i)
        expectedIds.insert(DelayedPartnerCenter::correlationIdFor(i));
    const QSet<QByteArray> printedIds(printed.cbegin(), printed.cend());
    QCOMPARE(int(printedIds.size()), totalCli);
    QCOMPARE(printedIds, expectedIds);

    const DatabaseCheck check = checkDatabase(history);
    QCOMPARE(check.integrity, QStringLiteral("ok"));
    QVERIFY2(check.searchIndexOk, qPrintable(check.searchIndexError));

    HistoryStore store;
    QVERIFY2(store.open(history), qPrintable(store.lastError()));
    QCOMPARE(store.count({}), std::optional<qint64>(total));
    HistoryFilter success;
    success.outcome = Outcome::Success;
    QCOMPARE(store.count(success), std::optional<qint64>(total)); // none pending or interrupted

    QHash<QString, int> stored;
    QHash<QString, QString> correlationIdOf;
    const QList<CallRecord> rows = store.find({});
    for (const CallRecord &row : rows) {
        ++stored[row.msRequestId];
        correlationIdOf.insert(row.msRequestId, row.correlationId);
    }
    for (int i = 0; i < server.requestCount(); ++i) {
        const QString requestId = QString::fromLatin1(server.header(i, "MS-RequestId"));
        QVERIFY2(stored.value(requestId) == 1,
            qPrintable(QStringLiteral("MS-RequestId %1 (request %2) is stored %3 times")
                           .arg(requestId)
                           .arg(i)
                           .arg(stored.value(requestId))));
        QCOMPARE(correlationIdOf.value(requestId),
            QString::fromLatin1(DelayedPartnerCenter::correlationIdFor(i)));
    }
    for (const QString &requestId : std::as_const(writerRequestIds))
        QCOMPARE(stored.value(requestId), 1);
    QCOMPARE(int(stored.size()), total);

    // The search index agrees with the rows for a few calls of either kind.
    for (int i = 0; i < 5; ++i) {
        HistoryFilter filter;
        filter.search = i % 2 == 0 ? QString::fromLatin1(server.header(
                            int(m_random.bounded(server.requestCount())), "MS-RequestId"))
                                   : writerRequestIds.at(int(m_random.bounded(perWriter)));
        QCOMPARE(store.count(filter), std::optional<qint64>(1));
    }
}

// --- the token stays secret ----------------------------------------------------------------

void TestReliability::secretsAudit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FakePartnerCenter server;
    QVERIFY(server.listen());
    const QString history = dir.filePath(QStringLiteral("history.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("export.csv"));
    const QProcessEnvironment env = childEnvironment(dir);
    const QStringList global {QStringLiteral("--history"), history, QStringLiteral("--base-url"),
        server.baseUrl().toString()};
    SecretScanner scanner(m_token);
    QStringList hits;

    struct Command
    {
        QString name;
        QStringList arguments;
        int exitCode;
        QByteArray standardInput;
        QProcessEnvironment environment;
    };
    QProcessEnvironment withoutToken = env;
    withoutToken.remove(QStringLiteral("PARTNER_CENTER_TOKEN"));
    server.route(
        "/validationEvents/" + CorrelationId, FakePartnerCenter::json(200, DeliveryCompleted));
    server.route(
        "/validationEvents/" + CorrelationId, FakePartnerCenter::json(200, DeliveryCompleted));
    for (int i = 0; i < 2; ++i) {
        server.route("/registration", FakePartnerCenter::json(200, Registration));
        server.route("/registration/events", FakePartnerCenter::json(200, AvailableEvents));
    }
    const QList<Command> commands {
        {QStringLiteral("send"), {QStringLiteral("send"), QStringLiteral("--no-wait")}, 0, {}, env},
        {QStringLiteral("send 401"), {QStringLiteral("send"), QStringLiteral("--no-wait")}, 2, {},
            env},
        {QStringLiteral("send timeout"),
            {QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("send"),
                QStringLiteral("--no-wait")},
            4, {}, env},
        {QStringLiteral("send --json"),
            {QStringLiteral("send"), QStringLiteral("--no-wait"), QStringLiteral("--json")}, 0, {},
            env},
        {QStringLiteral("send --token-stdin"),
            {QStringLiteral("send"), QStringLiteral("--no-wait"), QStringLiteral("--token-stdin")},
            0, "Bearer " + m_token + "\n", withoutToken},
        {QStringLiteral("send --token (refused)"),
            {QStringLiteral("--token"), QString::fromLatin1(m_token), QStringLiteral("send")}, 1,
            {}, withoutToken},
        {QStringLiteral("status"), {QStringLiteral("status"), QString::fromLatin1(CorrelationId)},
            0, {}, env},
        {QStringLiteral("status --json"),
            {QStringLiteral("status"), QString::fromLatin1(CorrelationId),
                QStringLiteral("--json")},
            0, {}, env},
        {QStringLiteral("registration"), {QStringLiteral("registration")}, 0, {}, env},
        {QStringLiteral("registration --json"),
            {QStringLiteral("registration"), QStringLiteral("--json")}, 0, {}, env},
        {QStringLiteral("history"), {QStringLiteral("history")}, 0, {}, env},
        {QStringLiteral("history --json"), {QStringLiteral("history"), QStringLiteral("--json")}, 0,
            {}, env},
        {QStringLiteral("export"), {QStringLiteral("export"), QStringLiteral("--output"), csv}, 0,
            {}, env},
    };
    int outputs = 0;
    for (const Command &command : commands) {
        if (command.name == QLatin1String("send 401")) {
            server.enqueue(FakePartnerCenter::json(401, PartnerCenterError,
                {{"WWW-Authenticate",
                    R"(Bearer error="invalid_token", error_description="The token is expired")"}}));
        } else if (command.name == QLatin1String("send timeout")) {
            server.enqueue(FakePartnerCenter::silent());
        }
        const CliResult result = CliRunner::run(
            global + command.arguments, command.environment, command.standardInput);
        QVERIFY2(result.exitCode == command.exitCode,
            qPrintable(QStringLiteral("%1 exited with %2 (expected %3): %4")
                           .arg(command.name)
                           .arg(result.exitCode)
                           .arg(command.exitCode)
                           .arg(QString::fromUtf8(result.err))));
        hits += scanner.scan(result.out, command.name + QStringLiteral(" stdout"));
        hits += scanner.scan(result.err, command.name + QStringLiteral(" stderr"));
        outputs += 2;
    }
    // The token did go out: the audit looks at a run that really used it, and the scanner
    // does find it where it is.
    QVERIFY(server.requests().size() >= 9);
    for (int i = 0; i < server.requests().size(); ++i)
        QCOMPARE(server.header(i, "Authorization"), "Bearer " + m_token);
    QCOMPARE(int(SecretScanner(m_token).scan(server.requests().first(), QString()).size()),
        int(SecretScanner(m_token).matchers.size()) - 2); // all but the decoded and UTF-16 forms

    int filesScanned = 0;
    qint64 fileBytes = 0;
    const auto scanFile = [&](const QString &path, const QString &when) {
        if (!QFile::exists(path))
            return false;
        const QByteArray bytes = readAll(path);
        hits += scanner.scan(bytes, QDir(dir.path()).relativeFilePath(path) + when);
        ++filesScanned;
        fileBytes += bytes.size();
        return true;
    };

    // A send still waiting for its answer holds the history open with its pending row in the
    // WAL: the raw files as they are then, and after SIGKILL left them behind.
    {
        server.enqueue(FakePartnerCenter::silent());
        const int before = int(server.requests().size());
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(CliRunner::program(),
            global
                + QStringList {QStringLiteral("--timeout"), QStringLiteral("30"),
                    QStringLiteral("send"), QStringLiteral("--no-wait")});
        QVERIFY(process.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() > before, 20000);
        QVERIFY(scanFile(history, QStringLiteral(" (CLI waiting)")));
        QVERIFY(scanFile(history + QStringLiteral("-wal"), QStringLiteral(" (CLI waiting)")));
        QVERIFY(scanFile(history + QStringLiteral("-shm"), QStringLiteral(" (CLI waiting)")));
        process.kill();
        QVERIFY(process.waitForFinished(10000));
        hits += scanner.scan(process.readAllStandardOutput(), QStringLiteral("killed send stdout"));
        hits += scanner.scan(process.readAllStandardError(), QStringLiteral("killed send stderr"));
        outputs += 2;
        QVERIFY(scanFile(history, QStringLiteral(" (CLI killed)")));
        scanFile(history + QStringLiteral("-wal"), QStringLiteral(" (CLI killed)"));
        scanFile(history + QStringLiteral("-shm"), QStringLiteral(" (CLI killed)"));
    }

    // The window's way: an in-process call recorded by HistoryStore (pending, then complete).
    // The raw files are read while it still holds the database open, WAL and all.
    {
        HistoryStore store;
        QVERIFY2(store.open(history), qPrintable(store.lastError()));
        ApiClient client;
        CallRequest request;
        request.baseUrl = server.baseUrl();
        request.apiVersion = QStringLiteral("v1");
        request.token = QString::fromLatin1(m_token);
        request.timeout = 10s;
        CallRecord pending = client.prepareValidationEvent(request);
        QVERIFY2(store.addPending(pending, request.timeout), qPrintable(store.lastError()));
        PendingCall *call = client.sendPrepared(request, pending);
        CallRecord record;
        QEventLoop loop;
        connect(call, &PendingCall::finished, &loop, [&](const CallRecord &finished) {
            record = finished;
            loop.quit();
        });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(record.outcome, Outcome::Success);
        QVERIFY2(store.complete(record), qPrintable(store.lastError()));
        QCOMPARE(record.tokenTenantId, QString::fromLatin1(TenantId));
        hits += scanner.scan(QJsonDocument(record.toJson()).toJson(), QStringLiteral("the record"));
        ++outputs;

        QVERIFY(scanFile(history, QStringLiteral(" (open)")));
        QVERIFY(scanFile(history + QStringLiteral("-wal"), QStringLiteral(" (open)")));
        QVERIFY(scanFile(history + QStringLiteral("-shm"), QStringLiteral(" (open)")));
        QCOMPARE(store.count({}), std::optional<qint64>(7)); // 6 CLI sends and this one
    }
    // After closing, and every file under the temporary folder (settings, caches, the export).
    int settingsFiles = 0;
    QDirIterator files(
        dir.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.endsWith(QLatin1String(".ini")) || path.endsWith(QLatin1String(".conf")))
            ++settingsFiles;
        scanFile(path, QStringLiteral(" (closed)"));
    }
    QVERIFY(QFile::exists(csv));
    QVERIFY(readAll(csv).contains(CorrelationId));

    qInfo("secretsAudit: %d files (%lld bytes) and %d outputs scanned for %lld token patterns "
          "(whole token, signature, every 16-character piece); settings files found: %d; "
          "hits: %lld",
        filesScanned, static_cast<long long>(fileBytes), outputs,
        static_cast<long long>(scanner.matchers.size()), settingsFiles,
        static_cast<long long>(hits.size()));
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
