#include "ResponseParser.h"

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
    if (text.size() > ResponseParser::MaxDescriptionLength)
        text.truncate(ResponseParser::MaxDescriptionLength);
    return text;
}

} // namespace

bool ResponseParser::looksLikeGuid(const QString &text)
{
    static const QRegularExpression guid(
        QStringLiteral("\\A\\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-"
                       "Fa-f]{12}\\}?\\z"));
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
    Q_UNUSED(body)
    return DeliveryStatus();
}

Registration ResponseParser::registration(const QByteArray &body)
{
    Q_UNUSED(body)
    return Registration();
}

std::optional<QStringList> ResponseParser::eventNames(const QByteArray &body)
{
    Q_UNUSED(body)
    return std::nullopt;
}
