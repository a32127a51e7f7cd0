#pragma once

#include "api/CallRecord.h"

#include <QCoreApplication>
#include <QString>

// The few lines about one call that a support ticket needs, as plain text to paste.
class TicketText
{
    Q_DECLARE_TR_FUNCTIONS(TicketText)

public:
    // Lines separated by "\n", no trailing newline. Never the token (the record has none) and
    // never the response body, which may hold anything a proxy sent.
    static QString forCall(const CallRecord &record);
};
