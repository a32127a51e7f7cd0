#include "ResponseParser.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

namespace {

// Looks a key up case-insensitively: the service's casing is not consistent.
QJsonValue valueOf(const QJsonObject &object, QLatin1String key)
{
    const auto exact = object.constFind(key);
    if (exact != object.constEnd())
        return exact.value();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const qint64 whole = value.toInteger(std::numeric_limits<qint64>::min());
        if (whole != std::numeric_limits<qint64>::min() && double(whole) == d)
            return QString::number(whole);
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QString();
    }
}

QString capped(QString text)
{
    if (text.size() > ResponseParser::MaxDescriptionLength) {
        qsizetype length = ResponseParser::MaxDescriptionLength;
        if (text.at(length - 1).isHighSurrogate())
            --length; // never half an emoji
        text.truncate(length);
    }
    return text;
}

// Beyond these the body is not an honest answer: the service makes at most 10 delivery attempts
// and knows a few dozen event types.
constexpr qsizetype MaxAttempts = 50;
constexpr qsizetype MaxEventNames = 200;

// Flags arrive both as JSON booleans and as the strings "true"/"false".
bool flag(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return value.toString().trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return false;
}

// dateTimeUtc comes from .NET: no zone designator although it is UTC, and 7 fractional digits.
// Qt's ISO parser would take it as local time and round the fraction, even into the next second
// (23:59:59.9999999 becomes the next year); digits beyond milliseconds are dropped instead.
QDateTime utcTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "\\A(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?"
        "(?:([Zz])|([+-])(\\d{2}):?(\\d{2}))?\\z"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return QDateTime();

    const auto number = [&match](int group) {
        return match.capturedView(group).toInt();
    };
    const int msec = match.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QDate date(number(1), number(2), number(3));
    const QTime time(number(4), number(5), number(6), msec);
    if (!date.isValid() || !time.isValid())
        return QDateTime();

    if (match.capturedView(8).isEmpty() && !match.capturedView(9).isEmpty()) {
        const int hours = number(10);
        const int minutes = number(11);
        if (hours > 23 || minutes > 59)
            return QDateTime();
        const int sign = match.capturedView(9) == QLatin1String("-") ? -1 : 1;
        const QDateTime local(date, time, Qt::OffsetFromUTC, sign * (hours * 3600 + minutes * 60));
        return local.isValid() ? local.toUTC() : QDateTime();
    }
    return QDateTime(date, time, Qt::UTC);
}

QStringList cappedStrings(const QJsonArray &array)
{
    QStringList strings;
    for (qsizetype i = 0; i < array.size() && strings.size() < MaxEventNames; ++i) {
        const QJsonValue value = array.at(i);
        if (value.isString())
            strings.append(capped(value.toString()));
    }
    return strings;
}

} // namespace

bool ResponseParser::looksLikeGuid(const QString &text)
{
    // Both braces or none.
    static const QString hex = QStringLiteral(
        "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");
    static const QRegularExpression guid(QStringLiteral("\\A(?:\\{%1\\}|%1)\\z").arg(hex));
    return guid.match(text).hasMatch();
}

QString ResponseParser::correlationId(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return QString();

    QString candidate;
    QJsonParseError parseError {};
    // A JSON string at top level is not a document for QJsonDocument: wrap it in an array.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + trimmed + "]", &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isArray() && doc.array().size() == 1) {
        const QJsonValue value = doc.array().first();
        if (value.isObject())
            candidate = valueOf(value.toObject(), QLatin1String("correlationId")).toString();
        else if (value.isString())
            candidate = value.toString();
    } else {
        candidate = QString::fromUtf8(trimmed);
    }
    candidate = candidate.trimmed();
    return looksLikeGuid(candidate) ? candidate : QString();
}

ParsedError ResponseParser::error(const QByteArray &body)
{
    ParsedError result;
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return result;

    QJsonObject object = doc.object();
    const QJsonValue wrapped = valueOf(object, QLatin1String("error"));
    if (wrapped.isObject())
        object = wrapped.toObject();

    result.code = capped(scalarText(valueOf(object, QLatin1String("code"))));
    QString description = scalarText(valueOf(object, QLatin1String("description")));
    if (description.isEmpty())
        description = scalarText(valueOf(object, QLatin1String("message")));
    result.description = capped(description);
    result.source = capped(scalarText(valueOf(object, QLatin1String("source"))));
    const QJsonValue data = valueOf(object, QLatin1String("data"));
    if (data.isArray())
        result.data = data.toArray();
    return result;
}

DeliveryStatus ResponseParser::deliveryStatus(const QByteArray &body)
{
    DeliveryStatus result;
    // Null on any parse error. A leading UTF-8 byte order mark needs no handling here: Qt's
    // parser skips it.
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return result;

    result.parsed = true;
    const QJsonObject object = doc.object();
    result.correlationId = capped(scalarText(valueOf(object, QLatin1String("correlationId"))));
    result.partnerId = capped(scalarText(valueOf(object, QLatin1String("partnerId"))));
    result.status = capped(scalarText(valueOf(object, QLatin1String("status"))));
    result.callbackUrl = capped(scalarText(valueOf(object, QLatin1String("callbackUrl"))));

    const QJsonValue results = valueOf(object, QLatin1String("results"));
    if (!results.isArray())
        return result;
    const QJsonArray entries = results.toArray();
    for (qsizetype i = 0; i < entries.size() && result.attempts.size() < MaxAttempts; ++i) {
        const QJsonValue entry = entries.at(i);
        if (!entry.isObject())
            continue;
        const QJsonObject fields = entry.toObject();
        DeliveryAttempt attempt;
        attempt.responseCode = capped(scalarText(valueOf(fields, QLatin1String("responseCode"))));
        attempt.responseMessage
            = capped(scalarText(valueOf(fields, QLatin1String("responseMessage"))));
        attempt.systemError = flag(valueOf(fields, QLatin1String("systemError")));
        attempt.timeText = capped(scalarText(valueOf(fields, QLatin1String("dateTimeUtc"))));
        attempt.timeUtc = utcTime(attempt.timeText);
        result.attempts.append(attempt);
    }
    return result;
}

Registration ResponseParser::registration(const QByteArray &body)
{
    Registration result;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return result;

    result.parsed = true;
    const QJsonObject object = doc.object();
    result.subscriberId = capped(scalarText(valueOf(object, QLatin1String("subscriberId"))));
    result.webhookUrl = capped(scalarText(valueOf(object, QLatin1String("webhookUrl"))));
    const QJsonValue events = valueOf(object, QLatin1String("webhookEvents"));
    if (events.isArray())
        result.events = cappedStrings(events.toArray());
    result.lastModified
        = capped(scalarText(valueOf(object, QLatin1String("lastModifiedTimestamp"))));
    result.signatureInMsSignatureHeader
        = flag(valueOf(object, QLatin1String("signatureTokenToMsSignatureHeader")));
    return result;
}

std::optional<QStringList> ResponseParser::eventNames(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isArray())
        return std::nullopt;
    return cappedStrings(doc.array());
}
