#pragma once

#include "api/Outcome.h"

#include <QString>

#include <optional>

// Which calls a history query returns: free-text search (every ID, status, outcome, error code,
// description and body), an optional outcome, and a page (newest first).
struct HistoryFilter
{
    QString search;
    std::optional<Outcome> outcome;
    qint64 limit = -1; // -1: no limit
    qint64 offset = 0;
};
