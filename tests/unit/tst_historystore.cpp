// HistoryStore on real SQLite files in a temporary folder: round trip, schema and migrations,
// search over every field, paging, concurrent writers, damaged or foreign files.
#include "export/CsvWriter.h"
#include "export/HistoryCsvExporter.h"
#include "history/HistoryStore.h"

#include <QBuffer>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
