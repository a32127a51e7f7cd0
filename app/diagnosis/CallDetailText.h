#pragma once

#include "api/CallRecord.h"

#include <QCoreApplication>
#include <QUrl>

// The full request and response of a recorded call as selectable plain text for the detail
// pane: URL, the headers sent (Authorization masked: the token is never stored), status,
// recorded response headers and the body, JSON pretty-printed.
class CallDetailText
{
    Q_DECLARE_TR_FUNCTIONS(CallDetailText)

public:
    // attempts: how many attempts the call's retry chain has (1 for a call never retried).
    static QString forCall(const CallRecord &record, int attempts = 1);
    // The body indented when it is JSON, otherwise as received.
    static QString prettyBody(const QString &body);
};
