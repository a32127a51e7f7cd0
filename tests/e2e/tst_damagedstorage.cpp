// Damaged and unusable history files, through the real CLI: the program starts, explains what
// happened, never deletes the file, and either starts a new history (keeping the damaged one
// aside) or works read-only.
#include "CliRunner.h"
#include "FakePartnerCenter.h"
#include "history/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

const QByteArray Token = "damaged-storage-token-5e7a91";

CallRecord call(int i)
{
    CallRecord r;
    r.sentAtUtc = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC).addSecs(i);
    r.baseUrl = QStringLiteral("https://api.partnercenter.microsoft.com");
    r.apiVersion = QStringLiteral("v1");
    r.method = QStringLiteral("POST");
    r.path = QStringLiteral("/webhooks/v1/registration/validationEvents");
    r.msCorrelationId
        = QStringLiteral("aaaaaaaa-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
    r.msRequestId = QStringLiteral("bbbbbbbb-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
    r.httpStatus = 200;
    r.outcome = Outcome::Success;
    r.correlationId = QStringLiteral("cccccccc-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
    r.responseBody = QString(400, QLatin1Char('x')); // a few rows per page: many pages
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString firstValue(const QString &path, const QString &sql)
{
    QString value;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            value = query.exec(sql) && query.next()
                ? query.value(0).toString()
                : QStringLiteral("ERROR: ") + query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return value;
}

bool run(const QStringList &command)
{
    QProcess process;
    process.start(command.first(), command.mid(1));
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
}

} // namespace

class TestDamagedStorage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void damagedFileIsKeptAsideAndReplaced_data();
    void damagedFileIsKeptAsideAndReplaced();
    void newerSchemaIsReadOnly();
    void unwritableHistoryIsReadOnly();
    void fullDiskLosesNothing();

private:
    QString historyPath() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    QStringList args(const QString &history) const
    {
        return {QStringLiteral("--history"), history, QStringLiteral("--base-url"),
            m_server->baseUrl().toString()};
    }
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = CliRunner::cleanEnvironment();
        e.insert(QStringLiteral("PARTNER_CENTER_TOKEN"), QString::fromLatin1(Token));
        return e;
    }
    void fill(const QString &path, int count);
    // A small tmpfs at dir (root only); false when mounting is not possible here.
    bool mountTmpfs(const QString &dir, const QString &size);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakePartnerCenter> m_server;
    QStringList m_mounts;
};

void TestDamagedStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<FakePartnerCenter>();
    QVERIFY(m_server->listen());
}

void TestDamagedStorage::cleanup()
{
    for (const QString &mount : std::as_const(m_mounts))
        run({QStringLiteral("umount"), QStringLiteral("-l"), mount});
    m_mounts.clear();
    m_server.reset();
    m_dir.reset();
}

void TestDamagedStorage::fill(const QString &path, int count)
{
    HistoryStore store;
    QVERIFY2(store.open(path), qPrintable(store.lastError()));
    QList<CallRecord> records;
    for (int i = 0; i < count; ++i)
        records << call(i);
    QVERIFY(store.addAll(records));
    store.close();
    // Everything in the main file, nothing left in the write-ahead log.
    QCOMPARE(
        firstValue(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")), QStringLiteral("0"));
}

bool TestDamagedStorage::mountTmpfs(const QString &dir, const QString &size)
{
    if (::geteuid() != 0 || !QDir().mkpath(dir))
        return false;
    if (!run({QStringLiteral("mount"), QStringLiteral("-t"), QStringLiteral("tmpfs"),
            QStringLiteral("-o"), QStringLiteral("size=") + size, QStringLiteral("tmpfs"), dir}))
        return false;
    m_mounts.prepend(dir);
    return true;
}

void TestDamagedStorage::damagedFileIsKeptAsideAndReplaced_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not SQLite") << QStringLiteral("text")
                                << QStringLiteral("file is not a database");
    QTest::newRow("header overwritten")
        << QStringLiteral("header") << QStringLiteral("file is not a database");
    QTest::newRow("pages overwritten") << QStringLiteral("pages") << QString();
    QTest::newRow("truncated") << QStringLiteral("truncated") << QString();
}

void TestDamagedStorage::damagedFileIsKeptAsideAndReplaced()
{
    QFETCH(QString, damage);
    QFETCH(QString, reason);
    const QString path = historyPath();
    if (damage == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,status\r\nnot,a database\r\n" + QByteArray(8192, ';'));
    } else {
        fill(path, 400);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 100 * 1024);
        if (damage == QLatin1String("header")) {
            file.write(QByteArray(100, '\xff'));
        } else if (damage == QLatin1String("pages")) {
            for (qint64 at = 4096 * 3; at < size - 4096; at += 4096 * 5) {
                file.seek(at);
                file.write(QByteArray(4096, '\x5a'));
            }
        } else {
            QVERIFY(file.resize(size / 2));
        }
    }
    const QByteArray before = readAll(path);

    const CliResult listed = CliRunner::run(args(path) << QStringLiteral("history"), env());
    QCOMPARE(listed.exitCode, 0);
    QStringList kept = QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.damaged-*")});
    // Its journal files travel with it.
    kept.removeIf([](const QString &name) {
        return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
    });
    QCOMPARE(kept.size(), 1);
    const QString keptPath = m_dir->filePath(kept.first());
    const QByteArray opening = "webhook-diag-cli: The history " + path.toUtf8() + " was damaged (";
    const QByteArray ending
        = "). It was kept as " + keptPath.toUtf8() + ", and a new history was started.\n";
    QVERIFY2(listed.err.startsWith(opening), listed.err.constData());
    QVERIFY2(listed.err.contains(ending), listed.err.constData());
    if (!reason.isEmpty())
        QVERIFY2(listed.err.contains(reason.toUtf8()), listed.err.constData());
    // Never deleted: the damaged bytes are kept as they were.
    QCOMPARE(readAll(keptPath), before);
    QCOMPARE(listed.out.count('\n'), 1); // the header only: a new, empty history

    // The new history works.
    const CliResult sent = CliRunner::run(args(path) << QStringLiteral("send"), env());
    QCOMPARE(sent.exitCode, 0);
    QCOMPARE(sent.err, QByteArray());
    HistoryStore store;
    QVERIFY(store.open(path));
    QCOMPARE(store.count({}), std::optional<qint64>(1));
    QCOMPARE(firstValue(path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

void TestDamagedStorage::newerSchemaIsReadOnly()
{
    const QString path = historyPath();
    fill(path, 3);
    QCOMPARE(firstValue(
                 path, QStringLiteral("UPDATE schema_version SET version = 99 RETURNING version")),
        QStringLiteral("99"));
    const QByteArray before = readAll(path);

    const CliResult listed = CliRunner::run(args(path) << QStringLiteral("history"), env());
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.err,
        "webhook-diag-cli: The history " + path.toUtf8()
            + " was written by a newer version of Webhook Diagnostics (schema 99; this version "
              "understands up to 2). It is shown read-only; new calls are not saved to it.\n");
    QCOMPARE(listed.out.count('\n'), 4); // header and the three calls

    const CliResult sent = CliRunner::run(args(path) << QStringLiteral("send"), env());
    QCOMPARE(sent.exitCode, 1);
    QVERIFY2(sent.err.contains("is open read-only; nothing was saved. Nothing was sent.\n"),
        sent.err.constData());
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(readAll(path), before);
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.damaged-*")}).isEmpty());
}

void TestDamagedStorage::unwritableHistoryIsReadOnly()
{
    // Root ignores file permissions: a read-only mount stands in for them.
    QString folder = m_dir->filePath(QStringLiteral("history"));
    if (::geteuid() == 0) {
        if (!mountTmpfs(folder, QStringLiteral("4m")))
            QSKIP("cannot mount a tmpfs here");
    } else {
        QVERIFY(QDir().mkpath(folder));
    }
    const QString path = QDir(folder).filePath(QStringLiteral("history.sqlite"));
    fill(path, 5);
    if (::geteuid() == 0) {
        QVERIFY(run(
            {QStringLiteral("mount"), QStringLiteral("-o"), QStringLiteral("remount,ro"), folder}));
    } else {
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    }
    const QByteArray before = readAll(path);

    const CliResult listed = CliRunner::run(args(path) << QStringLiteral("history"), env());
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QCOMPARE(listed.err,
        "webhook-diag-cli: The history " + path.toUtf8()
            + " cannot be written here: calls are shown, but new calls are not saved.\n");
    QCOMPARE(listed.out.count('\n'), 6);

    const CliResult sent = CliRunner::run(args(path) << QStringLiteral("send"), env());
    QCOMPARE(sent.exitCode, 1);
    QVERIFY2(sent.err.contains("Nothing was sent."), sent.err.constData());
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(readAll(path), before);
    if (::geteuid() != 0)
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestDamagedStorage::fullDiskLosesNothing()
{
    const QString folder = m_dir->filePath(QStringLiteral("small"));
    if (!mountTmpfs(folder, QStringLiteral("2m")))
        QSKIP("needs root and a tmpfs mount for a small disk");
    const QString path = QDir(folder).filePath(QStringLiteral("history.sqlite"));
    // Fill the disk with calls until a write fails.
    int stored = 0;
    {
        HistoryStore store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        for (;; ++stored) {
            CallRecord r = call(stored);
            if (!store.add(r)) {
                QVERIFY2(store.lastError().contains(QStringLiteral("full")),
                    qPrintable(store.lastError()));
                break;
            }
            QVERIFY(stored < 100000);
        }
    }
    QVERIFY2(stored > 10, qPrintable(QString::number(stored)));
    QFile ballast(QDir(folder).filePath(QStringLiteral("ballast")));
    QVERIFY(ballast.open(QIODevice::WriteOnly));
    while (ballast.write(QByteArray(4096, 'b')) == 4096) { }
    ballast.close();

    // The write-ahead record cannot be written: nothing is sent, and the CLI says why.
    const CliResult sent = CliRunner::run(args(path) << QStringLiteral("send"), env());
    QCOMPARE(sent.exitCode, 1);
    QVERIFY2(
        sent.err.contains("full") && sent.err.contains("Nothing was sent."), sent.err.constData());
    QCOMPARE(m_server->requests().size(), 0);

    // Every call written before the disk filled is still there and intact.
    HistoryStore store;
    QVERIFY(store.open(path));
    QCOMPARE(store.count({}), std::optional<qint64>(stored));
    QCOMPARE(firstValue(path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    // Room again (a bigger disk): the next call is saved.
    QVERIFY(ballast.remove());
    QVERIFY(run({QStringLiteral("mount"), QStringLiteral("-o"), QStringLiteral("remount,size=8m"),
        folder}));
    const CliResult again = CliRunner::run(args(path) << QStringLiteral("send"), env());
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(store.count({}), std::optional<qint64>(stored + 1));
}

QTEST_GUILESS_MAIN(TestDamagedStorage)
#include "tst_damagedstorage.moc"
