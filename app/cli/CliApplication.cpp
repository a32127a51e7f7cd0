#include "CliApplication.h"

#include "TerminalText.h"
#include "api/ApiClient.h"
#include "api/InputValidator.h"
#include "api/PendingCall.h"
#include "export/HistoryCsvExporter.h"
#include "history/HistoryLocation.h"
#include "history/HistoryStore.h"
#include "product/ProductInfo.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>

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
            {QStringLiteral("api-version"), QStringLiteral("request-id"), QStringLiteral("json")}},
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
    return tr(
        "Usage: webhook-diag-cli [global options] <command> [command options]\n"
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
        "  send [--api-version V] [--request-id GUID] [--json]\n"
        "        POST a validation event. On success prints the correlationId alone.\n"
        "        --request-id reuses an MS-RequestId (retry after a timeout).\n"
        "        --json prints the whole recorded call as one JSON object instead.\n"
        "  history [--search TEXT] [--outcome O] [--limit N] [--json]\n"
        "        lists recorded calls, newest first; TEXT matches any ID, status or error\n"
        "        text; O is success, client-error, server-error, network-error or cancelled.\n"
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
        return usageError(tr("no command given; use send, history or export."));
    const QString command = positional.first();
    if (positional.size() > 1)
        return usageError(
            tr("unexpected argument \"%1\".").arg(TerminalText::sanitize(positional.at(1), 80)));

    const auto entry = std::find_if(commandTable().cbegin(), commandTable().cend(),
        [&](const CommandOptions &c) { return c.command == command; });
    if (entry == commandTable().cend()) {
        return usageError(tr("unknown command \"%1\"; use send, history or export.")
                              .arg(TerminalText::sanitize(command, 80)));
    }
    for (const QString &option : commandOnlyOptions()) {
        if (parser.isSet(option) && !entry->options.contains(option))
            return usageError(tr("--%1 cannot be used with %2.").arg(option, command));
    }

    if (command == QLatin1String("send"))
        return runSend(parser);
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
    if (store.open(path))
        return true;
    m_err << tr("webhook-diag-cli: %1").arg(store.lastError()) << Qt::endl;
    return false;
}

int CliApplication::runSend(const QCommandLineParser &parser)
{
    const Validated<QString> version = InputValidator::apiVersion(
        parser.isSet(QStringLiteral("api-version")) ? parser.value(QStringLiteral("api-version"))
                                                    : QStringLiteral("v1"));
    if (!version.isValid())
        return usageError(version.error);

    QString baseUrlText = parser.value(QStringLiteral("base-url"));
    if (baseUrlText.isEmpty())
        baseUrlText = qEnvironmentVariable("WEBHOOK_DIAG_BASE_URL");
    if (baseUrlText.isEmpty())
        baseUrlText = ApiClient::defaultBaseUrl();
    const Validated<QUrl> baseUrl = InputValidator::baseUrl(baseUrlText);
    if (!baseUrl.isValid())
        return usageError(baseUrl.error);

    CallRequest request;
    request.baseUrl = baseUrl.value;
    request.apiVersion = version.value;

    if (parser.isSet(QStringLiteral("timeout"))) {
        const auto timeout
            = InputValidator::timeoutSeconds(parser.value(QStringLiteral("timeout")));
        if (!timeout.isValid())
            return usageError(timeout.error);
        request.timeout = timeout.value;
    }
    if (parser.isSet(QStringLiteral("request-id"))) {
        const auto requestId
            = InputValidator::requestId(parser.value(QStringLiteral("request-id")));
        if (!requestId.isValid())
            return usageError(requestId.error);
        request.requestId = requestId.value;
    }
    const std::optional<QString> token = readToken(parser);
    if (!token)
        return ExitUsage;
    request.token = *token;

    // Open the history first: a call that cannot be recorded is not made.
    HistoryStore store;
    if (!openHistory(parser, store))
        return ExitUsage;

    ApiClient client;
    PendingCall *call = client.createValidationEvent(request);
    request.token.fill(QLatin1Char('\0'));
    CallRecord record;
    QEventLoop loop;
    QObject::connect(call, &PendingCall::finished, &loop, [&](const CallRecord &finished) {
        record = finished;
        loop.quit();
    });
    loop.exec();

    if (!store.add(record)) {
        m_err << tr("webhook-diag-cli: the call was made but could not be saved to the history: "
                    "%1")
                     .arg(store.lastError())
              << Qt::endl;
    }

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
        return ExitNoResponse;
    }
    return ExitNoResponse;
}

QString CliApplication::failureSentence(const CallRecord &r) const
{
    const QString ids
        = tr("Sent MS-CorrelationId %1, MS-RequestId %2.").arg(r.msCorrelationId, r.msRequestId);
    if (!r.httpStatus || r.outcome == Outcome::NetworkError || r.outcome == Outcome::Cancelled) {
        const QString reason = TerminalText::sanitize(r.networkError);
        if (r.httpStatus) {
            return tr("No usable response (HTTP %1): %2 %3")
                .arg(QString::number(*r.httpStatus), reason, ids);
        }
        return tr("No HTTP response: %1 %2 To retry the same request safely, send again with "
                  "--request-id %3.")
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
                          "network-error or cancelled.")
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
