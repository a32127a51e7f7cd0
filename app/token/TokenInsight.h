#pragma once

#include "TokenClaims.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

// What to tell a user about a token before it is sent: who it is for, and what is wrong with
// it. Works on the decoded claims only; never sees or repeats the token.
class TokenInsight
{
    Q_DECLARE_TR_FUNCTIONS(TokenInsight)

public:
    // One line per known claim, e.g. "Tenant: 1111…" "Expires: 2026-12-04 10:00 UTC (in 43 min)";
    // a single sentence when the claims could not be read.
    static QStringList describe(const TokenClaims &claims, const QDateTime &nowUtc);
    // Reasons the call will probably be refused: expired, not yet valid, wrong audience.
    // Empty when nothing is wrong or the claims could not be read.
    static QStringList warnings(
        const TokenClaims &claims, const QUrl &baseUrl, const QDateTime &nowUtc);
    // "2026-12-04 10:00:00 UTC"
    static QString utcText(const QDateTime &time);
    // "in 43 min", "2 h ago" ...
    static QString relativeText(const QDateTime &time, const QDateTime &nowUtc);
};
