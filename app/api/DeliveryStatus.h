#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// One attempt by Partner Center to deliver the test event to the partner's endpoint.
struct DeliveryAttempt
{
    QString responseCode; // free text: "OK" and "200" are both seen
    QString responseMessage;
    bool systemError = false;
    QDateTime timeUtc; // invalid when dateTimeUtc could not be read
    QString timeText; // dateTimeUtc as the server wrote it (no Z: it is UTC)

    // "OK", "200", "OK: message" - what the partner endpoint answered, in one line.
    QString summary() const;
};

// The answer to Get Validation Event Status: where Partner Center delivered the event and how
// each attempt went.
struct DeliveryStatus
{
    enum class State { Delivering, Completed, Failed, Unknown };

    bool parsed = false; // false when the body was not a status object
    QString correlationId;
    QString partnerId;
    QString status; // as the server wrote it: "Submitted", "completed", "failed", ...
    QString callbackUrl;
    QList<DeliveryAttempt> attempts;

    // Case-insensitive: Submitted = Delivering; completed; failed; anything else Unknown.
    State state() const;
    // completed or failed: polling can stop.
    bool isFinal() const;
    // The last attempt's summary(); empty without attempts.
    QString lastResponse() const;
};
