#pragma once

#include "ExitCode.h"
#include "api/CallRecord.h"
#include "api/CallRequest.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <chrono>
#include <optional>

class QCommandLineParser;
class HistoryStore;
struct HistoryFilter;

// webhook-diag-cli: the command-line front end of DESIGN.md's contract (send, status,
// registration, history, export) on the same core and history as the window.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)
    Q_DISABLE_COPY_MOVE(CliApplication)

public:
    CliApplication(FILE *out, FILE *err, FILE *in);
    ~CliApplication();

    int run(const QStringList &arguments);

    static QString helpText();

private:
    int runSend(const QCommandLineParser &parser);
    int runStatus(const QCommandLineParser &parser, const QString &correlationId);
    int runRegistration(const QCommandLineParser &parser);
    int runHistory(const QCommandLineParser &parser);
    int runExport(const QCommandLineParser &parser);

    int usageError(const QString &sentence);
    std::optional<QString> readToken(const QCommandLineParser &parser);
    bool openHistory(const QCommandLineParser &parser, HistoryStore &store);
    std::optional<HistoryFilter> filterFrom(const QCommandLineParser &parser);
    // Base URL, API version, timeout and token from the options; a retry's defaults come from
    // the call it retries.
    std::optional<CallRequest> requestFrom(
        const QCommandLineParser &parser, const CallRecord *previous);
    // The call --retry-of names: a history entry number or an MS-RequestId.
    std::optional<CallRecord> findRetried(HistoryStore &store, const QString &id);
    static void wait(std::chrono::milliseconds delay);
    QString failureSentence(const CallRecord &record) const;
    static int exitCodeFor(const CallRecord &record);

    QTextStream m_out;
    QTextStream m_err;
    FILE *m_in;
};
