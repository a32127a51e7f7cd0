#pragma once

#include "ExportRow.h"
#include "HistoryFilter.h"
#include "HistorySort.h"
#include "api/CallRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

class QSqlQuery;

// The history of calls, kept in SQLite (WAL, busy timeout, versioned schema). Several processes
// may write the same file at once. Every method that touches the database returns whether it
// worked; lastError() then says why in a sentence. Only prepared statements are used.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    // The schema this build writes; a file from a newer build is refused rather than damaged.
    static constexpr int SchemaVersion = 2;
    // A pending call whose program is gone, or whose deadline passed this long ago, is
    // interrupted.
    // (Longer than a write may wait for another writer, so a live call is never taken for dead.)
    static constexpr std::chrono::milliseconds InterruptGrace {60000};

    HistoryStore();
    ~HistoryStore();

    // What openResilient() made of the file.
    enum class OpenMode {
        Normal,
        ReadOnly, // shown, but new calls are not saved (unwritable, or from a newer version)
        Fresh, // the file was damaged: kept aside, and a new history started in its place
        Unavailable, // nothing could be opened; lastError() says why
    };
    struct OpenReport
    {
        OpenMode mode = OpenMode::Unavailable;
        QString notice; // a sentence for the user unless the mode is Normal
        QString keptAs; // where a damaged file was kept (Fresh)
    };

    // Opens (creating when missing) and migrates the history at path.
    [[nodiscard]] bool open(const QString &path);
    // Like open(), but never gives up a usable history and never deletes one: a damaged file
    // (not SQLite, corrupt, truncated) is renamed aside and a new history is started; a file
    // that cannot be written, or was written by a newer version, is opened read-only.
    OpenReport openResilient(const QString &path);
    bool isReadOnly() const { return m_readOnly; }
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

    // Commits the record (durably) and sets record.id.
    [[nodiscard]] bool add(CallRecord &record);
    // Commits many records in one transaction (imports, benchmarks).
    [[nodiscard]] bool addAll(QList<CallRecord> &records);
    // The write-ahead record: commits the call as pending before its request leaves, owned by
    // this process until its deadline (sent + timeout). A retry (retryOf set) gets its attempt
    // number here. Sets record.id, record.outcome and record.attempt.
    [[nodiscard]] bool addPending(CallRecord &record, std::chrono::milliseconds timeout);
    // Replaces the stored call record.id with its result (and re-indexes it for search).
    [[nodiscard]] bool complete(const CallRecord &record);
    // Stores the latest delivery status of call id.
    [[nodiscard]] bool recordDelivery(qint64 id, const QString &status, int attempts,
        const QString &lastResponse, const QDateTime &checkedUtc, const QString &body);
    // Marks pending calls whose program died (or whose deadline passed InterruptGrace ago) as
    // interrupted. Returns how many, or std::nullopt on a database error.
    std::optional<int> recoverInterrupted(const QDateTime &nowUtc);
    // When the events sent to baseUrl since since went out: accepted, 5xx, pending and
    // interrupted POSTs, one per MS-RequestId.
    std::optional<QList<QDateTime>> sendsSince(const QString &baseUrl, const QDateTime &since);
    // How many attempts the call with first attempt firstId has had so far.
    std::optional<int> attemptCount(qint64 firstId);
    // The newest call with this returned correlationId (any case, with or without braces) /
    // this sent MS-RequestId.
    std::optional<CallRecord> findByCorrelationId(const QString &correlationId);
    std::optional<CallRecord> findByRequestId(const QString &requestId);
    // The call that sent this MS-CorrelationId (unique per call).
    std::optional<CallRecord> findBySentCorrelationId(const QString &msCorrelationId);

    QList<CallRecord> find(const HistoryFilter &filter);
    std::optional<qint64> count(const HistoryFilter &filter);
    std::optional<CallRecord> findById(qint64 id);
    // Streams matching records in sort order (newest first by default) without holding them
    // all; stops when visit returns false. Returns false on a database error.
    [[nodiscard]] bool forEach(const HistoryFilter &filter,
        const std::function<bool(const CallRecord &)> &visit,
        const HistorySort &sort = HistorySort());
    // Streams matching calls as raw UTF-8 columns in sort order, straight from SQLite: what a
    // million-row export needs. filter.limit and filter.offset apply.
    // Whether forEachExportRow() may be used: Qt's QSQLITE driver must use the very SQLite
    // library this program links (distribution builds do; Qt's own installers bundle one).
    bool canStreamExportRows();
    [[nodiscard]] bool forEachExportRow(const HistoryFilter &filter, const HistorySort &sort,
        const std::function<bool(const ExportRow &)> &visit);
    // Up to limit rows after the cursor (from the start without one), response bodies left
    // out; the history table pages with this. filter.limit and filter.offset are ignored.
    std::optional<QList<CallRecord>> page(const HistoryFilter &filter, const HistorySort &sort,
        const std::optional<HistoryCursor> &after, int limit);
    static HistoryCursor cursorAfter(const CallRecord &last, HistoryColumn column);
    // Changes whenever another connection (the CLI, another window) commits to the file.
    std::optional<qint64> dataVersion();
    std::optional<int> schemaVersion();

private:
    struct Select
    {
        QString sql;
        QVariantList values;
    };

    bool openConnection(const QString &path, bool readOnly, bool immutable);
    bool openReadOnly(const QString &path);
    // Why SQLite cannot read the file at path as a database, or an empty string when it can.
    static QString damage(const QString &path);
    bool configure();
    bool migrate();
    bool insertAll(
        QList<CallRecord> &records, std::optional<std::chrono::milliseconds> pendingTimeout);
    bool insert(QSqlQuery &insertCall, QSqlQuery &insertSearch, CallRecord &record,
        std::optional<std::chrono::milliseconds> pendingTimeout);
    static void bindRecord(QSqlQuery &query, const CallRecord &record,
        std::optional<std::chrono::milliseconds> pendingTimeout);
    // Rewrites call id (inside a transaction) and swaps its search text from before to after.
    bool rewrite(const CallRecord &before, const CallRecord &after);
    std::optional<CallRecord> findOne(const QString &where, const QVariantList &values);
    // Runs work inside BEGIN IMMEDIATE ... COMMIT; rolls back when it returns false.
    bool inTransaction(const std::function<bool()> &work);
    Select buildSelect(const HistoryFilter &filter, const QString &columns,
        const std::optional<HistorySort> &sort, const std::optional<HistoryCursor> &after) const;
    bool run(QSqlQuery &query, Select select, qint64 limit, qint64 offset);
    static void appendPage(Select &select, qint64 limit, qint64 offset);
    bool fail(const QString &sentence, const QString &detail);
    static CallRecord recordFrom(const QSqlQuery &query);
    static QString searchText(const CallRecord &record);

    QString m_connectionName;
    QString m_path;
    QString m_lastError;
    bool m_readOnly = false;
    bool m_newerSchema = false; // open() refused the file for its schema version
};
