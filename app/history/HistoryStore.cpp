#include "HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <array>
#include <atomic>

#include <sqlite3.h>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <signal.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace {

constexpr int BusyTimeoutMs = 15000;

// Each entry moves the schema up by one version. Never edit a released entry: add one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps {
        // 1: calls, their search index and indexes for newest-first listing.
        {
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
                           // The recorded response headers, one column each (see
                           // headerColumns): exports read them without parsing JSON.
                           " response_ms_correlation_id TEXT NOT NULL DEFAULT '',"
                           " response_ms_request_id TEXT NOT NULL DEFAULT '',"
                           " response_ms_cv TEXT NOT NULL DEFAULT '',"
                           " response_x_locale TEXT NOT NULL DEFAULT '',"
                           " response_retry_after TEXT NOT NULL DEFAULT '',"
                           " response_www_authenticate TEXT NOT NULL DEFAULT '',"
                           " network_error TEXT NOT NULL DEFAULT '')"),
            // One index per sortable column: with the id as implicit second key they serve
            // keyset paging in either direction without sorting a million rows.
            QStringLiteral("CREATE INDEX calls_by_outcome ON calls (outcome)"),
            QStringLiteral("CREATE INDEX calls_by_version ON calls (api_version)"),
            QStringLiteral("CREATE INDEX calls_by_status ON calls (ifnull(http_status, 0))"),
            QStringLiteral("CREATE INDEX calls_by_correlation_id ON calls (correlation_id)"),
            QStringLiteral("CREATE INDEX calls_by_ms_correlation_id ON calls (ms_correlation_id)"),
            QStringLiteral("CREATE INDEX calls_by_ms_request_id ON calls (ms_request_id)"),
            QStringLiteral("CREATE INDEX calls_by_duration ON calls (duration_ms)"),
            QStringLiteral("CREATE INDEX calls_by_error_code ON calls (error_code)"),
            // Contentless trigram index: substring search over IDs and texts without a
            // second copy of every body.
            QStringLiteral("CREATE VIRTUAL TABLE call_search USING fts5("
                           " text, content='', tokenize='trigram')"),
        },
        // 2: the write-ahead record, retries, token claims and delivery status (issue 4).
        {
            // A pending call's program and the moment its total deadline passes: together
            // they tell a call still in flight from one whose program died.
            QStringLiteral("ALTER TABLE calls ADD COLUMN owner_pid INTEGER"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN deadline_ms INTEGER"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN retry_of INTEGER"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN token_tenant_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN token_app_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN token_audience TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN delivery_status TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN delivery_attempts INTEGER"),
            QStringLiteral(
                "ALTER TABLE calls ADD COLUMN last_delivery_response TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN delivery_checked_ms INTEGER"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN delivery_body TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX calls_by_delivery ON calls (delivery_status)"),
            // The throttle looks at the last minute; retries are counted per first attempt.
            QStringLiteral("CREATE INDEX calls_by_sent_at ON calls (sent_at_ms)"),
            QStringLiteral(
                "CREATE INDEX calls_by_retry_of ON calls (retry_of) WHERE retry_of IS NOT NULL"),
        },
    };
    return steps;
}

// Column of each recorded response header, in recordedResponseHeaders() order.
const std::array<const char *, 6> headerColumns {
    "response_ms_correlation_id",
    "response_ms_request_id",
    "response_ms_cv",
    "response_x_locale",
    "response_retry_after",
    "response_www_authenticate",
};

// The header columns joined by separator, e.g. ", " for a column list.
QString headerColumnList(const QString &separator)
{
    QStringList names;
    for (const char *name : headerColumns)
        names.append(QString::fromLatin1(name));
    return names.join(separator);
}

// The columns a CallRecord is written to, in bindRecord()'s order.
const QStringList &recordColumns()
{
    static const QStringList columns = [] {
        QStringList names {QStringLiteral("sent_at_ms"), QStringLiteral("duration_ms"),
            QStringLiteral("base_url"), QStringLiteral("api_version"), QStringLiteral("method"),
            QStringLiteral("path"), QStringLiteral("ms_correlation_id"),
            QStringLiteral("ms_request_id"), QStringLiteral("http_status"),
            QStringLiteral("http_reason"), QStringLiteral("outcome"),
            QStringLiteral("correlation_id"), QStringLiteral("error_code"),
            QStringLiteral("error_description"), QStringLiteral("response_body"),
            QStringLiteral("body_truncated"), QStringLiteral("network_error")};
        for (const char *name : headerColumns)
            names.append(QString::fromLatin1(name));
        names << QStringLiteral("attempt") << QStringLiteral("retry_of")
              << QStringLiteral("token_tenant_id") << QStringLiteral("token_app_id")
              << QStringLiteral("token_audience") << QStringLiteral("delivery_status")
              << QStringLiteral("delivery_attempts") << QStringLiteral("last_delivery_response")
              << QStringLiteral("delivery_checked_ms") << QStringLiteral("delivery_body")
              << QStringLiteral("owner_pid") << QStringLiteral("deadline_ms");
        return names;
    }();
    return columns;
}

// Columns in recordFrom()'s order; pages for the table leave the (up to 1 MiB) bodies out.
QString selectColumns(bool withBody)
{
    return QStringLiteral("calls.id, sent_at_ms, duration_ms, base_url, api_version, method, path,"
                          " ms_correlation_id, ms_request_id, http_status, http_reason, outcome,"
                          " correlation_id, error_code, error_description, ")
        + (withBody ? QStringLiteral("response_body") : QStringLiteral("''"))
        + QStringLiteral(", body_truncated, network_error, ")
        + headerColumnList(QStringLiteral(", "))
        + QStringLiteral(", attempt, retry_of, token_tenant_id, token_app_id, token_audience,"
                         " delivery_status, delivery_attempts, last_delivery_response,"
                         " delivery_checked_ms, ")
        + (withBody ? QStringLiteral("delivery_body") : QStringLiteral("''"));
}

QVariant nullableInt(qint64 value, bool present)
{
    return present ? QVariant(value) : QVariant(QMetaType::fromType<qint64>());
}

// The SQL expression a column sorts by; each has an index (see migration 1).
QString sortKey(HistoryColumn column, const QString &idExpression)
{
    switch (column) {
    case HistoryColumn::Time:
        return idExpression; // rows are recorded in time order
    case HistoryColumn::Version:
        return QStringLiteral("api_version");
    case HistoryColumn::Status:
        return QStringLiteral("ifnull(http_status, 0)");
    case HistoryColumn::CorrelationId:
        return QStringLiteral("correlation_id");
    case HistoryColumn::MsCorrelationId:
        return QStringLiteral("ms_correlation_id");
    case HistoryColumn::MsRequestId:
        return QStringLiteral("ms_request_id");
    case HistoryColumn::Duration:
        return QStringLiteral("duration_ms");
    case HistoryColumn::Error:
        return QStringLiteral("error_code");
    case HistoryColumn::Delivery:
        return QStringLiteral("delivery_status");
    }
    return idExpression;
}

// Search text indexed per call: bodies beyond this are kept but not searched.
constexpr int MaxIndexedBodyLength = 4096;

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
// Lone UTF-16 surrogates (from JSON escapes like "\ud83d", or a cut through an emoji) become
// U+FFFD: SQLite would store them differently from how it indexed them, and a contentless
// index can only forget a row by the exact text it indexed.
QString text(const QString &value)
{
    if (value.isNull())
        return QString(QLatin1String(""));
    QString clean = value;
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const QChar c = clean.at(i);
        if (c.isHighSurrogate() && i + 1 < clean.size() && clean.at(i + 1).isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            clean[i] = QChar::ReplacementCharacter;
        }
    }
    return clean;
}

// Whether a process with this id exists (a recycled id reads as running until the deadline).
bool processRuns(qint64 pid)
{
    if (pid <= 0)
        return false;
#if defined(Q_OS_UNIX)
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#elif defined(Q_OS_WIN)
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    return true; // unknown here: the deadline decides
#endif
}

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("webhook-diag-history-%1").arg(++counter);
}

} // namespace

HistoryStore::HistoryStore()
    : m_connectionName(nextConnectionName())
{ }

HistoryStore::~HistoryStore()
{
    close();
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

void HistoryStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool HistoryStore::fail(const QString &sentence, const QString &detail)
{
    m_lastError = detail.isEmpty() ? sentence : tr("%1 (%2)").arg(sentence, detail);
    return false;
}

bool HistoryStore::openConnection(const QString &path, bool readOnly, bool immutable)
{
    close();
    m_path = path;
    m_lastError.clear();
    m_readOnly = readOnly;
    m_newerSchema = false;
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
        if (immutable) {
            // A write-ahead-log file on a read-only disk: SQLite cannot create its shared
            // memory file there, but can read the file as a snapshot.
            QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
            uri.setScheme(QStringLiteral("file"));
            uri.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            options += QStringLiteral(";QSQLITE_OPEN_URI");
        } else {
            db.setDatabaseName(path);
        }
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        opened = db.open();
        if (!opened)
            fail(tr("Cannot open the history %1.").arg(path), db.lastError().text());
    }
    if (!opened)
        close();
    return opened;
}

bool HistoryStore::open(const QString &path)
{
    const QFileInfo info(path);
    const bool existed = info.exists();
    if (!QDir().mkpath(info.absolutePath())) {
        m_path = path;
        return fail(
            tr("Cannot create the folder for the history %1.").arg(info.absolutePath()), QString());
    }
    if (!openConnection(path, false, false))
        return false;
    if (!existed) {
        // The history holds error bodies from the service: keep it private to the user.
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    if (!configure() || !migrate()) {
        const QString error = m_lastError;
        const bool newer = m_newerSchema;
        close();
        m_lastError = error;
        m_newerSchema = newer;
        return false;
    }
    return true;
}

bool HistoryStore::openReadOnly(const QString &path)
{
    if (!openConnection(path, true, false))
        return false;
    std::optional<int> version = schemaVersion();
    if (!version && openConnection(path, true, true))
        version = schemaVersion();
    // Reading needs this version's columns: an older file would have to be upgraded first.
    QSqlQuery probe(QSqlDatabase::database(m_connectionName, false));
    if (!version || *version < SchemaVersion
        || !probe.exec(QStringLiteral("SELECT ") + selectColumns(false)
            + QStringLiteral(" FROM calls ORDER BY id DESC LIMIT 1"))) {
        const QString detail = probe.lastError().isValid() ? probe.lastError().text() : QString();
        close();
        return fail(tr("The history %1 cannot be read without upgrading it, and it cannot be "
                       "written.")
                        .arg(path),
            detail);
    }
    return true;
}

QString HistoryStore::damage(const QString &path)
{
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    QString reason;
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(db, BusyTimeoutMs);
        sqlite3_stmt *statement = nullptr;
        // quick_check reads every page once: only ever run after the history failed to open.
        int rc = sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &statement, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(statement);
        const int code = sqlite3_errcode(db) & 0xff;
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) {
            reason = QString::fromUtf8(sqlite3_errmsg(db));
        } else if (rc == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
            const QString result = QString::fromUtf8(text ? text : "");
            if (result != QLatin1String("ok"))
                reason = result.left(300);
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return reason;
}

HistoryStore::OpenReport HistoryStore::openResilient(const QString &path)
{
    OpenReport report;
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    const bool writable = info.exists() ? info.isWritable() && folder.isWritable()
                                        : !folder.exists() || folder.isWritable();
    if (!writable) {
        if (openReadOnly(path)) {
            report.mode = OpenMode::ReadOnly;
            report.notice = tr("The history %1 cannot be written here: calls are shown, but new "
                               "calls are not saved.")
                                .arg(path);
        }
        return report;
    }

    if (open(path)) {
        // A truncated file opens; reading its last page is what shows it.
        QSqlQuery probe(QSqlDatabase::database(m_connectionName, false));
        if (probe.exec(QStringLiteral("SELECT max(id) FROM calls")) && probe.next()) {
            report.mode = OpenMode::Normal;
            return report;
        }
        fail(tr("Cannot read the history %1.").arg(path), probe.lastError().text());
        close();
    }
    if (m_newerSchema) {
        const QString why = m_lastError;
        if (openReadOnly(path)) {
            report.mode = OpenMode::ReadOnly;
            report.notice = why + QLatin1Char(' ')
                + tr("It is shown read-only; new calls are not saved to it.");
        }
        return report;
    }

    const QString reason = damage(path);
    if (reason.isEmpty())
        return report; // busy, or a problem with the folder: lastError() says which
    // Never deleted: renamed with its journal files, for the user (or support) to look at.
    const QString keptAs = path
        + QStringLiteral(".damaged-%1")
              .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (!QFile::rename(path, keptAs)) {
        fail(tr("The history %1 is damaged (%2) and cannot be moved aside.").arg(path, reason),
            QString());
        return report;
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix))
            QFile::rename(path + suffix, keptAs + suffix);
    }
    if (!open(path))
        return report;
    report.mode = OpenMode::Fresh;
    report.keptAs = keptAs;
    report.notice = tr("The history %1 was damaged (%2). It was kept as %3, and a new history "
                       "was started.")
                        .arg(path, reason, keptAs);
    return report;
}

bool HistoryStore::configure()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // WAL lets the window read while the CLI writes; FULL makes each commit survive a crash.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return fail(tr("The file %1 is not a usable history database.").arg(m_path),
            query.lastError().text());
    if (query.next()
        && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(tr("The history %1 cannot use write-ahead logging.").arg(m_path),
            query.value(0).toString());
    if (!query.exec(QStringLiteral("PRAGMA synchronous=FULL"))
        || !query.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return fail(tr("Cannot configure the history %1.").arg(m_path), query.lastError().text());
    return true;
}

bool HistoryStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    // IMMEDIATE: two processes opening a fresh file must not both create the tables.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(
            tr("The history %1 is busy or unreadable.").arg(m_path), query.lastError().text());

    auto rollback = [&](const QString &sentence, const QString &detail) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return fail(sentence, detail);
    };

    if (!query.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
        return rollback(tr("The file %1 is not a usable history database.").arg(m_path),
            query.lastError().text());
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"))
        || !query.next())
        return rollback(tr("Cannot read the schema version of the history %1.").arg(m_path),
            query.lastError().text());
    const int current = query.value(0).toInt();
    query.finish();

    if (current > SchemaVersion) {
        m_newerSchema = true;
        return rollback(tr("The history %1 was written by a newer version of Webhook Diagnostics "
                           "(schema %2; this version understands up to %3).")
                            .arg(m_path)
                            .arg(current)
                            .arg(SchemaVersion),
            QString());
    }
    for (int version = current + 1; version <= SchemaVersion; ++version) {
        for (const QString &statement : migrations().at(version - 1)) {
            if (!query.exec(statement))
                return rollback(
                    tr("Cannot upgrade the history %1 to schema %2.").arg(m_path).arg(version),
                    query.lastError().text());
        }
    }
    if (current != SchemaVersion) {
        QSqlQuery update(db);
        if (!update.exec(QStringLiteral("DELETE FROM schema_version"))
            || !update.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)")))
            return rollback(tr("Cannot record the schema version of the history %1.").arg(m_path),
                update.lastError().text());
        update.addBindValue(SchemaVersion);
        if (!update.exec())
            return rollback(tr("Cannot record the schema version of the history %1.").arg(m_path),
                update.lastError().text());
    }
    if (!query.exec(QStringLiteral("COMMIT")))
        return rollback(tr("Cannot save the history %1.").arg(m_path), query.lastError().text());
    return true;
}

std::optional<int> HistoryStore::schemaVersion()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !query.next()) {
        fail(tr("Cannot read the schema version of the history %1.").arg(m_path),
            query.lastError().text());
        return std::nullopt;
    }
    return query.value(0).toInt();
}

QString HistoryStore::searchText(const CallRecord &record)
{
    QStringList parts {
        record.msCorrelationId,
        record.msRequestId,
        record.correlationId,
        record.httpStatus ? QString::number(*record.httpStatus) : QString(),
        record.httpReason,
        outcomeName(record.outcome),
        record.apiVersion,
        record.errorCode,
        record.errorDescription,
        record.networkError,
        record.responseBody.left(MaxIndexedBodyLength),
        record.tokenTenantId,
        record.tokenAppId,
        record.tokenAudience,
        record.deliveryStatus,
        record.lastDeliveryResponse,
    };
    for (auto it = record.responseHeaders.cbegin(); it != record.responseHeaders.cend(); ++it)
        parts.append(it.value());
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n'));
}

void HistoryStore::bindRecord(QSqlQuery &query, const CallRecord &record,
    std::optional<std::chrono::milliseconds> pendingTimeout)
{
    query.addBindValue(record.sentAtUtc.toMSecsSinceEpoch());
    query.addBindValue(record.durationMs);
    query.addBindValue(text(record.baseUrl));
    query.addBindValue(text(record.apiVersion));
    query.addBindValue(text(record.method));
    query.addBindValue(text(record.path));
    query.addBindValue(text(record.msCorrelationId));
    query.addBindValue(text(record.msRequestId));
    query.addBindValue(nullableInt(record.httpStatus.value_or(0), record.httpStatus.has_value()));
    query.addBindValue(text(record.httpReason));
    query.addBindValue(outcomeName(record.outcome));
    query.addBindValue(text(record.correlationId));
    query.addBindValue(text(record.errorCode));
    query.addBindValue(text(record.errorDescription));
    query.addBindValue(text(record.responseBody));
    query.addBindValue(record.bodyTruncated ? 1 : 0);
    query.addBindValue(text(record.networkError));
    for (const QString &name : recordedResponseHeaders())
        query.addBindValue(text(record.responseHeaders.value(name)));
    query.addBindValue(qMax(1, record.attempt));
    query.addBindValue(nullableInt(record.retryOf, record.retryOf > 0));
    query.addBindValue(text(record.tokenTenantId));
    query.addBindValue(text(record.tokenAppId));
    query.addBindValue(text(record.tokenAudience));
    query.addBindValue(text(record.deliveryStatus));
    const bool checked = record.deliveryCheckedUtc.isValid();
    query.addBindValue(nullableInt(record.deliveryAttempts, checked));
    query.addBindValue(text(record.lastDeliveryResponse));
    query.addBindValue(nullableInt(record.deliveryCheckedUtc.toMSecsSinceEpoch(), checked));
    query.addBindValue(text(record.deliveryBody));
    query.addBindValue(nullableInt(QCoreApplication::applicationPid(), pendingTimeout.has_value()));
    // From now, not from when the call was prepared: the request only leaves once this commit
    // is through (which may have waited for another writer).
    query.addBindValue(nullableInt(QDateTime::currentMSecsSinceEpoch()
            + pendingTimeout.value_or(std::chrono::milliseconds(0)).count(),
        pendingTimeout.has_value()));
}

bool HistoryStore::insert(QSqlQuery &insertCall, QSqlQuery &insertSearch, CallRecord &record,
    std::optional<std::chrono::milliseconds> pendingTimeout)
{
    if (record.retryOf > 0) {
        // Counted inside the write transaction: two retries of one call get distinct numbers.
        const std::optional<int> attempts = attemptCount(record.retryOf);
        if (!attempts)
            return false;
        record.attempt = *attempts + 1;
    }
    bindRecord(insertCall, record, pendingTimeout);
    if (!insertCall.exec())
        return fail(tr("Cannot save the call to the history %1.").arg(m_path),
            insertCall.lastError().text());
    const qint64 id = insertCall.lastInsertId().toLongLong();

    insertSearch.addBindValue(id);
    insertSearch.addBindValue(text(searchText(record)));
    if (!insertSearch.exec())
        return fail(tr("Cannot index the call in the history %1.").arg(m_path),
            insertSearch.lastError().text());
    record.id = id;
    return true;
}

bool HistoryStore::add(CallRecord &record)
{
    QList<CallRecord> one {record};
    if (!insertAll(one, std::nullopt))
        return false;
    record = one.first();
    return true;
}

bool HistoryStore::addPending(CallRecord &record, std::chrono::milliseconds timeout)
{
    record.outcome = Outcome::Pending;
    QList<CallRecord> one {record};
    if (!insertAll(one, timeout))
        return false;
    record = one.first();
    return true;
}

bool HistoryStore::addAll(QList<CallRecord> &records)
{
    return insertAll(records, std::nullopt);
}

bool HistoryStore::insertAll(
    QList<CallRecord> &records, std::optional<std::chrono::milliseconds> pendingTimeout)
{
    const bool saved = inTransaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery insertCall(db);
        QSqlQuery insertSearch(db);
        const QStringList placeholders(recordColumns().size(), QStringLiteral("?"));
        if (!insertCall.prepare(QStringLiteral("INSERT INTO calls (")
                + recordColumns().join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
                + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')')))
            return fail(tr("Cannot save the call to the history %1.").arg(m_path),
                insertCall.lastError().text());
        if (!insertSearch.prepare(
                QStringLiteral("INSERT INTO call_search (rowid, text) VALUES (?, ?)")))
            return fail(tr("Cannot save the call to the history %1.").arg(m_path),
                insertSearch.lastError().text());
        for (CallRecord &record : records) {
            if (!insert(insertCall, insertSearch, record, pendingTimeout))
                return false;
        }
        return true;
    });
    if (!saved) {
        for (CallRecord &undone : records)
            undone.id = 0;
    }
    return saved;
}

HistoryStore::Select HistoryStore::buildSelect(const HistoryFilter &filter, const QString &columns,
    const std::optional<HistorySort> &sort, const std::optional<HistoryCursor> &after) const
{
    Select select;
    QStringList clauses;
    QStringList indexedTerms;
    const QStringList terms
        = filter.search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &term : terms) {
        if (term.size() >= 3) {
            // A quoted FTS5 string: the user's text is matched literally, never as syntax.
            QString quoted = term;
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            indexedTerms.append(QLatin1Char('"') + quoted + QLatin1Char('"'));
        } else {
            // The trigram index cannot match fewer than three characters: scan those.
            clauses.append(
                QStringLiteral(
                    "(instr(lower(ms_correlation_id || ' ' || ms_request_id || ' ' || "
                    "correlation_id"
                    " || ' ' || ifnull(http_status, '') || ' ' || http_reason || ' ' || outcome"
                    " || ' ' || api_version || ' ' || error_code || ' ' || error_description"
                    " || ' ' || network_error || ' ' || token_tenant_id || ' ' || token_app_id"
                    " || ' ' || token_audience || ' ' || delivery_status"
                    " || ' ' || last_delivery_response || ' ' || ")
                + headerColumnList(QStringLiteral(" || ' ' || "))
                + QStringLiteral(" || ' ' || substr(response_body, 1, 4096)), lower(?)) > 0)"));
            select.values.append(term);
        }
    }
    const bool searchIndex = !indexedTerms.isEmpty();
    // Driving the query from the index lets "newest first" stop after one page.
    const QString id
        = searchIndex ? QStringLiteral("call_search.rowid") : QStringLiteral("calls.id");
    if (searchIndex) {
        clauses.prepend(QStringLiteral("call_search MATCH ?"));
        select.values.prepend(indexedTerms.join(QLatin1Char(' ')));
    }
    if (filter.outcome) {
        clauses.append(QStringLiteral("outcome = ?"));
        select.values.append(outcomeName(*filter.outcome));
    }

    QString order;
    if (sort) {
        const QString key = sortKey(sort->column, id);
        const bool descending = sort->order == Qt::DescendingOrder;
        const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
        const QString comparison = descending ? QStringLiteral(" < ") : QStringLiteral(" > ");
        if (after) {
            if (key == id) {
                clauses.append(id + comparison + QStringLiteral("?"));
                select.values.append(after->id);
            } else {
                clauses.append(QStringLiteral("(") + key + QStringLiteral(", ") + id
                    + QStringLiteral(")") + comparison + QStringLiteral("(?, ?)"));
                select.values.append(after->key);
                select.values.append(after->id);
            }
        }
        order = QStringLiteral(" ORDER BY ")
            + (key == id ? QString(id + direction)
                         : QString(key + direction + QStringLiteral(", ") + id + direction));
    }

    select.sql = QStringLiteral("SELECT ") + columns
        + (searchIndex
                ? QStringLiteral(" FROM call_search JOIN calls ON calls.id = call_search.rowid")
                : QStringLiteral(" FROM calls"));
    if (!clauses.isEmpty())
        select.sql += QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    select.sql += order;
    return select;
}

void HistoryStore::appendPage(Select &select, qint64 limit, qint64 offset)
{
    if (limit < 0 && offset <= 0)
        return;
    select.sql += QStringLiteral(" LIMIT ? OFFSET ?");
    select.values.append(limit < 0 ? qint64(-1) : limit);
    select.values.append(qMax<qint64>(0, offset));
}

bool HistoryStore::run(QSqlQuery &query, Select select, qint64 limit, qint64 offset)
{
    appendPage(select, limit, offset);
    query.setForwardOnly(true);
    if (!query.prepare(select.sql))
        return fail(tr("Cannot search the history %1.").arg(m_path), query.lastError().text());
    for (const QVariant &value : std::as_const(select.values))
        query.addBindValue(value);
    if (!query.exec())
        return fail(tr("Cannot search the history %1.").arg(m_path), query.lastError().text());
    return true;
}

HistoryCursor HistoryStore::cursorAfter(const CallRecord &last, HistoryColumn column)
{
    QVariant key;
    switch (column) {
    case HistoryColumn::Time:
        key = last.id;
        break;
    case HistoryColumn::Version:
        key = last.apiVersion;
        break;
    case HistoryColumn::Status:
        key = last.httpStatus.value_or(0);
        break;
    case HistoryColumn::CorrelationId:
        key = last.correlationId;
        break;
    case HistoryColumn::MsCorrelationId:
        key = last.msCorrelationId;
        break;
    case HistoryColumn::MsRequestId:
        key = last.msRequestId;
        break;
    case HistoryColumn::Duration:
        key = last.durationMs;
        break;
    case HistoryColumn::Error:
        key = last.errorCode;
        break;
    case HistoryColumn::Delivery:
        key = last.deliveryStatus;
        break;
    }
    return HistoryCursor {key, last.id};
}

std::optional<QList<CallRecord>> HistoryStore::page(const HistoryFilter &filter,
    const HistorySort &sort, const std::optional<HistoryCursor> &after, int limit)
{
    if (!isOpen()) {
        fail(tr("The history is not open."), QString());
        return std::nullopt;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query, buildSelect(filter, selectColumns(false), sort, after), limit, 0))
        return std::nullopt;
    QList<CallRecord> records;
    records.reserve(limit);
    while (query.next())
        records.append(recordFrom(query));
    if (query.lastError().isValid()) {
        fail(tr("Cannot read the history %1.").arg(m_path), query.lastError().text());
        return std::nullopt;
    }
    return records;
}

std::optional<qint64> HistoryStore::dataVersion()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

QList<CallRecord> HistoryStore::find(const HistoryFilter &filter)
{
    QList<CallRecord> records;
    const bool ok = forEach(filter, [&records](const CallRecord &record) {
        records.append(record);
        return true;
    });
    Q_UNUSED(ok)
    return records;
}

bool HistoryStore::forEach(const HistoryFilter &filter,
    const std::function<bool(const CallRecord &)> &visit, const HistorySort &sort)
{
    if (!isOpen())
        return fail(tr("The history is not open."), QString());
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query, buildSelect(filter, selectColumns(true), sort, std::nullopt), filter.limit,
            filter.offset))
        return false;
    while (query.next()) {
        if (!visit(recordFrom(query)))
            break;
    }
    if (query.lastError().isValid())
        return fail(tr("Cannot read the history %1.").arg(m_path), query.lastError().text());
    return true;
}

bool HistoryStore::canStreamExportRows()
{
#ifdef WEBHOOK_DIAG_DIRECT_SQLITE
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return isOpen() && query.exec(QStringLiteral("SELECT sqlite_source_id()")) && query.next()
        && query.value(0).toString() == QString::fromLatin1(sqlite3_sourceid());
#else
    return false;
#endif
}

bool HistoryStore::forEachExportRow(const HistoryFilter &filter, const HistorySort &sort,
    const std::function<bool(const ExportRow &)> &visit)
{
    if (!isOpen())
        return fail(tr("The history is not open."), QString());
    // Qt's driver turns every text column into a QString (UTF-16) in a QVariant; for exports
    // the UTF-8 bytes SQLite already holds are read directly instead.
    const QVariant handle = QSqlDatabase::database(m_connectionName, false).driver()->handle();
    sqlite3 *db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.constData())
        : nullptr;
    if (!db)
        return fail(tr("Cannot read the history %1.").arg(m_path), QString());

    Select select = buildSelect(filter,
        QStringLiteral(
            "sent_at_ms, api_version, outcome, ifnull(http_status, ''), correlation_id,"
            " ms_correlation_id, ms_request_id, duration_ms, error_code, error_description,"
            " CASE WHEN outcome = 'success' THEN '' ELSE response_body END, base_url, method,"
            " path, http_reason, ")
            + headerColumnList(QStringLiteral(", "))
            + QStringLiteral(", network_error, body_truncated, delivery_status,"
                             " ifnull(delivery_attempts, ''), last_delivery_response,"
                             " ifnull(delivery_checked_ms, 0), token_tenant_id, token_app_id,"
                             " token_audience, attempt, ifnull(retry_of, '')"),
        sort, std::nullopt);
    appendPage(select, filter.limit, filter.offset);

    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = select.sql.toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        return fail(
            tr("Cannot search the history %1.").arg(m_path), QString::fromUtf8(sqlite3_errmsg(db)));
    const auto finalize = qScopeGuard([statement] { sqlite3_finalize(statement); });
    for (int i = 0; i < select.values.size(); ++i) {
        const QVariant &value = select.values.at(i);
        if (value.typeId() == QMetaType::QString) {
            const QByteArray text = value.toString().toUtf8();
            sqlite3_bind_text(
                statement, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        }
    }

    const auto text = [statement](int column) {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        return QByteArrayView(bytes, bytes ? sqlite3_column_bytes(statement, column) : 0);
    };
    ExportRow row;
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
        row.sentAtMs = sqlite3_column_int64(statement, 0);
        row.apiVersion = text(1);
        row.outcome = text(2);
        row.httpStatus = text(3);
        row.correlationId = text(4);
        row.msCorrelationId = text(5);
        row.msRequestId = text(6);
        row.durationMs = text(7);
        row.errorCode = text(8);
        row.errorDescription = text(9);
        row.errorBody = text(10);
        row.baseUrl = text(11);
        row.method = text(12);
        row.path = text(13);
        row.httpReason = text(14);
        row.responseMsCorrelationId = text(15);
        row.responseMsRequestId = text(16);
        row.msCv = text(17);
        row.xLocale = text(18);
        row.retryAfter = text(19);
        row.wwwAuthenticate = text(20);
        row.networkError = text(21);
        row.bodyTruncated = sqlite3_column_int(statement, 22) != 0;
        row.deliveryStatus = text(23);
        row.deliveryAttempts = text(24);
        row.lastDeliveryResponse = text(25);
        row.deliveryCheckedMs = sqlite3_column_int64(statement, 26);
        row.tokenTenantId = text(27);
        row.tokenAppId = text(28);
        row.tokenAudience = text(29);
        row.attempt = text(30);
        row.retryOf = text(31);
        if (!visit(row))
            return true;
    }
    if (status != SQLITE_DONE)
        return fail(
            tr("Cannot read the history %1.").arg(m_path), QString::fromUtf8(sqlite3_errmsg(db)));
    return true;
}

std::optional<qint64> HistoryStore::count(const HistoryFilter &filter)
{
    if (!isOpen()) {
        fail(tr("The history is not open."), QString());
        return std::nullopt;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query, buildSelect(filter, QStringLiteral("count(*)"), std::nullopt, std::nullopt), -1,
            0)
        || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<CallRecord> HistoryStore::findById(qint64 id)
{
    return findOne(QStringLiteral("id = ?"), {id});
}

std::optional<CallRecord> HistoryStore::findByCorrelationId(const QString &correlationId)
{
    // GUIDs are case-insensitive and the service's casing is stored as received; spelled out
    // as alternatives, the lookup still uses the index.
    QString bare = correlationId.trimmed();
    if (bare.startsWith(QLatin1Char('{')) && bare.endsWith(QLatin1Char('}')))
        bare = bare.mid(1, bare.size() - 2);
    QVariantList spellings;
    for (const QString &guid : {bare, bare.toLower(), bare.toUpper()}) {
        spellings << guid << QString(QLatin1Char('{') + guid + QLatin1Char('}'));
    }
    return findOne(QStringLiteral("correlation_id IN (?, ?, ?, ?, ?, ?)"), spellings);
}

std::optional<CallRecord> HistoryStore::findByRequestId(const QString &requestId)
{
    return findOne(QStringLiteral("ms_request_id = ?"), {requestId.toLower()});
}

std::optional<CallRecord> HistoryStore::findBySentCorrelationId(const QString &msCorrelationId)
{
    return findOne(QStringLiteral("ms_correlation_id = ?"), {msCorrelationId});
}

std::optional<CallRecord> HistoryStore::findOne(const QString &where, const QVariantList &values)
{
    if (!isOpen()) {
        fail(tr("The history is not open."), QString());
        return std::nullopt;
    }
    m_lastError.clear();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(QStringLiteral("SELECT ") + selectColumns(true)
            + QStringLiteral(" FROM calls WHERE ") + where
            + QStringLiteral(" ORDER BY id DESC LIMIT 1"))) {
        fail(tr("Cannot read the history %1.").arg(m_path), query.lastError().text());
        return std::nullopt;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(tr("Cannot read the history %1.").arg(m_path), query.lastError().text());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return recordFrom(query);
}

bool HistoryStore::rewrite(const CallRecord &before, const CallRecord &after)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery update(db);
    QStringList assignments;
    for (const QString &column : recordColumns())
        assignments.append(column + QStringLiteral(" = ?"));
    if (!update.prepare(QStringLiteral("UPDATE calls SET ") + assignments.join(QStringLiteral(", "))
            + QStringLiteral(" WHERE id = ?")))
        return fail(
            tr("Cannot save the call to the history %1.").arg(m_path), update.lastError().text());
    bindRecord(update, after, std::nullopt);
    update.addBindValue(before.id);
    if (!update.exec())
        return fail(
            tr("Cannot save the call to the history %1.").arg(m_path), update.lastError().text());

    // A contentless index forgets a row only when told the exact text it indexed.
    const auto index = [&](const QString &sql, const CallRecord &record) {
        QSqlQuery search(db);
        if (search.prepare(sql)) {
            search.addBindValue(before.id);
            search.addBindValue(text(searchText(record)));
            if (search.exec())
                return true;
        }
        return fail(
            tr("Cannot index the call in the history %1.").arg(m_path), search.lastError().text());
    };
    return index(QStringLiteral(
                     "INSERT INTO call_search (call_search, rowid, text) VALUES ('delete', ?, ?)"),
               before)
        && index(QStringLiteral("INSERT INTO call_search (rowid, text) VALUES (?, ?)"), after);
}

bool HistoryStore::inTransaction(const std::function<bool()> &work)
{
    if (!isOpen())
        return fail(tr("The history is not open."), QString());
    if (m_readOnly)
        return fail(
            tr("The history %1 is open read-only; nothing was saved.").arg(m_path), QString());
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery control(db);
    if (!control.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(tr("The history %1 is busy; the call was not saved.").arg(m_path),
            control.lastError().text());
    if (!work()) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!control.exec(QStringLiteral("COMMIT"))) {
        const QString detail = control.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return fail(tr("Cannot save the call to the history %1.").arg(m_path), detail);
    }
    return true;
}

bool HistoryStore::complete(const CallRecord &record)
{
    return inTransaction([&] {
        const std::optional<CallRecord> before = findById(record.id);
        if (!before) {
            if (m_lastError.isEmpty())
                fail(tr("The call %1 is no longer in the history %2.").arg(record.id).arg(m_path),
                    QString());
            return false;
        }
        return rewrite(*before, record);
    });
}

bool HistoryStore::recordDelivery(qint64 id, const QString &status, int attempts,
    const QString &lastResponse, const QDateTime &checkedUtc, const QString &body)
{
    return inTransaction([&] {
        const std::optional<CallRecord> before = findById(id);
        if (!before) {
            if (m_lastError.isEmpty())
                fail(tr("The call %1 is no longer in the history %2.").arg(id).arg(m_path),
                    QString());
            return false;
        }
        CallRecord after = *before;
        after.deliveryStatus = status;
        after.deliveryAttempts = attempts;
        after.lastDeliveryResponse = lastResponse;
        after.deliveryCheckedUtc = checkedUtc;
        after.deliveryBody = body;
        return rewrite(*before, after);
    });
}

std::optional<int> HistoryStore::recoverInterrupted(const QDateTime &nowUtc)
{
    if (!isOpen()) {
        fail(tr("The history is not open."), QString());
        return std::nullopt;
    }
    if (m_readOnly)
        return 0;
    QList<qint64> dead;
    {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (!query.exec(QStringLiteral(
                "SELECT id, owner_pid, deadline_ms FROM calls WHERE outcome = 'pending'"))) {
            fail(tr("Cannot read the history %1.").arg(m_path), query.lastError().text());
            return std::nullopt;
        }
        const qint64 ownPid = QCoreApplication::applicationPid();
        while (query.next()) {
            const qint64 pid = query.value(1).toLongLong();
            const bool pastDeadline = query.value(2).isNull()
                || query.value(2).toLongLong() + InterruptGrace.count()
                    < nowUtc.toMSecsSinceEpoch();
            // Our own pending calls are in flight; another program's are if it still runs.
            const bool ownerGone = pid != ownPid && !processRuns(pid);
            if (pastDeadline || ownerGone)
                dead.append(query.value(0).toLongLong());
        }
    }
    int marked = 0;
    for (const qint64 id : std::as_const(dead)) {
        const bool ok = inTransaction([&] {
            const std::optional<CallRecord> before = findById(id);
            if (!before || before->outcome != Outcome::Pending)
                return before.has_value() || m_lastError.isEmpty();
            CallRecord after = *before;
            after.outcome = Outcome::Interrupted;
            after.networkError = tr("The program stopped before this call finished. The request "
                                    "may have reached Partner Center: retry it with the same "
                                    "MS-RequestId.");
            ++marked;
            return rewrite(*before, after);
        });
        if (!ok)
            return std::nullopt;
    }
    return marked;
}

std::optional<QList<QDateTime>> HistoryStore::sendsSince(
    const QString &baseUrl, const QDateTime &since)
{
    if (!isOpen()) {
        fail(tr("The history is not open."), QString());
        return std::nullopt;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // Events are made by accepted calls, and maybe by 5xx, pending and interrupted ones; a
    // refused call (4xx, 429) or one lost before any answer made none. Retries that reused an
    // MS-RequestId are one event.
    if (!query.prepare(QStringLiteral(
            "SELECT min(sent_at_ms) FROM calls WHERE sent_at_ms >= ? AND base_url = ?"
            " AND method = 'POST' AND ((http_status BETWEEN 200 AND 299)"
            " OR (http_status BETWEEN 500 AND 599) OR outcome IN ('pending', 'interrupted'))"
            " GROUP BY ms_request_id ORDER BY 1"))) {
        fail(tr("Cannot read the history %1.").arg(m_path), query.lastError().text());
        return std::nullopt;
    }
    query.addBindValue(since.toMSecsSinceEpoch());
    query.addBindValue(baseUrl);
    if (!query.exec()) {
        fail(tr("Cannot read the history %1.").arg(m_path), query.lastError().text());
        return std::nullopt;
    }
    QList<QDateTime> times;
    while (query.next())
        times.append(QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC));
    return times;
}

std::optional<int> HistoryStore::attemptCount(qint64 firstId)
{
    if (!isOpen()) {
        fail(tr("The history is not open."), QString());
        return std::nullopt;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(QStringLiteral("SELECT count(*) FROM calls WHERE id = ? OR retry_of = ?"))) {
        fail(tr("Cannot read the history %1.").arg(m_path), query.lastError().text());
        return std::nullopt;
    }
    query.addBindValue(firstId);
    query.addBindValue(firstId);
    if (!query.exec() || !query.next()) {
        fail(tr("Cannot read the history %1.").arg(m_path), query.lastError().text());
        return std::nullopt;
    }
    return query.value(0).toInt();
}

CallRecord HistoryStore::recordFrom(const QSqlQuery &query)
{
    CallRecord r;
    r.id = query.value(0).toLongLong();
    r.sentAtUtc = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    r.durationMs = query.value(2).toLongLong();
    r.baseUrl = query.value(3).toString();
    r.apiVersion = query.value(4).toString();
    r.method = query.value(5).toString();
    r.path = query.value(6).toString();
    r.msCorrelationId = query.value(7).toString();
    r.msRequestId = query.value(8).toString();
    if (!query.value(9).isNull())
        r.httpStatus = query.value(9).toInt();
    r.httpReason = query.value(10).toString();
    r.outcome = outcomeFromName(query.value(11).toString()).value_or(Outcome::NetworkError);
    r.correlationId = query.value(12).toString();
    r.errorCode = query.value(13).toString();
    r.errorDescription = query.value(14).toString();
    r.responseBody = query.value(15).toString();
    r.bodyTruncated = query.value(16).toInt() != 0;
    r.networkError = query.value(17).toString();
    for (int i = 0; i < int(headerColumns.size()); ++i) {
        const QString value = query.value(18 + i).toString();
        if (!value.isEmpty())
            r.responseHeaders.insert(recordedResponseHeaders().at(i), value);
    }
    const int next = 18 + int(headerColumns.size());
    r.attempt = query.value(next).toInt();
    r.retryOf = query.value(next + 1).toLongLong();
    r.tokenTenantId = query.value(next + 2).toString();
    r.tokenAppId = query.value(next + 3).toString();
    r.tokenAudience = query.value(next + 4).toString();
    r.deliveryStatus = query.value(next + 5).toString();
    r.deliveryAttempts = query.value(next + 6).toInt();
    r.lastDeliveryResponse = query.value(next + 7).toString();
    if (!query.value(next + 8).isNull())
        r.deliveryCheckedUtc
            = QDateTime::fromMSecsSinceEpoch(query.value(next + 8).toLongLong(), Qt::UTC);
    r.deliveryBody = query.value(next + 9).toString();
    return r;
}
