#include "CallHints.h"

#include <QRegularExpression>

namespace {

// The error="..." value of a WWW-Authenticate header (RFC 6750), or empty. Only a short token
// of safe characters is returned: the header comes from the server and ends up in a sentence.
QString authenticateError(const QString &header)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:\\A|[\\s,])error\\s*=\\s*(?:\"([^\"]*)\"|([^\\s,\"]+))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression safe(QStringLiteral("\\A[A-Za-z0-9_.\\-]{1,64}\\z"));
    const QRegularExpressionMatch match = pattern.match(header);
    if (!match.hasMatch())
        return QString();
    const QString value = match.capturedLength(1) > 0 ? match.captured(1) : match.captured(2);
    return safe.match(value).hasMatch() ? value : QString();
}

// Retry-After may also be an HTTP date; only a whole number of seconds is worth quoting.
int retryAfterSeconds(const QString &header)
{
    static const QRegularExpression digits(QStringLiteral("\\A[0-9]{1,9}\\z"));
    const QString text = header.trimmed();
    if (!digits.match(text).hasMatch())
        return 0;
    return text.toInt();
}

QString unauthorizedHint(const CallRecord &record)
{
    const QString error
        = authenticateError(record.responseHeaders.value(QStringLiteral("WWW-Authenticate")));
    if (error.isEmpty()) {
        return CallHints::tr("Partner Center did not accept the token: it is missing, expired, "
                             "or was issued for another audience; get a new token for "
                             "https://api.partnercenter.microsoft.com and send again.");
    }
    //: %1 is the error value of the WWW-Authenticate response header, e.g. invalid_token.
    return CallHints::tr("Partner Center did not accept the token (WWW-Authenticate says "
                         "error=\"%1\"): it is missing, expired, or was issued for another "
                         "audience; get a new token for https://api.partnercenter.microsoft.com "
                         "and send again.")
        .arg(error);
}

QString throttledHint(const CallRecord &record)
{
    const int seconds
        = retryAfterSeconds(record.responseHeaders.value(QStringLiteral("Retry-After")));
    if (seconds > 0) {
        //: %n is the number of seconds from the Retry-After response header.
        return CallHints::tr("Partner Center allows only 2 test events per minute; wait %n "
                             "second(s) and send again.",
            "", seconds);
    }
    return CallHints::tr(
        "Partner Center allows only 2 test events per minute; wait a minute and send again.");
}

QString redirectHint(const QString &networkError)
{
    if (networkError.contains(QLatin1String("too many redirects"), Qt::CaseInsensitive)) {
        return CallHints::tr("The server kept redirecting the request; check that the base URL "
                             "is the Partner Center endpoint.");
    }
    return CallHints::tr("The server redirected the request to another host, which was refused "
                         "to keep the token safe; check that the base URL is the Partner Center "
                         "endpoint.");
}

// Qt's and PendingCall's error texts are all we have once no HTTP status arrived; they are
// matched loosely because Qt words them differently per platform and version.
QString networkHint(const QString &networkError)
{
    const auto has = [&networkError](const char *word) {
        return networkError.contains(QLatin1String(word), Qt::CaseInsensitive);
    };
    // TLS first: PendingCall's TLS sentence also says "refused".
    if (has("tls") || has("ssl") || has("certificate")) {
        return CallHints::tr("The server's certificate was not trusted, so the connection was "
                             "closed and nothing was sent insecurely; a proxy or security "
                             "product may be intercepting TLS, or the system clock may be "
                             "wrong.");
    }
    if (has("redirect"))
        return redirectHint(networkError);
    if (has("no response within") || has("timed out") || has("timeout")) {
        return CallHints::tr("No answer arrived in time; retry with the same MS-RequestId, which "
                             "is safe even if the first request reached Partner Center.");
    }
    static const QRegularExpression hostNotFound(
        QStringLiteral("\\bhost\\b.*\\bnot found\\b"), QRegularExpression::CaseInsensitiveOption);
    if (has("refused") || has("proxy") || has("unreachable")
        || hostNotFound.match(networkError).hasMatch()) {
        return CallHints::tr("The connection to Partner Center could not be made; check the "
                             "network connection, the VPN and the proxy settings.");
    }
    return CallHints::tr("The call failed before Partner Center answered; check the network "
                         "error, then retry with the same MS-RequestId, which is safe.");
}

QString statusHint(const CallRecord &record, int status)
{
    if (status >= 200 && status < 300) {
        if (!record.correlationId.isEmpty())
            return QString();
        return CallHints::tr("The response reported success but had no correlationId; a proxy "
                             "may have answered instead of Partner Center, so check the base "
                             "URL and the proxy settings.");
    }
    switch (status) {
    case 400:
        return CallHints::tr("Partner Center refused the input of the request; check the API "
                             "version (v1 is the only published one).");
    case 401:
        return unauthorizedHint(record);
    case 403:
        return CallHints::tr("The token was accepted, but the user or app it was issued to "
                             "lacks the Partner Center role needed for webhooks; ask a Partner "
                             "Center administrator to assign it.");
    case 404:
        return CallHints::tr("Partner Center found nothing for this request; check the API "
                             "version and that the partner has a webhook registration.");
    case 429:
        return throttledHint(record);
    default:
        break;
    }
    const QString code = QString::number(status);
    if (status >= 400 && status < 500) {
        //: %1 is the HTTP status code, e.g. 405.
        return CallHints::tr("Partner Center refused the request (HTTP %1); the error code and "
                             "description say why.")
            .arg(code);
    }
    if (status >= 500 && status < 600) {
        // SPEC.md: 500 means the service or a dependency failed and callers may retry.
        //: %1 is the HTTP status code, e.g. 503.
        return CallHints::tr("Partner Center or one of its dependencies failed (HTTP %1); try "
                             "again later, and a retry with the same MS-RequestId is safe.")
            .arg(code);
    }
    // 1xx and unfollowed 3xx: an answer, but not to this request.
    if (record.networkError.contains(QLatin1String("redirect"), Qt::CaseInsensitive))
        return redirectHint(record.networkError);
    //: %1 is the HTTP status code, e.g. 101.
    return CallHints::tr("The server answered with HTTP %1, which does not complete this "
                         "request; check the base URL and the proxy settings.")
        .arg(code);
}

} // namespace

QString CallHints::hintFor(const CallRecord &record)
{
    if (record.outcome == Outcome::Cancelled) {
        return tr("The call was cancelled; if the request may have reached Partner Center, send "
                  "it again with the same MS-RequestId.");
    }
    if (record.httpStatus)
        return statusHint(record, *record.httpStatus);
    return networkHint(record.networkError);
}
