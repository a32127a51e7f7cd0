#pragma once

#include "history/HistoryFilter.h"
#include "history/HistorySort.h"

#include <QCoreApplication>
#include <QStringList>

class HistoryStore;
struct CallRecord;

// Exports (filtered) history as CSV per DESIGN.md's contract: the eleven contract columns
// first, more after. Streams from the database and replaces the target file atomically, so a
// failed export never leaves a half-written file.
class HistoryCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCsvExporter)

public:
    struct Result
    {
        bool ok = false;
        qint64 rows = 0;
        QString error; // a sentence when !ok
    };

    static Result exportTo(HistoryStore &store, const HistoryFilter &filter, const QString &path,
        const HistorySort &sort = HistorySort());

    static const QStringList &header();
    static QStringList row(const CallRecord &record);
};

Q_DECLARE_METATYPE(HistoryCsvExporter::Result)
