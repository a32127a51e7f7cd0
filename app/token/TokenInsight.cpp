#include "TokenInsight.h"

QString TokenInsight::utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString TokenInsight::relativeText(const QDateTime &time, const QDateTime &nowUtc)
{
    const qint64 seconds = nowUtc.secsTo(time);
    const qint64 minutes = qAbs(seconds) / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    QString amount;
    if (days >= 2)
        amount = tr("%n day(s)", "", int(qMin<qint64>(days, 1000000)));
    else if (hours >= 2)
        amount = tr("%n hour(s)", "", int(hours));
    else if (minutes >= 1)
        amount = tr("%n minute(s)", "", int(minutes));
    else
        amount = tr("%n second(s)", "", int(qAbs(seconds)));
    return seconds >= 0 ? tr("in %1").arg(amount) : tr("%1 ago").arg(amount);
}

QStringList TokenInsight::describe(const TokenClaims &claims, const QDateTime &nowUtc)
{
    if (!claims.readable)
        return {tr("The token's claims could not be read (it is not a JWT); it can still be "
                   "sent.")};
    QStringList lines;
    if (!claims.tenantId.isEmpty())
        lines.append(tr("Tenant: %1").arg(claims.tenantId));
    if (!claims.appId.isEmpty())
        lines.append(tr("Application: %1").arg(claims.appId));
    if (!claims.user.isEmpty())
        lines.append(tr("User: %1").arg(claims.user));
    if (!claims.audiences.isEmpty())
        lines.append(tr("Audience: %1").arg(claims.audienceText()));
    if (claims.expiresAtUtc) {
        lines.append(
            tr("Expires: %1 (%2)")
                .arg(utcText(*claims.expiresAtUtc), relativeText(*claims.expiresAtUtc, nowUtc)));
    }
    if (lines.isEmpty())
        lines.append(tr("The token carries none of the usual claims."));
    return lines;
}

QStringList TokenInsight::warnings(
    const TokenClaims &claims, const QUrl &baseUrl, const QDateTime &nowUtc)
{
    if (!claims.readable)
        return {};
    QStringList sentences;
    if (claims.isExpired(nowUtc)) {
        sentences.append(
            tr("The token expired at %1 (%2); Partner Center will answer 401.")
                .arg(utcText(*claims.expiresAtUtc), relativeText(*claims.expiresAtUtc, nowUtc)));
    }
    if (claims.notBeforeUtc && *claims.notBeforeUtc > nowUtc) {
        sentences.append(tr("The token is not valid before %1; check this computer's clock.")
                             .arg(utcText(*claims.notBeforeUtc)));
    }
    if (!claims.isPartnerCenterAudience(baseUrl)) {
        sentences.append(tr("The token is for %1, not for the Partner Center API (%2); request "
                            "it with the resource %2.")
                             .arg(claims.audienceText(), TokenClaims::partnerCenterAudience()));
    }
    return sentences;
}
