#pragma once

#include "Validated.h"

#include <QCoreApplication>
#include <QUrl>

#include <chrono>

// The single place where everything a user types is checked before a request is built; used by
// the CLI and the window alike. Each refusal is a full sentence saying what is accepted.
class InputValidator
{
    Q_DECLARE_TR_FUNCTIONS(InputValidator)

public:
    // "1", "v1", "V1", "2" ... -> "v1", "v2"; anything else is refused.
    static Validated<QString> apiVersion(const QString &input);
    // Strips surrounding white space and a leading "Bearer " (any case); refuses empty tokens,
    // control characters and anything that is not printable ASCII. The refusal never quotes it.
    static Validated<QString> token(const QString &input);
    // https, or http for loopback hosts only; a path prefix is kept (without a trailing slash).
    static Validated<QUrl> baseUrl(const QString &input);
    // A GUID in any common spelling -> lower-case 8-4-4-4-12 without braces.
    static Validated<QString> requestId(const QString &input);
    // Whole seconds, 1 to 3600.
    static Validated<std::chrono::seconds> timeoutSeconds(const QString &input);

    static bool isLoopbackHost(const QString &host);
};
