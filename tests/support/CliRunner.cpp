#include "CliRunner.h"

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

QString CliRunner::program()
{
    return QStringLiteral(WEBHOOK_DIAG_CLI_PATH);
}

QProcessEnvironment CliRunner::cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
        {"PARTNER_CENTER_TOKEN", "WEBHOOK_DIAG_HISTORY", "WEBHOOK_DIAG_BASE_URL", "http_proxy",
            "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

CliResult CliRunner::run(const QStringList &arguments, const QProcessEnvironment &environment,
    const QByteArray &standardInput, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(program(), arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(standardInput);
    process.closeWriteChannel();
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
