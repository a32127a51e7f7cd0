#pragma once

#include <QString>

// Where the history database lives: an explicit --history FILE, else WEBHOOK_DIAG_HISTORY,
// else history.sqlite in the per-user application data folder.
namespace HistoryLocation {

QString defaultPath();
QString resolve(const QString &commandLineOverride);

} // namespace HistoryLocation
