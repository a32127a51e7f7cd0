#pragma once

#include "DeliveryStatus.h"
#include "Registration.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <optional>

// What an error body said: a Partner Center REST error, a 429 throttling body or an
// Azure-style {"error":{...}} wrapper. All fields empty when the body is not one of these.
struct ParsedError
{
    QString code; // numbers are rendered without a fraction: 600008, not 600008.0
    QString description; // capped at ResponseParser::MaxDescriptionLength characters
    QString source;
    QJsonArray data;

    bool isEmpty() const { return code.isEmpty() && description.isEmpty(); }
};

// Reads response bodies. Every byte is treated as hostile: nothing here trusts lengths, types,
// nesting or encodings, and nothing throws.
class ResponseParser
{
public:
    static constexpr int MaxDescriptionLength = 4096;

    // The correlationId of a 200 body in any of SPEC.md's shapes: {"correlationId":"..."},
    // a JSON string, or bare text. Empty when the body holds no GUID-shaped value.
    static QString correlationId(const QByteArray &body);
    static ParsedError error(const QByteArray &body);
    // Get Validation Event Status (200 body); keys matched case-insensitively. parsed is false
    // when the body is not a JSON object.
    static DeliveryStatus deliveryStatus(const QByteArray &body);
    // GET /registration (200 body); camelCase and PascalCase keys alike.
    static Registration registration(const QByteArray &body);
    // GET /registration/events: a JSON array of event names; std::nullopt for anything else.
    // Non-string entries are skipped.
    static std::optional<QStringList> eventNames(const QByteArray &body);
    static bool looksLikeGuid(const QString &text);
};
