#include "InputValidator.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUuid>

Validated<QString> InputValidator::apiVersion(const QString &input)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[vV]?([1-9][0-9]{0,2})\\z"));
    const QRegularExpressionMatch match = pattern.match(input);
    if (!match.hasMatch()) {
        return Validated<QString>::refuse(
            tr("The API version must be a number such as 1 or v1 (no spaces, slashes or other "
               "characters)."));
    }
    return Validated<QString>::accept(QLatin1Char('v') + match.captured(1));
}

Validated<QString> InputValidator::token(const QString &input)
{
    QString token = input.trimmed();
    static const QRegularExpression bearerPrefix(
        QStringLiteral("\\ABearer(?:[ \\t]+|\\z)"), QRegularExpression::CaseInsensitiveOption);
    token.remove(bearerPrefix);
    token = token.trimmed();

    if (token.isEmpty())
        return Validated<QString>::refuse(tr("The access token is empty; paste the bearer token."));

    for (const QChar c : std::as_const(token)) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f) {
            return Validated<QString>::refuse(
                tr("The access token contains a line break or another control character; paste "
                   "the token alone, on one line."));
        }
        if (u == 0x20 || u > 0x7e) {
            return Validated<QString>::refuse(
                tr("The access token contains a space or a non-ASCII character; paste only the "
                   "token itself."));
        }
    }
    return Validated<QString>::accept(token);
}

Validated<QUrl> InputValidator::baseUrl(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Validated<QUrl>::refuse(tr("The base URL is empty."));

    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        return Validated<QUrl>::refuse(tr("The base URL is not a valid absolute URL such as "
                                          "https://api.partnercenter.microsoft.com."));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return Validated<QUrl>::refuse(tr("The base URL must start with https://."));
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        return Validated<QUrl>::refuse(
            tr("The base URL must use https://; http:// is accepted only for this computer "
               "(localhost, 127.0.0.1 or ::1)."));
    }
    if (!url.userInfo().isEmpty()) {
        return Validated<QUrl>::refuse(
            tr("The base URL must not contain a user name or password."));
    }
    if (url.hasQuery() || url.hasFragment()) {
        return Validated<QUrl>::refuse(
            tr("The base URL must not contain a query (?) or a fragment (#)."));
    }

    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setScheme(scheme);
    return Validated<QUrl>::accept(url);
}

Validated<QString> InputValidator::requestId(const QString &input)
{
    const QUuid uuid = QUuid::fromString(input.trimmed());
    if (uuid.isNull()) {
        return Validated<QString>::refuse(
            tr("The request ID must be a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301."));
    }
    return Validated<QString>::accept(uuid.toString(QUuid::WithoutBraces));
}

Validated<std::chrono::seconds> InputValidator::timeoutSeconds(const QString &input)
{
    bool ok = false;
    const int seconds = input.trimmed().toInt(&ok);
    if (!ok || seconds < 1 || seconds > 3600) {
        return Validated<std::chrono::seconds>::refuse(
            tr("The timeout must be a whole number of seconds from 1 to 3600."));
    }
    return Validated<std::chrono::seconds>::accept(std::chrono::seconds(seconds));
}

bool InputValidator::isLoopbackHost(const QString &host)
{
    // "localhost." and "127.0.0.1." are not special to the resolver: they go to DNS, which
    // could answer with any address. Only the exact spellings count as this computer.
    const QString h = host.toLower();
    if (h == QLatin1String("localhost"))
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}
