#include "TokenClaims.h"

QString TokenClaims::partnerCenterAudience()
{
    return QStringLiteral("https://api.partnercenter.microsoft.com");
}

QString TokenClaims::audienceText() const
{
    return audiences.join(QStringLiteral(", "));
}

bool TokenClaims::isExpired(const QDateTime &nowUtc) const
{
    return expiresAtUtc && *expiresAtUtc <= nowUtc;
}

bool TokenClaims::isPartnerCenterAudience(const QUrl &baseUrl) const
{
    Q_UNUSED(baseUrl)
    return true;
}

TokenClaims TokenClaims::decode(QStringView token)
{
    Q_UNUSED(token)
    return TokenClaims();
}
