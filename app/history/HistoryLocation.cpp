#include "HistoryLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace HistoryLocation {

QString defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("history.sqlite"));
}

QString resolve(const QString &commandLineOverride)
{
    if (!commandLineOverride.isEmpty())
        return commandLineOverride;
    const QString fromEnvironment = qEnvironmentVariable("WEBHOOK_DIAG_HISTORY");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}

} // namespace HistoryLocation
