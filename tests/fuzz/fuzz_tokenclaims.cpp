// Decodes arbitrary text as a pasted bearer token with TokenClaims and traps when a claim breaks
// what decode() promises: capped, free of control characters, dates in range.
//
// Every input is decoded twice as it is (as Latin-1 and as UTF-8 text) and once more as the
// payload of a well-formed JWT the harness builds around it, so that mutations reach the claim
// parsing without first having to produce valid base64url.
#include "token/TokenClaims.h"

#include "FuzzCheck.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QString>
#include <QUrl>

#include <cstddef>
#include <cstdint>

namespace {

constexpr qsizetype MaxClaimLength = 256;
constexpr qsizetype MaxAudiences = 10;
constexpr qsizetype MaxTokenLength = 64 * 1024;
// 9999-12-31T23:59:59.999Z
constexpr qint64 MaxEpochMSecs = 253402300799999;

// What decode() promises to strip because it could steer a terminal, a log line or the reading
// order of the text around it: control characters (C0, DEL, C1), the line and paragraph
// separators and every character Unicode lists as Bidi_Control (PropList.txt: U+061C, U+200E,
// U+200F, U+202A-U+202E, U+2066-U+2069).
bool isHidden(char16_t u)
{
    return u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x061c || u == 0x200e || u == 0x200f
        || u == 0x2028 || u == 0x2029 || (u >= 0x202a && u <= 0x202e)
        || (u >= 0x2066 && u <= 0x2069);
}

void checkClaim(const QString &claim)
{
    FUZZ_CHECK(claim.size() <= MaxClaimLength);
    // Lone surrogate halves are not text either.
    for (qsizetype i = 0; i < claim.size(); ++i) {
        const QChar c = claim.at(i);
        FUZZ_CHECK(!isHidden(c.unicode()));
        if (c.isHighSurrogate()) {
            FUZZ_CHECK(i + 1 < claim.size() && claim.at(i + 1).isLowSurrogate());
            ++i;
        } else {
            FUZZ_CHECK(!c.isLowSurrogate());
        }
    }
}

void checkDate(const std::optional<QDateTime> &date)
{
    if (!date)
        return;
    FUZZ_CHECK(date->isValid() && date->timeSpec() == Qt::UTC);
    const qint64 msecs = date->toMSecsSinceEpoch();
    FUZZ_CHECK(msecs >= 0 && msecs <= MaxEpochMSecs);
}

TokenClaims decodeAndCheck(QStringView token)
{
    const TokenClaims claims = TokenClaims::decode(token);
    if (!claims.readable) {
        FUZZ_CHECK(claims.tenantId.isEmpty() && claims.appId.isEmpty() && claims.user.isEmpty()
            && claims.audiences.isEmpty() && !claims.expiresAtUtc && !claims.notBeforeUtc);
    }
    checkClaim(claims.tenantId);
    checkClaim(claims.appId);
    checkClaim(claims.user);
    FUZZ_CHECK(claims.audiences.size() <= MaxAudiences);
    for (const QString &audience : claims.audiences) {
        FUZZ_CHECK(!audience.isEmpty());
        checkClaim(audience);
    }
    checkDate(claims.expiresAtUtc);
    checkDate(claims.notBeforeUtc);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    (void)claims.isExpired(now);
    (void)claims.isExpired(QDateTime());
    (void)claims.isExpired(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
    (void)claims.audienceText();
    const bool global = claims.isPartnerCenterAudience(
        QUrl(QStringLiteral("https://api.partnercenter.microsoft.com")));
    (void)claims.isPartnerCenterAudience(QUrl());
    (void)claims.isPartnerCenterAudience(QUrl(QStringLiteral("http://127.0.0.1:8080/base")));
    if (claims.audiences.isEmpty())
        FUZZ_CHECK(global);
    for (const QString &audience : claims.audiences) {
        // An audience naming a custom endpoint's origin is accepted for that endpoint.
        (void)claims.isPartnerCenterAudience(QUrl(audience));
        if (audience.compare(TokenClaims::partnerCenterAudience(), Qt::CaseInsensitive) == 0)
            FUZZ_CHECK(global);
    }
    return claims;
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    decodeAndCheck(QString::fromLatin1(bytes));
    decodeAndCheck(QString::fromUtf8(bytes));

    // The input as the payload of a JWT, with a "Bearer " prefix every other time.
    QByteArray jwt = base64Url(QByteArrayLiteral(R"({"alg":"RS256","typ":"JWT"})")) + '.'
        + base64Url(bytes) + QByteArrayLiteral(".c2lnbmF0dXJl");
    if (size % 2)
        jwt.prepend("Bearer ");
    const TokenClaims claims = decodeAndCheck(QString::fromLatin1(jwt));
    // A well-formed JWT whose payload is a JSON object is always readable.
    QJsonParseError error;
    const QJsonDocument payload = QJsonDocument::fromJson(bytes, &error);
    if (jwt.size() <= MaxTokenLength && error.error == QJsonParseError::NoError
        && payload.isObject())
        FUZZ_CHECK(claims.readable);
    return 0;
}
