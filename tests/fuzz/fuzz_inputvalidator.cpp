// Feeds arbitrary text to InputValidator as if a user had typed or pasted it, and traps when an
// accepted value breaks what the validator promises or a refused token is quoted back.
//
// Input: the first byte chooses the validator (bits 0-2: 0 apiVersion, 1 token, 2 baseUrl,
// 3 requestId, 4 timeoutSeconds, 5-7 all of them) and the decoding of the rest (bit 7 set:
// Latin-1, else UTF-8).
#include "api/InputValidator.h"

#include "FuzzCheck.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QString>
#include <QUrl>

#include <cstddef>
#include <cstdint>

namespace {

bool matches(const QRegularExpression &expression, const QString &text)
{
    return expression.match(text).hasMatch();
}

void checkApiVersion(const QString &input)
{
    const Validated<QString> version = InputValidator::apiVersion(input);
    if (!version.isValid())
        return;
    static const QRegularExpression canonical(QStringLiteral("\\Av[1-9][0-9]{0,2}\\z"));
    FUZZ_CHECK(matches(canonical, version.value));
    const Validated<QString> again = InputValidator::apiVersion(version.value);
    FUZZ_CHECK(again.isValid() && again.value == version.value);
}

// The refusals the validator can give, whatever the token: a refusal that contains the token
// only because the token happens to be a piece of one of these sentences quotes nothing.
const QStringList &fixedTokenRefusals()
{
    static const QStringList sentences {
        InputValidator::token(QString()).error,
        InputValidator::token(QStringLiteral("a\tb")).error,
        InputValidator::token(QStringLiteral("a b")).error,
    };
    return sentences;
}

bool quotes(const QString &error, const QString &secret)
{
    if (secret.size() <= 8 || !error.contains(secret))
        return false;
    for (const QString &sentence : fixedTokenRefusals()) {
        if (sentence.contains(secret))
            return false;
    }
    return true;
}

void checkToken(const QString &input)
{
    const Validated<QString> token = InputValidator::token(input);
    if (token.isValid()) {
        FUZZ_CHECK(!token.value.isEmpty());
        for (const QChar c : token.value) {
            const char16_t u = c.unicode();
            FUZZ_CHECK(u > 0x20 && u < 0x7f); // printable ASCII: no control character, no space
        }
        return;
    }
    FUZZ_CHECK(!token.error.isEmpty());
    // The product promises that no error quotes the token: neither as pasted nor without its
    // "Bearer " prefix.
    const QString trimmed = input.trimmed();
    FUZZ_CHECK(!quotes(token.error, input));
    FUZZ_CHECK(!quotes(token.error, trimmed));
    static const QRegularExpression bearer(
        QStringLiteral("\\ABearer[ \\t]+"), QRegularExpression::CaseInsensitiveOption);
    QString bare = trimmed;
    bare.remove(bearer);
    FUZZ_CHECK(!quotes(token.error, bare.trimmed()));
}

// Loopback as the request will reach it, judged from the accepted URL's host independently of
// InputValidator::isLoopbackHost: "localhost" or an address literal in 127.0.0.0/8 or ::1.
// A trailing dot makes a name absolute, and the resolver (glibc getaddrinfo) then asks DNS for
// it instead of reading it as an address or finding it in /etc/hosts: "127.0.0.1." and
// "localhost." can resolve anywhere.
bool isLoopbackName(const QString &host)
{
    if (host == QLatin1String("localhost"))
        return true;
    static const QRegularExpression ipv4(
        QStringLiteral("\\A(?:::ffff:)?127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\z"));
    if (matches(ipv4, host)) {
        const QHostAddress address(host);
        return !address.isNull();
    }
    return host == QLatin1String("::1");
}

void checkBaseUrl(const QString &input)
{
    const Validated<QUrl> base = InputValidator::baseUrl(input);
    if (!base.isValid()) {
        FUZZ_CHECK(base.value.isEmpty());
        return;
    }
    const QUrl &url = base.value;
    FUZZ_CHECK(url.isValid() && !url.isRelative() && !url.host().isEmpty());
    const QString scheme = url.scheme();
    FUZZ_CHECK(scheme == QLatin1String("https")
        || (scheme == QLatin1String("http") && isLoopbackName(url.host())));
    FUZZ_CHECK(url.userInfo().isEmpty() && url.userName().isEmpty() && url.password().isEmpty());
    FUZZ_CHECK(!url.hasQuery() && !url.hasFragment());
    FUZZ_CHECK(!url.path().endsWith(QLatin1Char('/')));

    // The request URL is the base URL with the API path appended (ApiClient): it must reach the
    // same host and carry nothing the base URL was refused for.
    QUrl request = url;
    request.setPath(url.path() + QStringLiteral("/webhooks/v1/registration/validationEvents"));
    FUZZ_CHECK(request.isValid() && request.host() == url.host() && request.scheme() == scheme
        && request.port() == url.port());
    FUZZ_CHECK(request.userInfo().isEmpty() && !request.hasQuery() && !request.hasFragment());

    // What is shown, stored and pasted back is the encoded form: it must be accepted again as
    // the same URL.
    const QString shown = url.toString(QUrl::FullyEncoded);
    const Validated<QUrl> again = InputValidator::baseUrl(shown);
    FUZZ_CHECK(again.isValid());
    FUZZ_CHECK(again.value.host() == url.host() && again.value.scheme() == scheme
        && again.value.port() == url.port());
}

void checkRequestId(const QString &input)
{
    const Validated<QString> id = InputValidator::requestId(input);
    if (!id.isValid())
        return;
    static const QRegularExpression canonical(
        QStringLiteral("\\A[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\z"));
    FUZZ_CHECK(matches(canonical, id.value));
    const Validated<QString> again = InputValidator::requestId(id.value);
    FUZZ_CHECK(again.isValid() && again.value == id.value);
}

void checkTimeout(const QString &input)
{
    const Validated<std::chrono::seconds> timeout = InputValidator::timeoutSeconds(input);
    if (!timeout.isValid())
        return;
    FUZZ_CHECK(timeout.value.count() >= 1 && timeout.value.count() <= 3600);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t selector = data[0];
    const char *text = reinterpret_cast<const char *>(data + 1);
    const qsizetype length = qsizetype(size - 1);
    const QString input
        = (selector & 0x80) ? QString::fromLatin1(text, length) : QString::fromUtf8(text, length);

    const int which = selector & 0x07;
    const bool all = which > 4;
    if (all || which == 0)
        checkApiVersion(input);
    if (all || which == 1)
        checkToken(input);
    if (all || which == 2)
        checkBaseUrl(input);
    if (all || which == 3)
        checkRequestId(input);
    if (all || which == 4)
        checkTimeout(input);
    return 0;
}
