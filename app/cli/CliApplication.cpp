#include "CliApplication.h"

#include "TerminalText.h"
#include "api/ApiClient.h"
#include "api/InputValidator.h"
#include "api/PendingCall.h"
#include "api/ResponseParser.h"
#include "api/RetryPolicy.h"
#include "api/SendThrottle.h"
#include "diagnosis/DeliveryTracker.h"
#include "diagnosis/RegistrationCheck.h"
#include "export/HistoryCsvExporter.h"
#include "history/HistoryLocation.h"
#include "history/HistoryStore.h"
#include "product/ProductInfo.h"
#include "token/TokenClaims.h"
#include "token/TokenInsight.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace {

constexpr qint64 MaxTokenBytes = 64 * 1024;

struct CommandOptions
{
    QString command;
    QStringList options; // long names allowed with this command
};

const QList<CommandOptions> &commandTable()
{
    static const QList<CommandOptions> table {
        {QStringLiteral("send"),
            {QStringLiteral("api-version"), QStringLiteral("request-id"), QStringLiteral("json"),
                QStringLiteral("retry-of"), QStringLiteral("auto-retry"), QStringLiteral("force"),
                QStringLiteral("no-wait")}},
        {QStringLiteral("status"),
            {QStringLiteral("api-version"), QStringLiteral("wait"), QStringLiteral("json")}},
        {QStringLiteral("registration"), {QStringLiteral("api-version"), QStringLiteral("json")}},
        {QStringLiteral("history"),
            {QStringLiteral("search"), QStringLiteral("outcome"), QStringLiteral("limit"),
                QStringLiteral("json")}},
        {QStringLiteral("export"),
            {QStringLiteral("output"), QStringLiteral("search"), QStringLiteral("outcome")}},
    };
    return table;
}

const QStringList &commandOnlyOptions()
{
    static const QStringList names {
        QStringLiteral("api-version"),
        QStringLiteral("request-id"),
        QStringLiteral("json"),
        QStringLiteral("search"),
        QStringLiteral("outcome"),
        QStringLiteral("limit"),
        QStringLiteral("output"),
        QStringLiteral("retry-of"),
        QStringLiteral("auto-retry"),
        QStringLiteral("force"),
        QStringLiteral("no-wait"),
        QStringLiteral("wait"),
    };
    return names;
}

} // namespace

CliApplication::CliApplication(FILE *out, FILE *err, FILE *in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{ }

CliApplication::~CliApplication()
{
    m_out.flush();
    m_err.flush();
}

QString CliApplication::helpText()
{
    return tr("Usage: webhook-diag-cli [global options] <command> [command options]\n"
              "\n"
              "Sends Partner Center's Create Validation Event request and keeps every call in a\n"
              "searchable history shared with the Webhook Diagnostics window.\n"
              "\n"
              "Global options:\n"
              "  --history FILE       history database (default: %1;\n"
              "                       env WEBHOOK_DIAG_HISTORY)\n"
              "  --base-url URL       API base URL (default %2;\n"
              "                       env WEBHOOK_DIAG_BASE_URL); http:// only for loopback hosts\n"
              "  --timeout SECONDS    total time allowed for one call, default 30\n"
              "  --help, --version\n"
              "\n"
              "Token (never on the command line): env PARTNER_CENTER_TOKEN, or --token-file FILE,\n"
              "or --token-stdin. A leading \"Bearer \" and surrounding white space are stripped.\n"
              "\n"
              "Commands:\n"
              "  send [--api-version V] [--request-id GUID] [--retry-of ID] [--auto-retry]\n"
              "       [--force] [--no-wait] [--json]\n"
              "        POST a validation event. On success prints the correlationId alone.\n"
              "        --request-id reuses an MS-RequestId (retry after a timeout).\n"
              "        --retry-of ID retries a history entry (number or MS-RequestId): the same\n"
              "        MS-RequestId after no response or a 5xx, a new one after any other answer.\n"
              "        --auto-retry retries timeouts, 5xx and 429 (3 attempts at most).\n"
              "        --force sends even when the token is expired or not for Partner Center.\n"
              "        --no-wait does not wait for Partner Center's limit of 2 events a minute.\n"
              "        --json prints the whole recorded call as one JSON object instead.\n"
              "  status CORRELATION_ID [--wait] [--json]\n"
              "        where Partner Center delivered the event: status, callback URL and each\n"
              "        delivery attempt; --wait asks again until the status is final.\n"
              "  registration [--json]\n"
              "        the webhook registration and the events available (read-only); warns\n"
              "        when test-created is not subscribed.\n"
              "  history [--search TEXT] [--outcome O] [--limit N] [--json]\n"
              "        lists recorded calls, newest first; TEXT matches any ID, status or error\n"
              "        text; O is success, client-error, server-error, network-error, cancelled,\n"
              "        pending or interrupted.\n"
              "  export --output FILE [--search TEXT] [--outcome O]\n"
              "        writes the (filtered) history as CSV.\n"
              "\n"
              "Exit codes: 0 success, 1 usage or invalid input (nothing sent), 2 HTTP 4xx,\n"
              "3 HTTP 5xx or 429 (or a 2xx without a correlationId), 4 no HTTP response\n"
              "(network, TLS, timeout).\n")
        .arg(HistoryLocation::defaultPath(), ApiClient::defaultBaseUrl());
}

int CliApplication::usageError(const QString &sentence)
{
    m_err << tr("webhook-diag-cli: %1").arg(sentence) << '\n'
          << tr("Run webhook-diag-cli --help for usage.") << Qt::endl;
    return ExitUsage;
}

int CliApplication::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const auto valueOption = [](const char *name, const char *valueName) {
        return QCommandLineOption(
            QString::fromLatin1(name), QString(), QString::fromLatin1(valueName));
    };
    parser.addOptions({
        QCommandLineOption(QStringList {QStringLiteral("h"), QStringLiteral("help")}),
        QCommandLineOption(QStringLiteral("version")),
        valueOption("history", "FILE"),
        valueOption("base-url", "URL"),
        valueOption("timeout", "SECONDS"),
        valueOption("token-file", "FILE"),
        QCommandLineOption(QStringLiteral("token-stdin")),
        // Accepted only to refuse it with a reason, without echoing the value.
        valueOption("token", "TOKEN"),
        valueOption("api-version", "V"),
        valueOption("request-id", "GUID"),
        QCommandLineOption(QStringLiteral("json")),
        valueOption("search", "TEXT"),
        valueOption("outcome", "O"),
        valueOption("limit", "N"),
        valueOption("output", "FILE"),
        valueOption("retry-of", "ID"),
        QCommandLineOption(QStringLiteral("auto-retry")),
        QCommandLineOption(QStringLiteral("force")),
        QCommandLineOption(QStringLiteral("no-wait")),
        QCommandLineOption(QStringLiteral("wait")),
    });

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("token"))) {
        return usageError(tr("tokens are never accepted on the command line, where process lists "
                             "and shell history would keep them; set PARTNER_CENTER_TOKEN or use "
                             "--token-file FILE or --token-stdin."));
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << helpText() << Qt::flush;
        return ExitSuccess;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QStringLiteral("webhook-diag-cli %1").arg(ProductInfo::version()) << Qt::endl;
        return ExitSuccess;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(
            tr("no command given; use send, status, registration, history or export."));
    const QString command = positional.first();
    const int allowed = command == QLatin1String("status") ? 2 : 1;
    if (positional.size() > allowed)
        return usageError(tr("unexpected argument \"%1\".")
                              .arg(TerminalText::sanitize(positional.at(allowed), 80)));

    const auto entry = std::find_if(commandTable().cbegin(), commandTable().cend(),
        [&](const CommandOptions &c) { return c.command == command; });
    if (entry == commandTable().cend()) {
        return usageError(tr("unknown command \"%1\"; use send, status, registration, history or "
                             "export.")
                              .arg(TerminalText::sanitize(command, 80)));
    }
    for (const QString &option : commandOnlyOptions()) {
        if (parser.isSet(option) && !entry->options.contains(option))
            return usageError(tr("--%1 cannot be used with %2.").arg(option, command));
    }

    if (command == QLatin1String("send"))
        return runSend(parser);
    if (command == QLatin1String("status")) {
        if (positional.size() < 2)
            return usageError(tr("status needs the correlationId to look up."));
        return runStatus(parser, positional.at(1));
    }
    if (command == QLatin1String("registration"))
        return runRegistration(parser);
    if (command == QLatin1String("history"))
        return runHistory(parser);
    return runExport(parser);
}

std::optional<QString> CliApplication::readToken(const QCommandLineParser &parser)
{
    const bool fromFile = parser.isSet(QStringLiteral("token-file"));
    const bool fromStdin = parser.isSet(QStringLiteral("token-stdin"));
    if (fromFile && fromStdin) {
        usageError(tr("use either --token-file or --token-stdin, not both."));
        return std::nullopt;
    }

    QByteArray raw;
    if (fromFile) {
        const QString path = parser.value(QStringLiteral("token-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            usageError(tr("cannot read the token file %1: %2.").arg(path, file.errorString()));
            return std::nullopt;
        }
        raw = file.read(MaxTokenBytes + 1);
    } else if (fromStdin) {
        QFile input;
        if (!input.open(m_in, QIODevice::ReadOnly)) {
            usageError(tr("cannot read the token from standard input."));
            return std::nullopt;
        }
        raw = input.read(MaxTokenBytes + 1);
    } else {
        raw = qgetenv("PARTNER_CENTER_TOKEN");
        if (raw.isEmpty()) {
            usageError(tr("no token: set PARTNER_CENTER_TOKEN, or use --token-file FILE or "
                          "--token-stdin."));
            return std::nullopt;
        }
    }
    if (raw.size() > MaxTokenBytes) {
        usageError(tr("the token is larger than 64 KiB; that is not an access token."));
        return std::nullopt;
    }
    const Validated<QString> token = InputValidator::token(QString::fromUtf8(raw));
    raw.fill('\0');
    if (!token.isValid()) {
        usageError(token.error);
        return std::nullopt;
    }
    return token.value;
}

bool CliApplication::openHistory(const QCommandLineParser &parser, HistoryStore &store)
{
    const QString path = HistoryLocation::resolve(parser.value(QStringLiteral("history")));
    const HistoryStore::OpenReport report = store.openResilient(path);
    if (!report.notice.isEmpty())
        m_err << tr("webhook-diag-cli: %1").arg(report.notice) << Qt::endl;
    if (report.mode != HistoryStore::OpenMode::Unavailable) {
        // Calls left pending by a program that died are shown for what they are.
        const auto marked = store.recoverInterrupted(QDateTime::currentDateTimeUtc());
        if (marked && *marked > 0) {
            m_err << tr("%n earlier call(s) in the history were interrupted; \"webhook-diag-cli "
                        "history --outcome interrupted\" lists them with the MS-RequestId to "
                        "retry.",
                "", *marked)
                  << Qt::endl;
        }
        return true;
    }
    m_err << tr("webhook-diag-cli: %1").arg(store.lastError()) << Qt::endl;
    return false;
}

std::optional<CallRequest> CliApplication::requestFrom(
    const QCommandLineParser &parser, const CallRecord *previous)
{
    const QString versionText = parser.isSet(QStringLiteral("api-version"))
        ? parser.value(QStringLiteral("api-version"))
        : (previous ? previous->apiVersion : QStringLiteral("v1"));
    const Validated<QString> version = InputValidator::apiVersion(versionText);
    if (!version.isValid()) {
        usageError(version.error);
        return std::nullopt;
    }

    // A retry goes where the first attempt went unless told otherwise.
    QString baseUrlText = parser.value(QStringLiteral("base-url"));
    if (baseUrlText.isEmpty())
        baseUrlText = qEnvironmentVariable("WEBHOOK_DIAG_BASE_URL");
    if (baseUrlText.isEmpty())
        baseUrlText = previous ? previous->baseUrl : ApiClient::defaultBaseUrl();
    const Validated<QUrl> baseUrl = InputValidator::baseUrl(baseUrlText);
    if (!baseUrl.isValid()) {
        usageError(baseUrl.error);
        return std::nullopt;
    }

    CallRequest request;
    request.baseUrl = baseUrl.value;
    request.apiVersion = version.value;
    if (parser.isSet(QStringLiteral("timeout"))) {
        const auto timeout
            = InputValidator::timeoutSeconds(parser.value(QStringLiteral("timeout")));
        if (!timeout.isValid()) {
            usageError(timeout.error);
            return std::nullopt;
        }
        request.timeout = timeout.value;
    }
    const std::optional<QString> token = readToken(parser);
    if (!token)
        return std::nullopt;
    request.token = *token;
    return request;
}

std::optional<CallRecord> CliApplication::findRetried(HistoryStore &store, const QString &id)
{
    bool isNumber = false;
    const qint64 number = id.toLongLong(&isNumber);
    std::optional<CallRecord> found;
    if (isNumber && number > 0) {
        found = store.findById(number);
    } else {
        const auto requestId = InputValidator::requestId(id);
        if (!requestId.isValid()) {
            usageError(tr("--retry-of takes a history entry number or an MS-RequestId."));
            return std::nullopt;
        }
        found = store.findByRequestId(requestId.value);
    }
    if (!found) {
        const QString reason = store.lastError();
        usageError(reason.isEmpty() ? tr("no call %1 in the history %2.")
                                          .arg(TerminalText::sanitize(id, 80), store.path())
                                    : reason);
    }
    return found;
}

void CliApplication::wait(std::chrono::milliseconds delay)
{
    QEventLoop loop;
    QTimer::singleShot(delay, &loop, &QEventLoop::quit);
    loop.exec();
}

int CliApplication::runSend(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("retry-of")) && parser.isSet(QStringLiteral("request-id")))
        return usageError(tr("use either --retry-of or --request-id, not both."));

    // Open the history first: a call that cannot be recorded is not made.
    HistoryStore store;
    if (!openHistory(parser, store))
        return ExitUsage;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    std::optional<CallRecord> previous;
    if (parser.isSet(QStringLiteral("retry-of"))) {
        previous = findRetried(store, parser.value(QStringLiteral("retry-of")));
        if (!previous)
            return ExitUsage;
        if (previous->outcome == Outcome::Pending) {
            // Sending its MS-RequestId again while it is in flight could make a second event.
            return usageError(tr("call %1 is still being sent; retry it once it has finished.")
                                  .arg(previous->id));
        }
    }
    std::optional<CallRequest> request = requestFrom(parser, previous ? &*previous : nullptr);
    if (!request)
        return ExitUsage;
    if (parser.isSet(QStringLiteral("request-id"))) {
        const auto requestId
            = InputValidator::requestId(parser.value(QStringLiteral("request-id")));
        if (!requestId.isValid())
            return usageError(requestId.error);
        request->requestId = requestId.value;
    }
    if (previous) {
        request->requestId = RetryPolicy::requestIdForRetry(*previous);
        request->retryOf = RetryPolicy::firstAttemptId(*previous);
        m_err << (request->requestId.isEmpty()
                ? tr("Retrying call %1 as a new call: it was answered (HTTP %2), so the "
                     "MS-RequestId is not reused.")
                      .arg(previous->id)
                      .arg(previous->httpStatus.value_or(0))
                : tr("Retrying call %1 with the same MS-RequestId %2: it may have reached "
                     "Partner Center.")
                      .arg(QString::number(previous->id), previous->msRequestId))
              << Qt::endl;
    }

    const QStringList warnings
        = TokenInsight::warnings(TokenClaims::decode(request->token), request->baseUrl, now);
    if (!warnings.isEmpty() && !parser.isSet(QStringLiteral("force"))) {
        request->token.fill(QLatin1Char('\0'));
        return usageError(warnings.join(QLatin1Char(' ')) + QLatin1Char(' ')
            + tr("Nothing was sent; add --force to send anyway."));
    }

    ApiClient client;
    const bool autoRetry = parser.isSet(QStringLiteral("auto-retry"));
    CallRecord record;
    for (int attempt = 1;; ++attempt) {
        // Automatic retries wait as RetryPolicy says, not for the throttle: a reused
        // MS-RequestId is the same event, and a 429's Retry-After is honoured already.
        if (attempt == 1 && !parser.isSet(QStringLiteral("no-wait"))) {
            const auto sends = store.sendsSince(request->baseUrl.toString(QUrl::FullyEncoded),
                QDateTime::currentDateTimeUtc().addSecs(-60));
            const auto throttle = SendThrottle::waitBeforeNext(
                sends.value_or(QList<QDateTime>()), QDateTime::currentDateTimeUtc());
            if (throttle.count() > 0) {
                const int seconds = int((throttle.count() + 999) / 1000);
                m_err << tr("Partner Center accepts 2 test events per minute; waiting %n second(s) "
                            "before sending (--no-wait sends at once).",
                    "", seconds)
                      << Qt::endl;
                wait(throttle);
            }
        }
        CallRecord pending = client.prepareValidationEvent(*request);
        if (!store.addPending(pending, request->timeout)) {
            request->token.fill(QLatin1Char('\0'));
            m_err << tr("webhook-diag-cli: %1 Nothing was sent.").arg(store.lastError())
                  << Qt::endl;
            return ExitUsage;
        }
        PendingCall *call = client.sendPrepared(*request, pending);
        QEventLoop loop;
        QObject::connect(call, &PendingCall::finished, &loop, [&](const CallRecord &finished) {
            record = finished;
            loop.quit();
        });
        loop.exec();
        if (!store.complete(record)) {
            m_err << tr("webhook-diag-cli: the call was made but could not be saved to the "
                        "history: %1")
                         .arg(store.lastError())
                  << Qt::endl;
        }
        if (!autoRetry || attempt >= RetryPolicy::MaxAutomaticAttempts
            || !RetryPolicy::retriesAutomatically(record))
            break;
        const auto delay
            = RetryPolicy::delayBefore(attempt + 1, record, QDateTime::currentDateTimeUtc());
        m_err << failureSentence(record) << Qt::endl
              << tr("Retrying in %n second(s) (attempt %1 of %2).", "",
                     int((delay.count() + 999) / 1000))
                     .arg(attempt + 1)
                     .arg(RetryPolicy::MaxAutomaticAttempts)
              << Qt::endl;
        wait(delay);
        request->requestId = RetryPolicy::requestIdForRetry(record);
        request->retryOf = RetryPolicy::firstAttemptId(record);
    }
    request->token.fill(QLatin1Char('\0'));

    const int exitCode = exitCodeFor(record);
    if (parser.isSet(QStringLiteral("json"))) {
        m_out << TerminalText::escapeJson(
            QString::fromUtf8(QJsonDocument(record.toJson()).toJson(QJsonDocument::Indented)));
        m_out.flush();
    } else if (exitCode == ExitSuccess) {
        m_out << record.correlationId << Qt::endl;
    }
    if (exitCode != ExitSuccess)
        m_err << failureSentence(record) << Qt::endl;
    return exitCode;
}

int CliApplication::runStatus(const QCommandLineParser &parser, const QString &correlationId)
{
    if (!ResponseParser::looksLikeGuid(correlationId))
        return usageError(tr("\"%1\" is not a correlationId (a GUID).")
                              .arg(TerminalText::sanitize(correlationId, 80)));
    const QString id = correlationId.toLower().remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    HistoryStore store;
    if (!openHistory(parser, store))
        return ExitUsage;
    const std::optional<CallRecord> call = store.findByCorrelationId(id);
    if (call
        && DeliveryTracker::isExpiredOnServer(call->sentAtUtc, QDateTime::currentDateTimeUtc())) {
        m_err << tr("The call with correlationId %1 was sent on %2; Partner Center keeps a "
                    "validation event's state for 7 days, so it has expired on the server and "
                    "was not queried.")
                     .arg(id, TokenInsight::utcText(call->sentAtUtc))
              << Qt::endl;
        return ExitUsage; // nothing was sent
    }
    std::optional<CallRequest> request = requestFrom(parser, call ? &*call : nullptr);
    if (!request)
        return ExitUsage;

    ApiClient client;
    DeliveryTracker tracker(&client, *request, id);
    request->token.fill(QLatin1Char('\0'));
    const bool follow = parser.isSet(QStringLiteral("wait"));
    if (follow) {
        QObject::connect(
            &tracker, &DeliveryTracker::statusRead, &tracker, [this](const DeliveryStatus &status) {
                if (!status.isFinal())
                    m_err << tr("Status: %1; asking again shortly…")
                                 .arg(TerminalText::sanitize(status.status, 100))
                          << Qt::endl;
            });
    }
    DeliveryTracker::Result result;
    QEventLoop loop;
    QObject::connect(
        &tracker, &DeliveryTracker::finished, &loop, [&](const DeliveryTracker::Result &finished) {
            result = finished;
            loop.quit();
        });
    tracker.start(std::chrono::milliseconds(0), follow);
    loop.exec();

    const DeliveryStatus &status = result.status;
    if (status.parsed && call) {
        if (!store.recordDelivery(call->id, status.status, int(status.attempts.size()),
                status.lastResponse(), result.checkedUtc, result.body))
            m_err << tr("webhook-diag-cli: %1").arg(store.lastError()) << Qt::endl;
    }
    if (result.ending == DeliveryTracker::Ending::NotFound
        || result.ending == DeliveryTracker::Ending::Failed) {
        m_err << TerminalText::sanitize(result.message, 2048) << Qt::endl;
        return result.ending == DeliveryTracker::Ending::NotFound
            ? ExitClientError
            : (result.lastQuery.outcome == Outcome::Success ? ExitServerError
                                                            : exitCodeFor(result.lastQuery));
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray attempts;
        for (const DeliveryAttempt &a : status.attempts) {
            attempts.append(QJsonObject {
                {QStringLiteral("time_utc"),
                    a.timeUtc.isValid() ? a.timeUtc.toString(Qt::ISODateWithMs) : a.timeText},
                {QStringLiteral("response_code"), a.responseCode},
                {QStringLiteral("response_message"), a.responseMessage},
                {QStringLiteral("system_error"), a.systemError},
            });
        }
        const QJsonObject object {
            {QStringLiteral("correlation_id"),
                status.correlationId.isEmpty() ? id : status.correlationId},
            {QStringLiteral("status"), status.status},
            {QStringLiteral("final"), status.isFinal()},
            {QStringLiteral("partner_id"), status.partnerId},
            {QStringLiteral("callback_url"), status.callbackUrl},
            {QStringLiteral("attempts"), attempts},
            {QStringLiteral("checked_at_utc"), result.checkedUtc.toString(Qt::ISODateWithMs)},
        };
        m_out << TerminalText::escapeJson(
            QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    } else {
        m_out << tr("Status: %1").arg(TerminalText::sanitize(status.status, 100)) << '\n';
        if (!status.callbackUrl.isEmpty())
            m_out << tr("Callback URL: %1").arg(TerminalText::sanitize(status.callbackUrl, 2048))
                  << '\n';
        m_out << tr("Delivery attempts: %1").arg(status.attempts.size()) << '\n';
        for (const DeliveryAttempt &a : status.attempts) {
            const QString time = a.timeUtc.isValid() ? TokenInsight::utcText(a.timeUtc)
                                                     : TerminalText::sanitize(a.timeText, 40);
            QString line
                = QStringLiteral("  %1  %2").arg(time, TerminalText::sanitize(a.summary(), 1024));
            if (a.systemError)
                line += QLatin1Char(' ') + tr("(system error)");
            m_out << line << '\n';
        }
        if (!status.isFinal())
            m_out << tr("Partner Center has not reported a final status yet; \"status --wait\" "
                        "follows it to the end.")
                  << '\n';
    }
    m_out.flush();
    return ExitSuccess;
}

int CliApplication::runRegistration(const QCommandLineParser &parser)
{
    std::optional<CallRequest> request = requestFrom(parser, nullptr);
    if (!request)
        return ExitUsage;

    ApiClient client;
    RegistrationCheck check(&client, *request);
    request->token.fill(QLatin1Char('\0'));
    RegistrationCheck::Report report;
    QEventLoop loop;
    QObject::connect(&check, &RegistrationCheck::finished, &loop,
        [&](const RegistrationCheck::Report &finished) {
            report = finished;
            loop.quit();
        });
    check.start();
    loop.exec();

    const Registration &r = report.registration;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object {
            {QStringLiteral("registered"), !report.notRegistered() && r.exists()},
            {QStringLiteral("webhook_url"), r.webhookUrl},
            {QStringLiteral("webhook_events"), QJsonArray::fromStringList(r.events)},
            {QStringLiteral("subscribes_test_created"),
                r.hasEvent(RegistrationCheck::testCreatedEvent())},
            {QStringLiteral("last_modified"), r.lastModified},
            {QStringLiteral("subscriber_id"), r.subscriberId},
            {QStringLiteral("signature_in_ms_signature_header"), r.signatureInMsSignatureHeader},
            {QStringLiteral("available_events"),
                report.availableEvents
                    ? QJsonValue(QJsonArray::fromStringList(*report.availableEvents))
                    : QJsonValue()},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
            {QStringLiteral("error"), report.error},
        };
        m_out << TerminalText::escapeJson(
            QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    } else if (r.exists()) {
        const auto list = [](const QStringList &names) {
            QStringList safe;
            for (const QString &name : names)
                safe.append(TerminalText::sanitize(name, 200));
            return safe.join(QStringLiteral(", "));
        };
        m_out << tr("Webhook URL: %1").arg(TerminalText::sanitize(r.webhookUrl, 2048)) << '\n'
              << tr("Subscribed events: %1").arg(list(r.events)) << '\n';
        if (!r.lastModified.isEmpty())
            m_out << tr("Last modified: %1").arg(TerminalText::sanitize(r.lastModified, 100))
                  << '\n';
        if (report.availableEvents)
            m_out << tr("Available events: %1").arg(list(*report.availableEvents)) << '\n';
    }
    m_out.flush();
    for (const QString &warning : std::as_const(report.warnings))
        m_err << tr("Warning: %1").arg(TerminalText::sanitize(warning, 2048)) << Qt::endl;
    if (!report.error.isEmpty())
        m_err << TerminalText::sanitize(report.error, 2048) << Qt::endl;

    if (report.registrationCall.outcome != Outcome::Success && !report.notRegistered())
        return exitCodeFor(report.registrationCall);
    if (report.notRegistered())
        return ExitClientError;
    if (!report.error.isEmpty())
        return report.eventsCall.outcome == Outcome::Success ? ExitServerError
                                                             : exitCodeFor(report.eventsCall);
    return ExitSuccess;
}

int CliApplication::exitCodeFor(const CallRecord &record)
{
    switch (record.outcome) {
    case Outcome::Success:
        return record.correlationId.isEmpty() ? ExitServerError : ExitSuccess;
    case Outcome::ClientError:
        return record.httpStatus == 429 ? ExitServerError : ExitClientError;
    case Outcome::ServerError:
        return ExitServerError;
    case Outcome::NetworkError:
    case Outcome::Cancelled:
    case Outcome::Pending:
    case Outcome::Interrupted:
        return ExitNoResponse;
    }
    return ExitNoResponse;
}

QString CliApplication::failureSentence(const CallRecord &r) const
{
    const QString ids
        = tr("Sent MS-CorrelationId %1, MS-RequestId %2.").arg(r.msCorrelationId, r.msRequestId);
    if (!r.httpStatus || r.outcome == Outcome::NetworkError || r.outcome == Outcome::Cancelled
        || r.outcome == Outcome::Interrupted) {
        const QString reason = TerminalText::sanitize(r.networkError);
        if (r.httpStatus) {
            return tr("No usable response (HTTP %1): %2 %3")
                .arg(QString::number(*r.httpStatus), reason, ids);
        }
        return tr("No HTTP response: %1 %2 To retry the same request safely, run send "
                  "--retry-of %3.")
            .arg(reason, ids, r.msRequestId);
    }

    QString status = QString::number(*r.httpStatus);
    if (!r.httpReason.isEmpty())
        status += QLatin1Char(' ') + TerminalText::sanitize(r.httpReason, 100);

    QString sentence;
    if (r.outcome == Outcome::Success) {
        sentence = tr("Partner Center answered HTTP %1, but the response held no correlationId.")
                       .arg(status);
    } else if (!r.errorCode.isEmpty() && !r.errorDescription.isEmpty()) {
        sentence = tr("Partner Center answered HTTP %1 with error %2: %3")
                       .arg(status, TerminalText::sanitize(r.errorCode, 100),
                           TerminalText::sanitize(r.errorDescription, 1024));
    } else if (!r.errorDescription.isEmpty()) {
        sentence = tr("Partner Center answered HTTP %1: %2")
                       .arg(status, TerminalText::sanitize(r.errorDescription, 1024));
    } else if (!r.errorCode.isEmpty()) {
        sentence = tr("Partner Center answered HTTP %1 with error %2.")
                       .arg(status, TerminalText::sanitize(r.errorCode, 100));
    } else {
        sentence = tr("Partner Center answered HTTP %1.").arg(status);
    }
    const QString retryAfter = r.responseHeaders.value(QStringLiteral("Retry-After"));
    if (!retryAfter.isEmpty())
        sentence += QLatin1Char(' ')
            + tr("Retry after %1 seconds.").arg(TerminalText::sanitize(retryAfter, 40));
    if (!r.networkError.isEmpty())
        sentence += QLatin1Char(' ') + TerminalText::sanitize(r.networkError);
    return sentence + QLatin1Char(' ') + ids;
}

std::optional<HistoryFilter> CliApplication::filterFrom(const QCommandLineParser &parser)
{
    HistoryFilter filter;
    filter.search = parser.value(QStringLiteral("search"));
    if (parser.isSet(QStringLiteral("outcome"))) {
        const QString name = parser.value(QStringLiteral("outcome"));
        filter.outcome = outcomeFromName(name);
        if (!filter.outcome) {
            usageError(tr("unknown outcome \"%1\"; use success, client-error, server-error, "
                          "network-error, cancelled, pending or interrupted.")
                           .arg(TerminalText::sanitize(name, 80)));
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = parser.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || filter.limit < 1) {
            usageError(tr("--limit takes a whole number of at least 1."));
            return std::nullopt;
        }
    }
    return filter;
}

int CliApplication::runHistory(const QCommandLineParser &parser)
{
    const std::optional<HistoryFilter> filter = filterFrom(parser);
    if (!filter)
        return ExitUsage;
    HistoryStore store;
    if (!openHistory(parser, store))
        return ExitUsage;

    const bool json = parser.isSet(QStringLiteral("json"));
    bool first = true;
    if (json) {
        m_out << '[';
    } else {
        m_out << QStringLiteral("sent_at_utc\tapi_version\thttp_status\toutcome\tcorrelation_id\t"
                                "ms_correlationid\tms_requestid\tduration_ms\terror")
              << '\n';
    }
    const bool ok = store.forEach(*filter, [&](const CallRecord &r) {
        if (json) {
            m_out << (first ? "\n  " : ",\n  ")
                  << TerminalText::escapeJson(QString::fromUtf8(
                         QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact)));
        } else {
            QString error = r.errorCode;
            const QString text = r.errorDescription.isEmpty() ? r.networkError : r.errorDescription;
            if (!text.isEmpty())
                error += (error.isEmpty() ? QString() : QStringLiteral(": ")) + text;
            const QStringList cells {
                r.sentAtIso(),
                r.apiVersion,
                r.httpStatus ? QString::number(*r.httpStatus) : QStringLiteral("-"),
                outcomeName(r.outcome),
                r.correlationId.isEmpty() ? QStringLiteral("-") : r.correlationId,
                r.msCorrelationId,
                r.msRequestId,
                QString::number(r.durationMs),
                error,
            };
            QStringList safe;
            for (const QString &cell : cells)
                safe.append(TerminalText::sanitize(cell, 200));
            m_out << safe.join(QLatin1Char('\t')) << '\n';
        }
        first = false;
        return true;
    });
    if (json)
        m_out << (first ? "]\n" : "\n]\n");
    m_out.flush();
    if (!ok) {
        m_err << tr("webhook-diag-cli: %1").arg(store.lastError()) << Qt::endl;
        return ExitUsage;
    }
    return ExitSuccess;
}

int CliApplication::runExport(const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(tr("export needs --output FILE."));
    const std::optional<HistoryFilter> filter = filterFrom(parser);
    if (!filter)
        return ExitUsage;
    HistoryStore store;
    if (!openHistory(parser, store))
        return ExitUsage;

    const HistoryCsvExporter::Result result = HistoryCsvExporter::exportTo(store, *filter, output);
    if (!result.ok) {
        m_err << tr("webhook-diag-cli: %1").arg(result.error) << Qt::endl;
        return ExitUsage;
    }
    m_out << tr("Exported %n call(s) to %1.", "", int(result.rows)).arg(output) << Qt::endl;
    return ExitSuccess;
}
