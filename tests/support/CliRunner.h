#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

// Runs webhook-diag-cli as a child process while this process's event loop keeps running (so
// an in-process fake server can answer it), and captures what it printed.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class CliRunner
{
public:
    static CliResult run(const QStringList &arguments,
        const QProcessEnvironment &environment = cleanEnvironment(),
        const QByteArray &standardInput = QByteArray(), int timeoutMs = 60000);
    // The current environment without PARTNER_CENTER_TOKEN, WEBHOOK_DIAG_* and proxies.
    static QProcessEnvironment cleanEnvironment();
    static QString program();
};
