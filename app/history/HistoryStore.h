#pragma once

#include "ExportRow.h"
#include "HistoryFilter.h"
#include "HistorySort.h"
#include "api/CallRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

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
    static constexpr int SchemaVersion = 1;

    HistoryStore();
    ~HistoryStore();

    // Opens (creating when missing) and migrates the history at path.
    [[nodiscard]] bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

    // Commits the record (durably) and sets record.id.
    [[nodiscard]] bool add(CallRecord &record);
    // Commits many records in one transaction (imports, benchmarks).
    [[nodiscard]] bool addAll(QList<CallRecord> &records);

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

    bool configure();
    bool migrate();
    bool insert(QSqlQuery &insertCall, QSqlQuery &insertSearch, CallRecord &record);
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
};
