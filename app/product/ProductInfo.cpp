#include "ProductInfo.h"

#include <QCoreApplication>

namespace ProductInfo {

QString version()
{
    return QStringLiteral(WEBHOOK_DIAG_VERSION);
}

void applyToApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("WebhookDiagnostics"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("webhook-diagnostics.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("webhook-diag"));
    QCoreApplication::setApplicationVersion(version());
}

} // namespace ProductInfo
