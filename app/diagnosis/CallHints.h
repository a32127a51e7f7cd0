#pragma once

#include "api/CallRecord.h"

#include <QCoreApplication>
#include <QString>

// Turns a recorded call into one plain-words sentence: the likely cause and what to do next.
class CallHints
{
    Q_DECLARE_TR_FUNCTIONS(CallHints)

public:
    // Empty only for a success that carried a correlationId; every other call gets a hint.
    static QString hintFor(const CallRecord &record);
};
