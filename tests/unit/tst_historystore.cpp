// HistoryStore on real SQLite files in a temporary folder: round trip, schema and migrations,
// search over every field, paging, concurrent writers, damaged or foreign files.
#include "api/RetryPolicy.h"
#include "export/CsvWriter.h"
#include "export/HistoryCsvExporter.h"
#include "history/HistoryStore.h"

#include <QBuffer>

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {

CallRecord makeRecord(int i, Outcome outcome = Outcome::Success, std::optional<int> status = 200)
{
    CallRecord r;
    r.sentAtUtc = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC).addSecs(i);
    r.durationMs = 100 + i;
    r.baseUrl = QStringLiteral("https://api.partnercenter.microsoft.com");
    r.apiVersion = QStringLiteral("v1");
    r.method = QStringLiteral("POST");
    r.path = QStringLiteral("/webhooks/v1/registration/validationEvents");
    r.msCorrelationId
        = QStringLiteral("1111%1-aaaa-4bbb-8ccc-dddddddddddd").arg(i, 4, 10, QLatin1Char('0'));
    r.msRequestId
        = QStringLiteral("2222%1-aaaa-4bbb-8ccc-eeeeeeeeeeee").arg(i, 4, 10, QLatin1Char('0'));
    r.httpStatus = status;
    r.outcome = outcome;
    if (outcome == Outcome::Success)
        r.correlationId
            = QStringLiteral("3333%1-aaaa-4bbb-8ccc-ffffffffffff").arg(i, 4, 10, QLatin1Char('0'));
    return r;
}

void execRaw(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

// The first column of the first row of sql, run on a connection of its own; "ERROR: ..." when
// the statement failed, "NULL" for SQL NULL.
QString rawValue(const QString &path, const QString &sql)
{
    QString result;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-value"));
        db.setDatabaseName(path);
        if (!db.open()) {
            result = QStringLiteral("ERROR: ") + db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                result = QStringLiteral("ERROR: ") + query.lastError().text();
            else if (query.next())
                result
                    = query.value(0).isNull() ? QStringLiteral("NULL") : query.value(0).toString();
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-value"));
    return result;
}

// RFC 4180 rows of an exported file (BOM stripped).
QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(cell);
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size()
            && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(cell);
            cell.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

// The pid of a process that has exited (and been reaped).
qint64 deadPid()
{
    QProcess process;
    process.start(QStringLiteral("true"), QStringList());
    if (!process.waitForStarted(10000))
        return 0;
    const qint64 pid = process.processId();
    process.waitForFinished(10000);
    return pid;
}

const QString InterruptedSentence
    = QStringLiteral("The program stopped before this call finished. The request may have reached "
                     "Partner Center: retry it with the same MS-RequestId.");

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void roundTripKeepsEveryField();
    void createsSchemaInNewFile();
    void migratesEmptyExistingFile();
    void usesWriteAheadLog();
    void refusesNewerSchema();
    void refusesFileThatIsNotSqlite();
    void reportsUnwritableFolder();
    void historyFileIsPrivate();
    void searchMatchesEveryField_data();
    void searchMatchesEveryField();
    void searchCombinesWithOutcome();
    void listsNewestFirstWithPaging();
    void forEachStopsWhenAsked();
    void pagesWalkEveryRowInOrder_data();
    void pagesWalkEveryRowInOrder();
    void pagesLeaveBodiesOut();
    void dataVersionSeesOtherWriters();
    void streamedExportMatchesRecordRows();
    void twoWritersKeepEveryCall();
    void reopenKeepsCalls();

    // Schema 2: the write-ahead record, retries, delivery status, recovery and migration.
    void addPendingThenCompleteReplacesTheRow();
    void completeUnknownCallFails();
    void recordDeliveryIsStoredSearchedAndExported();
    void recoverKeepsOwnCallsInFlight();
    void recoverMarksCallsPastTheirDeadline();
    void recoverMarksCallsOfDeadPrograms();
    void recoverKeepsCallsOfRunningPrograms();
    void retriesGetAttemptNumbers();
    void sendsSinceCountsPostsThatMayHaveReachedTheServer();
    void findsByCorrelationIdAndRequestId();
    void migratesSchemaOneFile();
    void databaseStaysConsistent();
    void shortSearchTermsCoverTheNewFields_data();
    void shortSearchTermsCoverTheNewFields();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    void fillSearchFixture(HistoryStore &store);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistoryStore::roundTripKeepsEveryField()
{
    HistoryStore store;
    QVERIFY2(store.open(path()), qPrintable(store.lastError()));
    CallRecord r = makeRecord(7, Outcome::ClientError, 401);
    r.sentAtUtc = QDateTime::fromMSecsSinceEpoch(1764842400123, Qt::UTC);
    r.httpReason = QStringLiteral("Unauthorized");
    r.errorCode = QStringLiteral("600008");
    r.errorDescription = QStringLiteral("Grüße: the token has expired, \"quoted\", 日本");
    r.responseBody
        = QStringLiteral("{\"code\":600008}\n\x01 NUL:") + QChar(0) + QStringLiteral("end");
    r.bodyTruncated = true;
    r.responseHeaders = {{QStringLiteral("MS-CV"), QStringLiteral("cv.1")},
        {QStringLiteral("Retry-After"), QStringLiteral("30")}};
    r.networkError = QStringLiteral("partial");
    QVERIFY(store.add(r));
    QVERIFY(r.id > 0);

    const std::optional<CallRecord> back = store.findById(r.id);
    QVERIFY(back);
    QCOMPARE(back->id, r.id);
    QCOMPARE(back->sentAtUtc, r.sentAtUtc);
    QCOMPARE(back->sentAtIso(), QStringLiteral("2025-12-04T10:00:00.123Z"));
    QCOMPARE(back->durationMs, r.durationMs);
    QCOMPARE(back->baseUrl, r.baseUrl);
    QCOMPARE(back->apiVersion, r.apiVersion);
    QCOMPARE(back->method, r.method);
    QCOMPARE(back->path, r.path);
    QCOMPARE(back->msCorrelationId, r.msCorrelationId);
    QCOMPARE(back->msRequestId, r.msRequestId);
    QCOMPARE(back->httpStatus, std::optional<int>(401));
    QCOMPARE(back->httpReason, r.httpReason);
    QCOMPARE(back->outcome, Outcome::ClientError);
    QCOMPARE(back->correlationId, QString());
    QCOMPARE(back->errorCode, r.errorCode);
    QCOMPARE(back->errorDescription, r.errorDescription);
    QCOMPARE(back->responseBody, r.responseBody);
    QCOMPARE(back->bodyTruncated, true);
    QCOMPARE(back->responseHeaders, r.responseHeaders);
    QCOMPARE(back->networkError, r.networkError);

    CallRecord noResponse = makeRecord(8, Outcome::NetworkError, std::nullopt);
    QVERIFY(store.add(noResponse));
    QCOMPARE(store.findById(noResponse.id)->httpStatus, std::nullopt);
    QCOMPARE(store.findById(9999), std::nullopt);
}

void TestHistoryStore::createsSchemaInNewFile()
{
    HistoryStore store;
    QVERIFY(!QFile::exists(path()));
    QVERIFY2(store.open(path()), qPrintable(store.lastError()));
    QVERIFY(QFile::exists(path()));
    QCOMPARE(store.schemaVersion(), std::optional<int>(HistoryStore::SchemaVersion));
    QCOMPARE(store.count({}), std::optional<qint64>(0));
}

void TestHistoryStore::migratesEmptyExistingFile()
{
    QFile empty(path());
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QCOMPARE(QFileInfo(path()).size(), 0);
    HistoryStore store;
    QVERIFY2(store.open(path()), qPrintable(store.lastError()));
    QCOMPARE(store.schemaVersion(), std::optional<int>(HistoryStore::SchemaVersion));
    CallRecord r = makeRecord(1);
    QVERIFY(store.add(r));
    QCOMPARE(store.count({}), std::optional<qint64>(1));
}

void TestHistoryStore::usesWriteAheadLog()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    CallRecord r = makeRecord(1);
    QVERIFY(store.add(r));
    QVERIFY(QFile::exists(path() + QStringLiteral("-wal")));
}

void TestHistoryStore::refusesNewerSchema()
{
    {
        HistoryStore store;
        QVERIFY(store.open(path()));
    }
    execRaw(path(), QStringLiteral("UPDATE schema_version SET version = 99"));
    HistoryStore store;
    QVERIFY(!store.open(path()));
    QCOMPARE(store.lastError(),
        QStringLiteral("The history %1 was written by a newer version of Webhook Diagnostics "
                       "(schema 99; this version understands up to 2).")
            .arg(path()));
    QVERIFY(!store.isOpen());
}

void TestHistoryStore::refusesFileThatIsNotSqlite()
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'Z'));
    file.close();
    HistoryStore store;
    QVERIFY(!store.open(path()));
    QVERIFY2(store.lastError().startsWith(
                 QStringLiteral("The file %1 is not a usable history database.").arg(path())),
        qPrintable(store.lastError()));
    // The foreign file is left exactly as it was.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(8192, 'Z'));
}

void TestHistoryStore::reportsUnwritableFolder()
{
    QFile blocker(m_dir->filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    HistoryStore store;
    const QString inside = m_dir->filePath(QStringLiteral("blocker/sub/history.sqlite"));
    QVERIFY(!store.open(inside));
    QVERIFY2(store.lastError().startsWith(QStringLiteral("Cannot create the folder")),
        qPrintable(store.lastError()));
}

void TestHistoryStore::historyFileIsPrivate()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    QCOMPARE(QFile::permissions(path())
            & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
        QFile::Permissions());
}

void TestHistoryStore::fillSearchFixture(HistoryStore &store)
{
    QList<CallRecord> records;
    records << makeRecord(1);
    CallRecord unauthorized = makeRecord(2, Outcome::ClientError, 401);
    unauthorized.errorCode = QStringLiteral("600008");
    unauthorized.errorDescription = QStringLiteral("The access token has Expired");
    unauthorized.responseBody
        = QStringLiteral("{\"code\":600008,\"description\":\"The access token has Expired\"}");
    records << unauthorized;
    CallRecord server = makeRecord(3, Outcome::ServerError, 500);
    server.responseBody = QStringLiteral("<html>upstream gateway exploded</html>");
    server.responseHeaders.insert(QStringLiteral("MS-CV"), QStringLiteral("zq9CV.77"));
    records << server;
    CallRecord network = makeRecord(4, Outcome::NetworkError, std::nullopt);
    network.networkError = QStringLiteral("Connection refused");
    records << network;
    records << makeRecord(5);
    QVERIFY(store.addAll(records));
}

void TestHistoryStore::searchMatchesEveryField_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QList<int>>("expectedDurations"); // 100 + fixture index, newest first

    QTest::newRow("sent correlation fragment")
        << QStringLiteral("11110003-aaaa") << QList<int> {103};
    QTest::newRow("sent request id")
        << QStringLiteral("22220004-aaaa-4bbb-8ccc-eeeeeeeeeeee") << QList<int> {104};
    QTest::newRow("returned correlationId fragment")
        << QStringLiteral("33330005") << QList<int> {105};
    QTest::newRow("upper-case id") << QStringLiteral("33330001-AAAA") << QList<int> {101};
    QTest::newRow("status") << QStringLiteral("401") << QList<int> {102};
    QTest::newRow("outcome") << QStringLiteral("server-error") << QList<int> {103};
    QTest::newRow("error code") << QStringLiteral("600008") << QList<int> {102};
    QTest::newRow("word of description, any case") << QStringLiteral("expired") << QList<int> {102};
    QTest::newRow("body text") << QStringLiteral("exploded") << QList<int> {103};
    QTest::newRow("network error") << QStringLiteral("refused") << QList<int> {104};
    QTest::newRow("response header") << QStringLiteral("zq9cv") << QList<int> {103};
    QTest::newRow("two words") << QStringLiteral("access expired") << QList<int> {102};
    QTest::newRow("short term scans") << QStringLiteral("50") << QList<int> {103};
    QTest::newRow("no match") << QStringLiteral("nothing-like-this") << QList<int> {};
    QTest::newRow("quote is literal") << QStringLiteral("a\"b OR c") << QList<int> {};
    QTest::newRow("fts syntax is literal") << QStringLiteral("NEAR(x y)*") << QList<int> {};
    QTest::newRow("empty") << QString() << QList<int> {105, 104, 103, 102, 101};
}

void TestHistoryStore::searchMatchesEveryField()
{
    QFETCH(QString, search);
    QFETCH(QList<int>, expectedDurations);
    HistoryStore store;
    QVERIFY(store.open(path()));
    fillSearchFixture(store);

    HistoryFilter filter;
    filter.search = search;
    QList<int> durations;
    for (const CallRecord &r : store.find(filter))
        durations.append(int(r.durationMs));
    QCOMPARE(durations, expectedDurations);
    QCOMPARE(store.count(filter), std::optional<qint64>(expectedDurations.size()));
    QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
}

void TestHistoryStore::searchCombinesWithOutcome()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    fillSearchFixture(store);
    HistoryFilter filter;
    filter.outcome = Outcome::Success;
    QCOMPARE(store.count(filter), std::optional<qint64>(2));
    filter.search = QStringLiteral("33330005");
    QCOMPARE(store.count(filter), std::optional<qint64>(1));
    filter.outcome = Outcome::ClientError;
    QCOMPARE(store.count(filter), std::optional<qint64>(0));
}

void TestHistoryStore::listsNewestFirstWithPaging()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    QList<CallRecord> records;
    for (int i = 0; i < 30; ++i)
        records.append(makeRecord(i));
    std::swap(records[3], records[20]); // insertion order differs from time order
    QVERIFY(store.addAll(records));

    HistoryFilter filter;
    filter.limit = 5;
    filter.offset = 2;
    QList<int> durations;
    for (const CallRecord &r : store.find(filter))
        durations.append(int(r.durationMs));
    QCOMPARE(durations, (QList<int> {127, 126, 125, 124, 123}));
    QCOMPARE(store.count(filter), std::optional<qint64>(30));
}

void TestHistoryStore::forEachStopsWhenAsked()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    fillSearchFixture(store);
    int visited = 0;
    QVERIFY(store.forEach({}, [&](const CallRecord &) { return ++visited < 2; }));
    QCOMPARE(visited, 2);
}

void TestHistoryStore::twoWritersKeepEveryCall()
{
    HistoryStore first;
    HistoryStore second;
    QVERIFY(first.open(path()));
    QVERIFY(second.open(path()));
    QSet<QString> ids;
    for (int i = 0; i < 50; ++i) {
        CallRecord a = makeRecord(i);
        CallRecord b = makeRecord(1000 + i);
        QVERIFY2(first.add(a), qPrintable(first.lastError()));
        QVERIFY2(second.add(b), qPrintable(second.lastError()));
        ids << a.msCorrelationId << b.msCorrelationId;
    }
    QCOMPARE(first.count({}), std::optional<qint64>(100));
    QSet<QString> stored;
    for (const CallRecord &r : second.find({}))
        stored << r.msCorrelationId;
    QCOMPARE(stored, ids);
}

void TestHistoryStore::reopenKeepsCalls()
{
    {
        HistoryStore store;
        QVERIFY(store.open(path()));
        fillSearchFixture(store);
    }
    HistoryStore store;
    QVERIFY(store.open(path()));
    QCOMPARE(store.count({}), std::optional<qint64>(5));
    HistoryFilter filter;
    filter.search = QStringLiteral("exploded");
    QCOMPARE(store.count(filter), std::optional<qint64>(1));
}

void TestHistoryStore::pagesWalkEveryRowInOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("search");
    for (int column = 0; column < HistoryColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QByteArray name
                = QByteArray::number(column) + (order == Qt::AscendingOrder ? " asc" : " desc");
            QTest::newRow(name.constData()) << column << int(order) << QString();
            QTest::newRow(QByteArray(name + " searched").constData())
                << column << int(order) << QStringLiteral("aaaa-4bbb");
        }
    }
}

void TestHistoryStore::pagesWalkEveryRowInOrder()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, search);
    HistoryStore store;
    QVERIFY(store.open(path()));
    QList<CallRecord> records;
    // Many equal keys (versions, statuses, error codes) so ties must be broken by id.
    const Outcome outcomes[]
        = {Outcome::Success, Outcome::ClientError, Outcome::ServerError, Outcome::NetworkError};
    for (int i = 0; i < 41; ++i) {
        const Outcome outcome = outcomes[i % 4];
        std::optional<int> status;
        if (outcome == Outcome::Success)
            status = 200;
        else if (outcome == Outcome::ClientError)
            status = i % 3 ? 401 : 429;
        else if (outcome == Outcome::ServerError)
            status = 500;
        CallRecord r = makeRecord(i, outcome, status);
        r.apiVersion = i % 5 ? QStringLiteral("v1") : QStringLiteral("v2");
        r.durationMs = (i * 37) % 11;
        r.errorCode = outcome == Outcome::ClientError ? QString::number(600000 + i % 2) : QString();
        records.append(r);
    }
    QVERIFY(store.addAll(records));

    HistoryFilter filter;
    filter.search = search;
    const HistorySort sort {HistoryColumn(column), Qt::SortOrder(order)};
    QList<qint64> paged;
    std::optional<HistoryCursor> cursor;
    for (int guard = 0; guard < 50; ++guard) {
        const auto page = store.page(filter, sort, cursor, 7);
        QVERIFY2(page, qPrintable(store.lastError()));
        for (const CallRecord &r : *page)
            paged.append(r.id);
        if (page->size() < 7)
            break;
        cursor = HistoryStore::cursorAfter(page->constLast(), sort.column);
    }

    // The expected order, computed here from the same records.
    std::sort(records.begin(), records.end(), [&](const CallRecord &a, const CallRecord &b) {
        const QVariant ka = HistoryStore::cursorAfter(a, sort.column).key;
        const QVariant kb = HistoryStore::cursorAfter(b, sort.column).key;
        const QPartialOrdering c = QVariant::compare(ka, kb);
        if (c != QPartialOrdering::Equivalent && sort.column != HistoryColumn::Time)
            return sort.order == Qt::AscendingOrder ? c == QPartialOrdering::Less
                                                    : c == QPartialOrdering::Greater;
        return sort.order == Qt::AscendingOrder ? a.id < b.id : a.id > b.id;
    });
    QList<qint64> expected;
    for (const CallRecord &r : records)
        expected.append(r.id);
    QCOMPARE(paged, expected);
}

void TestHistoryStore::pagesLeaveBodiesOut()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    fillSearchFixture(store);
    const auto page = store.page({}, {}, std::nullopt, 10);
    QVERIFY(page);
    QCOMPARE(page->size(), 5);
    for (const CallRecord &r : *page)
        QCOMPARE(r.responseBody, QString());
    QCOMPARE(store.findById(page->at(2).id)->responseBody,
        QStringLiteral("<html>upstream gateway exploded</html>"));
}

void TestHistoryStore::dataVersionSeesOtherWriters()
{
    HistoryStore reader;
    HistoryStore writer;
    QVERIFY(reader.open(path()));
    QVERIFY(writer.open(path()));
    const std::optional<qint64> before = reader.dataVersion();
    QVERIFY(before);
    CallRecord r = makeRecord(1);
    QVERIFY(writer.add(r));
    QVERIFY(reader.dataVersion() != before);
}

void TestHistoryStore::streamedExportMatchesRecordRows()
{
    // The export reads raw UTF-8 columns from SQLite; HistoryCsvExporter::row() formats a
    // CallRecord. Both must give the same bytes for every field.
    HistoryStore store;
    QVERIFY(store.open(path()));
    QList<CallRecord> records;
    CallRecord full = makeRecord(1, Outcome::ClientError, 429);
    full.sentAtUtc = QDateTime::fromMSecsSinceEpoch(951782400007, Qt::UTC); // 2000-02-29
    full.httpReason = QStringLiteral("Too Many Requests");
    full.errorCode = QStringLiteral("-42");
    full.errorDescription
        = QStringLiteral("=cmd|' /C calc'!A0, \"quoted\"\r\nnext line, Grüße 日本");
    full.responseBody = QStringLiteral("@SUM(1)\n{\"statusCode\":429}");
    full.bodyTruncated = true;
    full.networkError = QStringLiteral("\tpartial");
    for (const QString &name : recordedResponseHeaders())
        full.responseHeaders.insert(name, name + QStringLiteral(" value, \"x\""));
    records << full << makeRecord(2) << makeRecord(3, Outcome::NetworkError, std::nullopt);
    records.last().sentAtUtc
        = QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC); // 1969-12-31T23:59:59.999Z
    QVERIFY(store.addAll(records));

#ifdef Q_OS_LINUX
    // Debian's Qt uses the system SQLite: exports must take the streamed path here.
    QVERIFY(store.canStreamExportRows());
#endif
    const QString csvPath = m_dir->filePath(QStringLiteral("out.csv"));
    const HistoryCsvExporter::Result result = HistoryCsvExporter::exportTo(store, {}, csvPath);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows, 3);

    QBuffer expected;
    QVERIFY(expected.open(QIODevice::WriteOnly));
    CsvWriter writer(&expected);
    QVERIFY(writer.writeBom() && writer.writeRow(HistoryCsvExporter::header()));
    for (auto it = records.crbegin(); it != records.crend(); ++it)
        QVERIFY(writer.writeRow(HistoryCsvExporter::row(*it)));
    QVERIFY(writer.flush());

    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray actual = file.readAll();
    QCOMPARE(actual, expected.data());
    QVERIFY(actual.contains("\r\n1969-12-31T23:59:59.999Z,v1,network-error,,,"));
    QVERIFY(actual.contains("\r\n2000-02-29T00:00:00.007Z,v1,client-error,429,,"));
}

void TestHistoryStore::addPendingThenCompleteReplacesTheRow()
{
    HistoryStore store;
    QVERIFY2(store.open(path()), qPrintable(store.lastError()));
    CallRecord pending = makeRecord(1, Outcome::NetworkError, std::nullopt);
    pending.tokenTenantId = QStringLiteral("tenant-1");
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(store.addPending(pending, 30s), qPrintable(store.lastError()));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(pending.id > 0);
    QCOMPARE(pending.outcome, Outcome::Pending);
    QCOMPARE(pending.attempt, 1);

    const std::optional<CallRecord> stored = store.findById(pending.id);
    QVERIFY(stored);
    QCOMPARE(stored->outcome, Outcome::Pending);
    QCOMPARE(stored->httpStatus, std::nullopt);
    QCOMPARE(stored->msRequestId, pending.msRequestId);
    QCOMPARE(stored->tokenTenantId, QStringLiteral("tenant-1"));
    QCOMPARE(rawValue(path(),
                 QStringLiteral("SELECT owner_pid FROM calls WHERE id = %1").arg(pending.id)),
        QString::number(QCoreApplication::applicationPid()));
    // The deadline runs from the commit: the request leaves only after it.
    const qint64 deadline = rawValue(
        path(), QStringLiteral("SELECT deadline_ms FROM calls WHERE id = %1").arg(pending.id))
                                .toLongLong();
    QVERIFY(deadline >= before + 30000 && deadline <= after + 30000);
    HistoryFilter byPending;
    byPending.search = QStringLiteral("pending");
    QCOMPARE(store.count(byPending), std::optional<qint64>(1));

    CallRecord result = pending;
    result.outcome = Outcome::Success;
    result.httpStatus = 200;
    result.httpReason = QStringLiteral("OK");
    result.durationMs = 321;
    result.correlationId = QStringLiteral("4c1f0a2e-9b7d-4e21-8a3c-5d6e7f809a1b");
    result.responseBody = QStringLiteral("{\"correlationId\":\"%1\"}").arg(result.correlationId);
    QVERIFY2(store.complete(result), qPrintable(store.lastError()));

    const std::optional<CallRecord> done = store.findById(pending.id);
    QVERIFY(done);
    QCOMPARE(done->id, pending.id);
    QCOMPARE(done->outcome, Outcome::Success);
    QCOMPARE(done->httpStatus, std::optional<int>(200));
    QCOMPARE(done->httpReason, QStringLiteral("OK"));
    QCOMPARE(done->durationMs, qint64(321));
    QCOMPARE(done->correlationId, result.correlationId);
    QCOMPARE(done->msCorrelationId, pending.msCorrelationId);
    QCOMPARE(done->msRequestId, pending.msRequestId);
    QCOMPARE(done->responseBody, result.responseBody);
    QCOMPARE(done->tokenTenantId, QStringLiteral("tenant-1"));
    QCOMPARE(done->attempt, 1);
    QCOMPARE(store.count({}), std::optional<qint64>(1));

    HistoryFilter byCorrelation;
    byCorrelation.search = result.correlationId;
    const QList<CallRecord> found = store.find(byCorrelation);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().id, pending.id);
    QCOMPARE(store.findByCorrelationId(result.correlationId)->id, pending.id);
    // The search text was swapped, not added to.
    QCOMPARE(store.count(byPending), std::optional<qint64>(0));
    HistoryFilter bySuccess;
    bySuccess.search = QStringLiteral("success");
    QCOMPARE(store.count(bySuccess), std::optional<qint64>(1));
    HistoryFilter pendingOutcome;
    pendingOutcome.outcome = Outcome::Pending;
    QCOMPARE(store.count(pendingOutcome), std::optional<qint64>(0));
    // A finished call is no longer in flight: recovery leaves it alone.
    QCOMPARE(store.recoverInterrupted(pending.sentAtUtc.addDays(1)), std::optional<int>(0));
    QCOMPARE(store.findById(pending.id)->outcome, Outcome::Success);
    QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
}

void TestHistoryStore::completeUnknownCallFails()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    CallRecord ghost = makeRecord(1);
    ghost.id = 999;
    QVERIFY(!store.complete(ghost));
    QCOMPARE(store.lastError(),
        QStringLiteral("The call 999 is no longer in the history %1.").arg(path()));
    QVERIFY(!store.recordDelivery(
        999, QStringLiteral("completed"), 1, QString(), QDateTime::currentDateTimeUtc(), {}));
    QCOMPARE(store.count({}), std::optional<qint64>(0));
}

void TestHistoryStore::recordDeliveryIsStoredSearchedAndExported()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    CallRecord first = makeRecord(1);
    first.tokenTenantId = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
    first.tokenAppId = QStringLiteral("1950a258-227b-4e31-a9cf-717495945fc2");
    first.tokenAudience = QStringLiteral("https://api.partnercenter.microsoft.com");
    QVERIFY(store.add(first));
    CallRecord other = makeRecord(2);
    QVERIFY(store.add(other));

    HistoryFilter byStatus;
    byStatus.search = QStringLiteral("completed");
    QCOMPARE(store.count(byStatus), std::optional<qint64>(0));

    const QDateTime checked = QDateTime::fromMSecsSinceEpoch(
        QDateTime(QDate(2026, 3, 1), QTime(10, 5, 0, 250), Qt::UTC).toMSecsSinceEpoch(), Qt::UTC);
    const QString body = QStringLiteral(
        "{\"status\":\"completed\",\"results\":[{\"responseCode\":\"OK\"},{\"responseCode\":"
        "\"200\",\"responseMessage\":\"delivered\"}]}");
    QVERIFY2(store.recordDelivery(first.id, QStringLiteral("completed"), 2,
                 QStringLiteral("200: delivered"), checked, body),
        qPrintable(store.lastError()));

    const std::optional<CallRecord> back = store.findById(first.id);
    QVERIFY(back);
    QCOMPARE(back->deliveryStatus, QStringLiteral("completed"));
    QCOMPARE(back->deliveryAttempts, 2);
    QCOMPARE(back->lastDeliveryResponse, QStringLiteral("200: delivered"));
    QCOMPARE(back->deliveryCheckedUtc, checked);
    QCOMPARE(back->deliveryBody, body);
    // The rest of the call is untouched.
    QCOMPARE(back->outcome, Outcome::Success);
    QCOMPARE(back->correlationId, first.correlationId);
    QCOMPARE(back->msRequestId, first.msRequestId);
    QCOMPARE(back->tokenAppId, first.tokenAppId);
    QCOMPARE(store.findById(other.id)->deliveryStatus, QString());
    QVERIFY(!store.findById(other.id)->deliveryCheckedUtc.isValid());

    const QList<CallRecord> found = store.find(byStatus);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().id, first.id);
    HistoryFilter byResponse;
    byResponse.search = QStringLiteral("delivered");
    QCOMPARE(store.count(byResponse), std::optional<qint64>(1));
    // The call's own search text is still there.
    HistoryFilter byCorrelation;
    byCorrelation.search = first.correlationId;
    QCOMPARE(store.count(byCorrelation), std::optional<qint64>(1));

    // A later check replaces the earlier one, in the index too.
    QVERIFY(store.recordDelivery(first.id, QStringLiteral("failed"), 10,
        QStringLiteral("500: boom"), checked.addSecs(60), QStringLiteral("{}")));
    QCOMPARE(store.count(byStatus), std::optional<qint64>(0));
    QCOMPARE(store.count(byResponse), std::optional<qint64>(0));
    byStatus.search = QStringLiteral("failed");
    QCOMPARE(store.count(byStatus), std::optional<qint64>(1));
    QVERIFY(store.recordDelivery(
        first.id, QStringLiteral("completed"), 2, QStringLiteral("200: delivered"), checked, body));

    CallRecord retry = makeRecord(3);
    retry.retryOf = first.id;
    QVERIFY(store.add(retry));
    QCOMPARE(retry.attempt, 2);

    // The CSV: the eleven contract columns, then the delivery status, the rest later.
    const QStringList header = HistoryCsvExporter::header();
    QCOMPARE(header.mid(0, 14),
        (QStringList {QStringLiteral("sent_at_utc"), QStringLiteral("api_version"),
            QStringLiteral("outcome"), QStringLiteral("http_status"),
            QStringLiteral("correlation_id"), QStringLiteral("ms_correlationid"),
            QStringLiteral("ms_requestid"), QStringLiteral("duration_ms"),
            QStringLiteral("error_code"), QStringLiteral("error_description"),
            QStringLiteral("error_body"), QStringLiteral("delivery_status"),
            QStringLiteral("delivery_attempts"), QStringLiteral("last_delivery_response")}));
    const QStringList later {QStringLiteral("token_tenant_id"), QStringLiteral("token_app_id"),
        QStringLiteral("token_audience"), QStringLiteral("attempt"), QStringLiteral("retry_of")};
    qsizetype previous = header.indexOf(QStringLiteral("last_delivery_response"));
    for (const QString &name : later) {
        const qsizetype at = header.indexOf(name);
        QVERIFY2(at > previous, qPrintable(name));
        previous = at;
    }
    QVERIFY(header.indexOf(QStringLiteral("delivery_checked_at_utc")) > 13);
    QStringList unique = header;
    QCOMPARE(unique.removeDuplicates(), qsizetype(0));

    const QString csvPath = m_dir->filePath(QStringLiteral("delivery.csv"));
    const HistoryCsvExporter::Result result = HistoryCsvExporter::exportTo(store, {}, csvPath);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows, 3);
    const QList<QStringList> rows = readCsv(csvPath);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), header);
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), header.size());
    const auto cell = [&](int row, const char *column) {
        return rows.at(row).at(header.indexOf(QLatin1String(column)));
    };
    // Newest first: the retry, the other call, the first call.
    QCOMPARE(cell(3, "ms_requestid"), first.msRequestId);
    QCOMPARE(cell(3, "delivery_status"), QStringLiteral("completed"));
    QCOMPARE(cell(3, "delivery_attempts"), QStringLiteral("2"));
    QCOMPARE(cell(3, "last_delivery_response"), QStringLiteral("200: delivered"));
    QCOMPARE(cell(3, "delivery_checked_at_utc"), QStringLiteral("2026-03-01T10:05:00.250Z"));
    QCOMPARE(cell(3, "token_tenant_id"), first.tokenTenantId);
    QCOMPARE(cell(3, "token_app_id"), first.tokenAppId);
    QCOMPARE(cell(3, "token_audience"), first.tokenAudience);
    QCOMPARE(cell(3, "attempt"), QStringLiteral("1"));
    QCOMPARE(cell(3, "retry_of"), QString());
    QCOMPARE(cell(2, "ms_requestid"), other.msRequestId);
    QCOMPARE(cell(2, "delivery_status"), QString());
    QCOMPARE(cell(2, "delivery_attempts"), QString());
    QCOMPARE(cell(2, "delivery_checked_at_utc"), QString());
    QCOMPARE(cell(1, "ms_requestid"), retry.msRequestId);
    QCOMPARE(cell(1, "attempt"), QStringLiteral("2"));
    QCOMPARE(cell(1, "retry_of"), QString::number(first.id));
    // The streamed export and the record formatter agree on the new columns.
    QCOMPARE(rows.at(3), HistoryCsvExporter::row(*store.findById(first.id)));
    QCOMPARE(rows.at(1), HistoryCsvExporter::row(*store.findById(retry.id)));
}

void TestHistoryStore::recoverKeepsOwnCallsInFlight()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    CallRecord pending = makeRecord(1, Outcome::NetworkError, std::nullopt);
    QVERIFY(store.addPending(pending, 30s));
    const QDateTime sent = pending.sentAtUtc;
    execRaw(path(),
        QStringLiteral("UPDATE calls SET deadline_ms = %1 WHERE id = %2")
            .arg(sent.toMSecsSinceEpoch() + 30000)
            .arg(pending.id));
    const qint64 grace = HistoryStore::InterruptGrace.count();
    // Longer than a write may wait for another writer (the busy timeout, 15 s).
    QVERIFY(grace > 15000);

    QCOMPARE(store.recoverInterrupted(sent), std::optional<int>(0));
    QCOMPARE(store.recoverInterrupted(sent.addSecs(30)), std::optional<int>(0));
    // The deadline passed, but not yet by the grace period.
    QCOMPARE(store.recoverInterrupted(sent.addMSecs(30000 + grace)), std::optional<int>(0));
    QCOMPARE(store.findById(pending.id)->outcome, Outcome::Pending);
    QCOMPARE(store.findById(pending.id)->networkError, QString());
    QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
}

void TestHistoryStore::recoverMarksCallsPastTheirDeadline()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    CallRecord pending = makeRecord(1, Outcome::NetworkError, std::nullopt);
    QVERIFY(store.addPending(pending, 30s));
    CallRecord inFlight = makeRecord(2, Outcome::NetworkError, std::nullopt);
    inFlight.sentAtUtc = pending.sentAtUtc.addSecs(60);
    QVERIFY(store.addPending(inFlight, 30s));
    CallRecord finished = makeRecord(3);
    QVERIFY(store.add(finished));
    // Deadlines as if each was committed when it was sent.
    for (const CallRecord *call : {&pending, &inFlight}) {
        execRaw(path(),
            QStringLiteral("UPDATE calls SET deadline_ms = %1 WHERE id = %2")
                .arg(call->sentAtUtc.toMSecsSinceEpoch() + 30000)
                .arg(call->id));
    }

    const QDateTime now
        = pending.sentAtUtc.addMSecs(30000 + HistoryStore::InterruptGrace.count() + 1);
    QCOMPARE(store.recoverInterrupted(now), std::optional<int>(1));

    const std::optional<CallRecord> marked = store.findById(pending.id);
    QVERIFY(marked);
    QCOMPARE(marked->outcome, Outcome::Interrupted);
    QCOMPARE(marked->msRequestId, pending.msRequestId);
    QCOMPARE(marked->msCorrelationId, pending.msCorrelationId);
    QCOMPARE(marked->httpStatus, std::nullopt);
    QCOMPARE(marked->networkError, InterruptedSentence);
    QCOMPARE(marked->sentAtUtc, pending.sentAtUtc);
    // A retry of an interrupted call carries the same MS-RequestId.
    QCOMPARE(RetryPolicy::requestIdForRetry(*marked), pending.msRequestId);
    QCOMPARE(store.findById(inFlight.id)->outcome, Outcome::Pending);
    QCOMPARE(store.findById(finished.id)->outcome, Outcome::Success);

    HistoryFilter byInterrupted;
    byInterrupted.search = QStringLiteral("interrupted");
    QCOMPARE(store.count(byInterrupted), std::optional<qint64>(1));
    HistoryFilter byPending;
    byPending.search = QStringLiteral("pending");
    QCOMPARE(store.count(byPending), std::optional<qint64>(1));
    HistoryFilter byRequestId;
    byRequestId.search = pending.msRequestId;
    QCOMPARE(store.find(byRequestId).size(), 1);
    QCOMPARE(store.find(byRequestId).first().id, pending.id);

    // Already marked: nothing more to do.
    QCOMPARE(store.recoverInterrupted(now), std::optional<int>(0));
}

void TestHistoryStore::recoverMarksCallsOfDeadPrograms()
{
    const qint64 pid = deadPid();
    QVERIFY(pid > 0);
    QVERIFY(pid != QCoreApplication::applicationPid());

    HistoryStore store;
    QVERIFY(store.open(path()));
    CallRecord pending = makeRecord(1, Outcome::NetworkError, std::nullopt);
    pending.sentAtUtc = QDateTime::currentDateTimeUtc();
    QVERIFY(store.addPending(pending, 30s));
    CallRecord own = makeRecord(2, Outcome::NetworkError, std::nullopt);
    own.sentAtUtc = pending.sentAtUtc;
    QVERIFY(store.addPending(own, 30s));
    execRaw(path(),
        QStringLiteral("UPDATE calls SET owner_pid = %1 WHERE id = %2").arg(pid).arg(pending.id));
    QCOMPARE(rawValue(path(),
                 QStringLiteral("SELECT owner_pid FROM calls WHERE id = %1").arg(pending.id)),
        QString::number(pid));

    // Long before its deadline: its program is gone, so no answer will come.
    QCOMPARE(store.recoverInterrupted(pending.sentAtUtc), std::optional<int>(1));
    const std::optional<CallRecord> marked = store.findById(pending.id);
    QVERIFY(marked);
    QCOMPARE(marked->outcome, Outcome::Interrupted);
    QCOMPARE(marked->msRequestId, pending.msRequestId);
    QCOMPARE(marked->networkError, InterruptedSentence);
    QCOMPARE(store.findById(own.id)->outcome, Outcome::Pending);
}

void TestHistoryStore::recoverKeepsCallsOfRunningPrograms()
{
    // Process 1 always runs (kill() answers EPERM for an unprivileged caller).
    HistoryStore store;
    QVERIFY(store.open(path()));
    CallRecord pending = makeRecord(1, Outcome::NetworkError, std::nullopt);
    pending.sentAtUtc = QDateTime::currentDateTimeUtc();
    QVERIFY(store.addPending(pending, 30s));
    execRaw(path(), QStringLiteral("UPDATE calls SET owner_pid = 1 WHERE id = %1").arg(pending.id));
    QCOMPARE(store.recoverInterrupted(pending.sentAtUtc), std::optional<int>(0));
    QCOMPARE(store.findById(pending.id)->outcome, Outcome::Pending);
    // Its deadline still applies.
    QCOMPARE(store.recoverInterrupted(QDateTime::currentDateTimeUtc().addMSecs(
                 30000 + HistoryStore::InterruptGrace.count() + 1000)),
        std::optional<int>(1));
    QCOMPARE(store.findById(pending.id)->outcome, Outcome::Interrupted);
}

void TestHistoryStore::retriesGetAttemptNumbers()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    CallRecord first = makeRecord(1, Outcome::NetworkError, std::nullopt);
    QVERIFY(store.add(first));
    QCOMPARE(first.attempt, 1);
    QCOMPARE(store.attemptCount(first.id), std::optional<int>(1));

    CallRecord second = makeRecord(2, Outcome::NetworkError, std::nullopt);
    second.msRequestId = first.msRequestId;
    second.retryOf = first.id;
    QVERIFY(store.addPending(second, 30s));
    QCOMPARE(second.attempt, 2);
    QCOMPARE(second.retryOf, first.id);
    QCOMPARE(store.attemptCount(first.id), std::optional<int>(2));

    CallRecord third = makeRecord(3);
    third.msRequestId = first.msRequestId;
    third.retryOf = first.id;
    third.attempt = 99; // the store decides
    QVERIFY(store.add(third));
    QCOMPARE(third.attempt, 3);
    QCOMPARE(store.attemptCount(first.id), std::optional<int>(3));

    // Another call's chain is counted apart.
    CallRecord unrelated = makeRecord(4);
    QVERIFY(store.add(unrelated));
    QCOMPARE(store.attemptCount(unrelated.id), std::optional<int>(1));
    QCOMPARE(store.attemptCount(first.id), std::optional<int>(3));
    QCOMPARE(store.attemptCount(12345), std::optional<int>(0));

    const std::optional<CallRecord> backSecond = store.findById(second.id);
    const std::optional<CallRecord> backThird = store.findById(third.id);
    QVERIFY(backSecond && backThird);
    QCOMPARE(backSecond->attempt, 2);
    QCOMPARE(backSecond->retryOf, first.id);
    QCOMPARE(backThird->attempt, 3);
    QCOMPARE(backThird->retryOf, first.id);
    QCOMPARE(store.findById(first.id)->attempt, 1);
    QCOMPARE(store.findById(first.id)->retryOf, qint64(0));
    QCOMPARE(RetryPolicy::firstAttemptId(*backThird), first.id);

    // Completing a pending retry keeps its place in the chain.
    CallRecord secondDone = *backSecond;
    secondDone.outcome = Outcome::ServerError;
    secondDone.httpStatus = 500;
    QVERIFY(store.complete(secondDone));
    QCOMPARE(store.findById(second.id)->attempt, 2);
    QCOMPARE(store.findById(second.id)->retryOf, first.id);
    QCOMPARE(store.attemptCount(first.id), std::optional<int>(3));
}

void TestHistoryStore::sendsSinceCountsPostsThatMayHaveReachedTheServer()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    const QString base = QStringLiteral("https://api.partnercenter.microsoft.com");
    const QDateTime since = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    const auto call = [&](qint64 offsetMs, Outcome outcome, std::optional<int> status) {
        CallRecord r = makeRecord(int(offsetMs / 1000 + 10), outcome, status);
        r.sentAtUtc = since.addMSecs(offsetMs);
        return r;
    };

    QList<CallRecord> records;
    records << call(8000, Outcome::Interrupted, std::nullopt); // included: may have arrived
    records << call(-1, Outcome::Success, 200); // before since
    records << call(5000, Outcome::ServerError, 500); // included
    records << call(1000, Outcome::ClientError, 429); // refused: no event used
    records << call(0, Outcome::Success, 200); // included: exactly at since
    records << call(2000, Outcome::NetworkError, std::nullopt); // no response
    CallRecord get = call(3000, Outcome::Success, 200);
    get.method = QStringLiteral("GET");
    get.path = QStringLiteral("/webhooks/v1/registration/validationEvents/x");
    records << get; // a status query is not a send
    CallRecord elsewhere = call(4000, Outcome::Success, 200);
    elsewhere.baseUrl = QStringLiteral("http://127.0.0.1:8080");
    records << elsewhere; // another endpoint
    records << call(6000, Outcome::ClientError, 400); // refused: no event made
    records << call(9000, Outcome::Cancelled, std::nullopt); // no response
    QVERIFY(store.addAll(records));
    CallRecord pending = call(7000, Outcome::NetworkError, std::nullopt);
    QVERIFY(store.addPending(pending, 30s)); // included: in flight

    const std::optional<QList<QDateTime>> sends = store.sendsSince(base, since);
    QVERIFY2(sends, qPrintable(store.lastError()));
    QCOMPARE(
        *sends, (QList<QDateTime> {since, since.addSecs(5), since.addSecs(7), since.addSecs(8)}));
    for (const QDateTime &t : *sends)
        QCOMPARE(t.timeSpec(), Qt::UTC);

    const std::optional<QList<QDateTime>> other
        = store.sendsSince(QStringLiteral("http://127.0.0.1:8080"), since);
    QVERIFY(other);
    QCOMPARE(*other, QList<QDateTime> {since.addSecs(4)});
    QCOMPARE(store.sendsSince(base, since.addSecs(10)), std::optional(QList<QDateTime>()));
    QCOMPARE(store.sendsSince(QStringLiteral("https://unknown.example"), since),
        std::optional(QList<QDateTime>()));
}

void TestHistoryStore::findsByCorrelationIdAndRequestId()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    CallRecord timedOut = makeRecord(1, Outcome::NetworkError, std::nullopt);
    QVERIFY(store.add(timedOut));
    CallRecord retry = makeRecord(2);
    retry.msRequestId = timedOut.msRequestId;
    retry.retryOf = timedOut.id;
    QVERIFY(store.add(retry));
    CallRecord other = makeRecord(3);
    QVERIFY(store.add(other));

    // The newest call with that MS-RequestId.
    QCOMPARE(store.findByRequestId(timedOut.msRequestId)->id, retry.id);
    QCOMPARE(store.findByRequestId(other.msRequestId)->id, other.id);
    QCOMPARE(store.findByCorrelationId(retry.correlationId)->id, retry.id);
    QCOMPARE(store.findByCorrelationId(other.correlationId)->msRequestId, other.msRequestId);
    QCOMPARE(store.findByCorrelationId(QStringLiteral("00000000-0000-0000-0000-000000000000")),
        std::nullopt);
    QCOMPARE(store.findByRequestId(QStringLiteral("nope")), std::nullopt);
    QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
}

void TestHistoryStore::migratesSchemaOneFile()
{
    // The schema-1 layout exactly as migration 1 created it.
    const QStringList schemaOne {
        QStringLiteral("CREATE TABLE calls ("
                       " id INTEGER PRIMARY KEY,"
                       " sent_at_ms INTEGER NOT NULL,"
                       " duration_ms INTEGER NOT NULL,"
                       " base_url TEXT NOT NULL,"
                       " api_version TEXT NOT NULL,"
                       " method TEXT NOT NULL,"
                       " path TEXT NOT NULL,"
                       " ms_correlation_id TEXT NOT NULL,"
                       " ms_request_id TEXT NOT NULL,"
                       " http_status INTEGER,"
                       " http_reason TEXT NOT NULL DEFAULT '',"
                       " outcome TEXT NOT NULL,"
                       " correlation_id TEXT NOT NULL DEFAULT '',"
                       " error_code TEXT NOT NULL DEFAULT '',"
                       " error_description TEXT NOT NULL DEFAULT '',"
                       " response_body TEXT NOT NULL DEFAULT '',"
                       " body_truncated INTEGER NOT NULL DEFAULT 0,"
                       " response_ms_correlation_id TEXT NOT NULL DEFAULT '',"
                       " response_ms_request_id TEXT NOT NULL DEFAULT '',"
                       " response_ms_cv TEXT NOT NULL DEFAULT '',"
                       " response_x_locale TEXT NOT NULL DEFAULT '',"
                       " response_retry_after TEXT NOT NULL DEFAULT '',"
                       " response_www_authenticate TEXT NOT NULL DEFAULT '',"
                       " network_error TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX calls_by_outcome ON calls (outcome)"),
        QStringLiteral("CREATE INDEX calls_by_version ON calls (api_version)"),
        QStringLiteral("CREATE INDEX calls_by_status ON calls (ifnull(http_status, 0))"),
        QStringLiteral("CREATE INDEX calls_by_correlation_id ON calls (correlation_id)"),
        QStringLiteral("CREATE INDEX calls_by_ms_correlation_id ON calls (ms_correlation_id)"),
        QStringLiteral("CREATE INDEX calls_by_ms_request_id ON calls (ms_request_id)"),
        QStringLiteral("CREATE INDEX calls_by_duration ON calls (duration_ms)"),
        QStringLiteral("CREATE INDEX calls_by_error_code ON calls (error_code)"),
        QStringLiteral("CREATE VIRTUAL TABLE call_search USING fts5("
                       " text, content='', tokenize='trigram')"),
        QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO schema_version (version) VALUES (1)"),
        QStringLiteral(
            "INSERT INTO calls (id, sent_at_ms, duration_ms, base_url, api_version, method, path,"
            " ms_correlation_id, ms_request_id, http_status, http_reason, outcome,"
            " correlation_id, response_ms_cv)"
            " VALUES (1, 1772359200000, 250, 'https://api.partnercenter.microsoft.com', 'v1',"
            " 'POST', '/webhooks/v1/registration/validationEvents',"
            " '5a6b7c8d-0000-4000-8000-000000000001', '5a6b7c8d-0000-4000-8000-000000000002',"
            " 200, 'OK', 'success', '04af2aea-d413-42db-824e-f328001484d1', 'cv.7')"),
        QStringLiteral("INSERT INTO call_search (rowid, text) VALUES (1,"
                       " '5a6b7c8d-0000-4000-8000-000000000001\n"
                       "5a6b7c8d-0000-4000-8000-000000000002\n"
                       "04af2aea-d413-42db-824e-f328001484d1\n200\nOK\nsuccess\nv1\ncv.7')"),
    };
    for (const QString &statement : schemaOne)
        execRaw(path(), statement);
    QCOMPARE(rawValue(path(), QStringLiteral("SELECT max(version) FROM schema_version")),
        QStringLiteral("1"));

    HistoryStore store;
    QVERIFY2(store.open(path()), qPrintable(store.lastError()));
    QCOMPARE(store.schemaVersion(), std::optional<int>(2));
    QCOMPARE(rawValue(path(), QStringLiteral("SELECT count(*) FROM schema_version")),
        QStringLiteral("1"));
    QCOMPARE(store.count({}), std::optional<qint64>(1));

    const std::optional<CallRecord> old = store.findById(1);
    QVERIFY(old);
    QCOMPARE(old->sentAtUtc, QDateTime::fromMSecsSinceEpoch(1772359200000, Qt::UTC));
    QCOMPARE(old->durationMs, qint64(250));
    QCOMPARE(old->outcome, Outcome::Success);
    QCOMPARE(old->httpStatus, std::optional<int>(200));
    QCOMPARE(old->msCorrelationId, QStringLiteral("5a6b7c8d-0000-4000-8000-000000000001"));
    QCOMPARE(old->msRequestId, QStringLiteral("5a6b7c8d-0000-4000-8000-000000000002"));
    QCOMPARE(old->correlationId, QStringLiteral("04af2aea-d413-42db-824e-f328001484d1"));
    QCOMPARE(old->responseHeaders.value(QStringLiteral("MS-CV")), QStringLiteral("cv.7"));
    QCOMPARE(old->attempt, 1);
    QCOMPARE(old->retryOf, qint64(0));
    QCOMPARE(old->tokenTenantId, QString());
    QCOMPARE(old->tokenAppId, QString());
    QCOMPARE(old->tokenAudience, QString());
    QCOMPARE(old->deliveryStatus, QString());
    QCOMPARE(old->deliveryAttempts, 0);
    QCOMPARE(old->lastDeliveryResponse, QString());
    QVERIFY(!old->deliveryCheckedUtc.isValid());
    QCOMPARE(old->deliveryBody, QString());
    QCOMPARE(rawValue(path(), QStringLiteral("SELECT owner_pid FROM calls WHERE id = 1")),
        QStringLiteral("NULL"));
    QCOMPARE(rawValue(path(), QStringLiteral("SELECT deadline_ms FROM calls WHERE id = 1")),
        QStringLiteral("NULL"));
    QCOMPARE(rawValue(path(), QStringLiteral("SELECT retry_of FROM calls WHERE id = 1")),
        QStringLiteral("NULL"));
    QCOMPARE(store.attemptCount(1), std::optional<int>(1));
    // The old search index still answers.
    HistoryFilter byCv;
    byCv.search = QStringLiteral("cv.7");
    QCOMPARE(store.count(byCv), std::optional<qint64>(1));

    // And the upgraded file takes schema-2 writes.
    QVERIFY2(store.recordDelivery(1, QStringLiteral("completed"), 1, QStringLiteral("OK"),
                 QDateTime::currentDateTimeUtc(), QStringLiteral("{}")),
        qPrintable(store.lastError()));
    CallRecord retry = makeRecord(5);
    retry.retryOf = 1;
    QVERIFY(store.addPending(retry, 30s));
    QCOMPARE(retry.attempt, 2);
    QCOMPARE(store.count(byCv), std::optional<qint64>(1));
    QCOMPARE(rawValue(path(), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(rawValue(path(),
                 QStringLiteral("INSERT INTO call_search(call_search) VALUES('integrity-check')")),
        QString());
    store.close();

    // Opening again changes nothing.
    HistoryStore again;
    QVERIFY(again.open(path()));
    QCOMPARE(again.schemaVersion(), std::optional<int>(2));
    QCOMPARE(again.count({}), std::optional<qint64>(2));
}

void TestHistoryStore::databaseStaysConsistent()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    fillSearchFixture(store);
    QList<CallRecord> pendings;
    for (int i = 10; i < 14; ++i) {
        CallRecord r = makeRecord(i, Outcome::NetworkError, std::nullopt);
        r.responseBody = QStringLiteral("partial body %1").arg(i);
        QVERIFY(store.addPending(r, 30s));
        pendings.append(r);
    }
    // One completes, one gets a delivery status, one is retried, the rest are interrupted.
    CallRecord done = pendings.at(0);
    done.outcome = Outcome::Success;
    done.httpStatus = 200;
    done.correlationId = QStringLiteral("6e0c1d2b-3a49-4f58-9e67-7d8c9bafb0c1");
    done.responseBody = QStringLiteral("{\"correlationId\":\"%1\"}").arg(done.correlationId);
    QVERIFY(store.complete(done));
    QVERIFY(store.recordDelivery(done.id, QStringLiteral("Submitted"), 0, QString(),
        QDateTime::currentDateTimeUtc(), QStringLiteral("{\"status\":\"Submitted\"}")));
    QVERIFY(store.recordDelivery(done.id, QStringLiteral("completed"), 1, QStringLiteral("OK"),
        QDateTime::currentDateTimeUtc(), QStringLiteral("{\"status\":\"completed\"}")));
    CallRecord retry = makeRecord(20);
    retry.retryOf = pendings.at(1).id;
    QVERIFY(store.add(retry));
    QCOMPARE(store.recoverInterrupted(QDateTime::currentDateTimeUtc().addDays(1)),
        std::optional<int>(3));

    QCOMPARE(rawValue(path(), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    // The contentless index forgets a row only when told the exact text it indexed: a wrong
    // 'delete' leaves it inconsistent, which FTS5's own check finds.
    const QString fts = rawValue(
        path(), QStringLiteral("INSERT INTO call_search(call_search) VALUES('integrity-check')"));
    if (fts.contains(QLatin1String("unsupported"), Qt::CaseInsensitive))
        qWarning("FTS5 integrity-check is not supported for contentless tables here: %s",
            qPrintable(fts));
    else
        QCOMPARE(fts, QString());

    HistoryFilter filter;
    filter.search = QStringLiteral("pending");
    QCOMPARE(store.count(filter), std::optional<qint64>(0));
    filter.search = QStringLiteral("interrupted");
    QCOMPARE(store.count(filter), std::optional<qint64>(3));
    filter.search = QStringLiteral("Submitted");
    QCOMPARE(store.count(filter), std::optional<qint64>(0));
    filter.search = QStringLiteral("completed");
    QCOMPARE(store.count(filter), std::optional<qint64>(1));
    filter.search = QStringLiteral("partial body 12");
    QCOMPARE(store.count(filter), std::optional<qint64>(1));
    QCOMPARE(store.count({}), std::optional<qint64>(10));
}

void TestHistoryStore::shortSearchTermsCoverTheNewFields_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("expected"); // rows found: 1 (the delivered call) or 0

    // Terms of three characters or more use the index, shorter ones a scan: both must look at
    // the same fields.
    QTest::newRow("delivery status, indexed") << QStringLiteral("completed") << 1;
    QTest::newRow("last delivery response, indexed") << QStringLiteral("Accepted") << 1;
    QTest::newRow("last delivery response, scanned") << QStringLiteral("ok") << 1;
    QTest::newRow("token tenant, indexed") << QStringLiteral("zqtenant") << 1;
    QTest::newRow("token tenant, scanned") << QStringLiteral("zq") << 1;
    QTest::newRow("absent, scanned") << QStringLiteral("yx") << 0;
}

void TestHistoryStore::shortSearchTermsCoverTheNewFields()
{
    QFETCH(QString, search);
    QFETCH(int, expected);
    HistoryStore store;
    QVERIFY(store.open(path()));
    CallRecord delivered = makeRecord(1);
    delivered.httpStatus = 201;
    delivered.httpReason = QStringLiteral("Created");
    delivered.tokenTenantId = QStringLiteral("zqtenant");
    QVERIFY(store.add(delivered));
    CallRecord other = makeRecord(2, Outcome::ClientError, 401);
    QVERIFY(store.add(other));
    QVERIFY(store.recordDelivery(delivered.id, QStringLiteral("completed"), 2,
        QStringLiteral("OK: Accepted"), QDateTime::currentDateTimeUtc(), QStringLiteral("{}")));

    HistoryFilter filter;
    filter.search = search;
    const QList<CallRecord> found = store.find(filter);
    QCOMPARE(found.size(), expected);
    if (expected)
        QCOMPARE(found.first().id, delivered.id);
    QCOMPARE(store.count(filter), std::optional<qint64>(expected));
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
