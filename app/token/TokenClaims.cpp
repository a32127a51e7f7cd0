#include "TokenClaims.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <initializer_list>

namespace {

// A real Partner Center token is a few KiB; anything far beyond that is not worth parsing.
constexpr qsizetype MaxTokenLength = 64 * 1024;
constexpr qsizetype MaxClaimLength = 256;
constexpr qsizetype MaxAudiences = 10;
// 1970-01-01T00:00:00Z up to 9999-12-31T23:59:59Z: outside it a date is nonsense to show.
constexpr double MaxEpochSeconds = 253402300799.0;

// Characters that would let a claim value steer a terminal, a log line or the reading order of
// the text around it.
bool isHidden(char16_t u)
{
    // Controls, bidi marks and overrides (U+061C included), invisible formatting characters.
    return u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0xad || u == 0x061c
        || (u >= 0x200b && u <= 0x200f) || u == 0x2028 || u == 0x2029
        || (u >= 0x202a && u <= 0x202e) || (u >= 0x2060 && u <= 0x2069) || u == 0xfeff;
}

QString cleanText(const QString &text)
{
    QString result;
    result.reserve(qMin(text.size(), MaxClaimLength * 2));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            // Only whole pairs survive; a lone half is not text.
            if (i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                result += c;
                result += text.at(++i);
            }
        } else if (!c.isLowSurrogate() && !isHidden(c.unicode())) {
            result += c;
        }
    }
    result = result.trimmed();
    if (result.size() > MaxClaimLength) {
        // Never cut a surrogate pair in half.
        result.truncate(
            result.at(MaxClaimLength - 1).isHighSurrogate() ? MaxClaimLength - 1 : MaxClaimLength);
        result = result.trimmed();
    }
    return result;
}

QString stringClaim(const QJsonObject &claims, QLatin1String key)
{
    const QJsonValue value = claims.value(key);
    return value.isString() ? cleanText(value.toString()) : QString();
}

// The first of the keys that holds a non-empty string, as Entra ID fills in different ones
// for user, app and guest tokens.
QString firstStringClaim(const QJsonObject &claims, std::initializer_list<QLatin1String> keys)
{
    for (const QLatin1String key : keys) {
        const QString value = stringClaim(claims, key);
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

// A JWT NumericDate is seconds since the epoch; some issuers send it as a string.
std::optional<QDateTime> dateClaim(const QJsonObject &claims, QLatin1String key)
{
    const QJsonValue value = claims.value(key);
    double seconds = 0;
    if (value.isDouble()) {
        seconds = value.toDouble();
    } else if (value.isString()) {
        const QString text = cleanText(value.toString());
        if (text.isEmpty() || text.size() > 32)
            return std::nullopt;
        bool ok = false;
        seconds = text.toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    // The negated comparison also refuses NaN.
    if (!std::isfinite(seconds) || !(seconds >= 0 && seconds <= MaxEpochSeconds))
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(qint64(std::floor(seconds * 1000.0)), Qt::UTC);
}

QStringList audienceClaim(const QJsonObject &claims)
{
    QStringList result;
    const auto add = [&result](const QJsonValue &value) {
        if (!value.isString())
            return;
        const QString text = cleanText(value.toString());
        if (!text.isEmpty())
            result.append(text);
    };
    const QJsonValue aud = claims.value(QLatin1String("aud"));
    if (aud.isArray()) {
        const QJsonArray array = aud.toArray();
        for (qsizetype i = 0; i < array.size() && result.size() < MaxAudiences; ++i)
            add(array.at(i));
    } else {
        add(aud);
    }
    return result;
}

bool isBase64UrlOrDot(char16_t u)
{
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')
        || u == u'-' || u == u'_' || u == u'=' || u == u'.';
}

// Base64url with the '=' padding optional, as JWTs leave it out; anything outside the alphabet
// or a misplaced '=' makes the part unreadable rather than quietly skipped.
std::optional<QByteArray> decodeBase64Url(const QByteArray &part)
{
    qsizetype data = part.size();
    while (data > 0 && part.at(data - 1) == '=')
        --data;
    // One character left over carries less than a byte: the text was cut short, and Qt would
    // silently drop it.
    if (data % 4 == 1)
        return std::nullopt;
    const QByteArray::FromBase64Result result = QByteArray::fromBase64Encoding(
        part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return result.decoded;
}

std::optional<QJsonObject> decodeJsonObject(const QByteArray &part)
{
    const std::optional<QByteArray> json = decodeBase64Url(part);
    if (!json)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("https"))
        return 443;
    if (scheme == QLatin1String("http"))
        return 80;
    return -1;
}

// Whether an audience is the origin of a custom endpoint (a local fake or a proxy), compared as
// URLs so that case and an explicit default port do not matter.
bool isOriginOf(const QString &audience, const QUrl &baseUrl)
{
    if (baseUrl.isEmpty() || !baseUrl.isValid() || baseUrl.scheme().isEmpty()
        || baseUrl.host().isEmpty())
        return false;
    const QUrl url(audience, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()
        || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return false;
    const QString path = url.path();
    if (!path.isEmpty() && path != QLatin1String("/"))
        return false;
    const QString scheme = baseUrl.scheme().toLower();
    return url.scheme().toLower() == scheme
        && url.host().compare(baseUrl.host(), Qt::CaseInsensitive) == 0
        && url.port(defaultPort(scheme)) == baseUrl.port(defaultPort(scheme));
}

} // namespace

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
    if (audiences.isEmpty())
        return true;
    const QLatin1String known[] = {
        QLatin1String("https://api.partnercenter.microsoft.com"),
        // Partner Center operated by 21Vianet.
        QLatin1String("https://partner.partnercenterapi.microsoftonline.cn"),
        // The Partner Center API application, which some token requests name instead of its URI.
        QLatin1String("fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd"),
    };
    for (const QString &audience : audiences) {
        QStringView bare(audience);
        if (bare.endsWith(u'/'))
            bare.chop(1);
        for (const QLatin1String &name : known) {
            if (bare.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        if (isOriginOf(audience, baseUrl))
            return true;
    }
    return false;
}

TokenClaims TokenClaims::decode(QStringView token)
{
    TokenClaims claims;
    if (token.size() > MaxTokenLength)
        return claims;

    token = token.trimmed();
    // HTTP auth schemes are case-insensitive, and users paste the whole header value.
    if (token.size() > 6 && token.left(6).compare(u"bearer", Qt::CaseInsensitive) == 0
        && token.at(6).isSpace())
        token = token.mid(7).trimmed();

    // Checked before the conversion below, which would turn anything else into '?'.
    for (const QChar c : token) {
        if (!isBase64UrlOrDot(c.unicode()))
            return claims;
    }
    // Only the header and payload are copied; the signature (the secret part) never is.
    const qsizetype firstDot = token.indexOf(u'.');
    const qsizetype secondDot = firstDot < 0 ? -1 : token.indexOf(u'.', firstDot + 1);
    // A JWE has five parts and an encrypted payload; there is nothing to read in it.
    if (firstDot <= 0 || secondDot <= firstDot + 1 || token.indexOf(u'.', secondDot + 1) >= 0)
        return claims;
    QByteArray headerPart = token.left(firstDot).toLatin1();
    QByteArray payloadPart = token.mid(firstDot + 1, secondDot - firstDot - 1).toLatin1();

    // The header is checked as well so that text which merely has two dots in it (an opaque
    // token, "Bearer" glued to a JWT) is not taken for one.
    const std::optional<QJsonObject> header = decodeJsonObject(headerPart);
    const std::optional<QJsonObject> payload
        = header ? decodeJsonObject(payloadPart) : std::nullopt;
    headerPart.fill('\0');
    payloadPart.fill('\0');
    if (!payload)
        return claims;

    const QJsonObject &object = *payload;
    claims.readable = true;
    claims.tenantId = stringClaim(object, QLatin1String("tid"));
    claims.appId = firstStringClaim(object, {QLatin1String("appid"), QLatin1String("azp")});
    claims.user = firstStringClaim(object,
        {QLatin1String("upn"), QLatin1String("unique_name"), QLatin1String("preferred_username"),
            QLatin1String("email")});
    claims.audiences = audienceClaim(object);
    claims.expiresAtUtc = dateClaim(object, QLatin1String("exp"));
    claims.notBeforeUtc = dateClaim(object, QLatin1String("nbf"));
    return claims;
}
