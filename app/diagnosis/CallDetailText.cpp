#include "CallDetailText.h"

#include <QJsonDocument>
#include <QStringList>

QString CallDetailText::prettyBody(const QString &body)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && !document.isNull())
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
    return body;
}

QString CallDetailText::forCall(const CallRecord &r, int attempts)
{
    QUrl url(r.baseUrl);
    url.setPath(r.path);
    QStringList lines;
    lines << tr("Request") << r.method + QLatin1Char(' ') + url.toString()
          << QStringLiteral("Authorization: Bearer ••••")
          << QStringLiteral("MS-CorrelationId: ") + r.msCorrelationId
          << QStringLiteral("MS-RequestId: ") + r.msRequestId
          << QStringLiteral("Accept: application/json") << tr("Sent at %1 (UTC)").arg(r.sentAtIso())
          << QString();
    if (attempts > 1 || r.attempt > 1) {
        lines << (r.retryOf > 0 ? tr("Attempt %1 of %2; the first attempt is call %3.")
                                      .arg(r.attempt)
                                      .arg(qMax(attempts, r.attempt))
                                      .arg(r.retryOf)
                                : tr("Attempt 1 of %1.").arg(attempts))
              << QString();
    }
    if (!r.tokenTenantId.isEmpty() || !r.tokenAppId.isEmpty() || !r.tokenAudience.isEmpty()) {
        lines << tr("Token: tenant %1, application %2, audience %3")
                     .arg(r.tokenTenantId, r.tokenAppId, r.tokenAudience)
              << QString();
    }
    lines << tr("Response");

    if (r.httpStatus) {
        lines << tr("HTTP %1 after %2 ms").arg(r.statusText(), QString::number(r.durationMs));
        for (auto it = r.responseHeaders.cbegin(); it != r.responseHeaders.cend(); ++it)
            lines << it.key() + QStringLiteral(": ") + it.value();
    } else {
        lines << tr("No HTTP response after %1 ms").arg(r.durationMs);
    }
    if (!r.networkError.isEmpty())
        lines << tr("Problem: %1").arg(r.networkError);
    if (!r.correlationId.isEmpty())
        lines << tr("correlationId: %1").arg(r.correlationId);
    if (!r.errorCode.isEmpty())
        lines << tr("Error code: %1").arg(r.errorCode);
    if (!r.errorDescription.isEmpty())
        lines << tr("Error description: %1").arg(r.errorDescription);
    if (!r.responseBody.isEmpty()) {
        lines << QString() << prettyBody(r.responseBody);
        if (r.bodyTruncated)
            lines << tr("[The body was longer than 1 MiB; the rest was not kept.]");
    } else if (r.httpStatus) {
        lines << QString() << tr("[Empty body]");
    }
    if (r.deliveryCheckedUtc.isValid()) {
        lines << QString()
              << tr("Delivery: %1, %n attempt(s), checked %2 (UTC)", "", r.deliveryAttempts)
                     .arg(r.deliveryStatus, r.deliveryCheckedUtc.toString(Qt::ISODateWithMs));
        if (!r.lastDeliveryResponse.isEmpty())
            lines << tr("Last answer of the partner endpoint: %1").arg(r.lastDeliveryResponse);
        if (!r.deliveryBody.isEmpty())
            lines << prettyBody(r.deliveryBody);
    }
    return lines.join(QLatin1Char('\n'));
}
