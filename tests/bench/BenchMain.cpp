// webhook-diag-bench: fills a history with realistic calls and times what a user feels at
// scale — window start-up against an empty QMainWindow, search, sort, paging, CSV export and
// memory. Prints medians and ratios measured in the same run.
#include "export/HistoryCsvExporter.h"
#include "history/HistoryService.h"
#include "history/HistoryStore.h"
#include "history/HistoryTableModel.h"
#include "product/ProductInfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>

namespace {

void print(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

QString guid(QRandomGenerator &random)
{
    // Deterministic per seed, shaped like the GUIDs on the wire.
    QString text;
    const char *hex = "0123456789abcdef";
    for (int i = 0; i < 36; ++i)
        text += (i == 8 || i == 13 || i == 18 || i == 23) ? QLatin1Char('-')
                                                          : QLatin1Char(hex[random.bounded(16)]);
    return text;
}

// A realistic mix: mostly accepted calls, then expired tokens, missing roles, throttling,
// service failures and network trouble, spread over two years, in time order.
CallRecord makeCall(QRandomGenerator &random, qint64 index, qint64 rows)
{
    static const QDateTime start = QDateTime::currentDateTimeUtc().addYears(-2);
    const qint64 span = start.msecsTo(QDateTime::currentDateTimeUtc());
    CallRecord r;
    r.sentAtUtc = start.addMSecs(span * index / qMax<qint64>(rows, 1));
    r.baseUrl = QStringLiteral("https://api.partnercenter.microsoft.com");
    r.apiVersion = random.bounded(50) == 0 ? QStringLiteral("v2") : QStringLiteral("v1");
    r.method = QStringLiteral("POST");
    r.path = QStringLiteral("/webhooks/%1/registration/validationEvents").arg(r.apiVersion);
    r.msCorrelationId = guid(random);
    r.msRequestId = guid(random);
    r.durationMs = 80 + random.bounded(900);
    r.responseHeaders.insert(QStringLiteral("MS-CorrelationId"), guid(random));
    r.responseHeaders.insert(QStringLiteral("MS-RequestId"), guid(random));

    const int roll = random.bounded(100);
    auto error = [&](int status, const char *reason, const QString &code, const QString &text) {
        r.httpStatus = status;
        r.httpReason = QString::fromLatin1(reason);
        r.outcome = outcomeForHttpStatus(status);
        r.errorCode = code;
        r.errorDescription = text;
        r.responseBody
            = QStringLiteral(R"({"code":%1,"description":"%2","data":[],"source":"PartnerCenter"})")
                  .arg(code, text);
    };
    if (roll < 70) {
        r.httpStatus = 200;
        r.httpReason = QStringLiteral("OK");
        r.outcome = Outcome::Success;
        r.correlationId = guid(random);
        r.responseBody = QStringLiteral(R"({"correlationId":"%1"})").arg(r.correlationId);
    } else if (roll < 82) {
        error(401, "Unauthorized", QStringLiteral("900401"),
            QStringLiteral("The access token has expired or was issued for another audience."));
        r.responseHeaders.insert(
            QStringLiteral("WWW-Authenticate"), QStringLiteral("Bearer error=\"invalid_token\""));
    } else if (roll < 86) {
        error(403, "Forbidden", QStringLiteral("600000"),
            QStringLiteral("The user or application lacks the role required for webhooks."));
    } else if (roll < 89) {
        error(400, "Bad Request", QStringLiteral("600008"),
            QStringLiteral("Invalid input: the event is not registered for this partner."));
    } else if (roll < 92) {
        r.httpStatus = 429;
        r.httpReason = QStringLiteral("Too Many Requests");
        r.outcome = Outcome::ClientError;
        r.errorDescription = QStringLiteral("Rate limit is exceeded. Try again in 41 seconds.");
        r.responseBody
            = QStringLiteral(R"({"statusCode":429,"message":"%1"})").arg(r.errorDescription);
        r.responseHeaders.insert(QStringLiteral("Retry-After"), QStringLiteral("41"));
    } else if (roll < 96) {
        error(500, "Internal Server Error", QStringLiteral("3000"),
            QStringLiteral("A dependency of the webhook service failed; please retry later."));
    } else {
        r.outcome = Outcome::NetworkError;
        r.durationMs = 30000;
        r.networkError = random.bounded(2) ? QStringLiteral("No response within 30 seconds.")
                                           : QStringLiteral("Connection refused");
    }
    return r;
}

int populate(const QString &path, qint64 rows, quint32 seed)
{
    HistoryStore store;
    if (!store.open(path)) {
        print(store.lastError());
        return 1;
    }
    QRandomGenerator random(seed);
    QElapsedTimer timer;
    timer.start();
    constexpr qint64 Batch = 5000;
    for (qint64 done = 0; done < rows;) {
        QList<CallRecord> batch;
        const qint64 n = qMin(Batch, rows - done);
        for (qint64 i = 0; i < n; ++i)
            batch.append(makeCall(random, done + i, rows));
        if (!store.addAll(batch)) {
            print(store.lastError());
            return 1;
        }
        done += n;
        if (done % 100000 == 0 || done == rows)
            print(QStringLiteral("populated %1 rows in %2 s")
                      .arg(done)
                      .arg(timer.elapsed() / 1000.0));
    }
    return 0;
}

// Waits for the model's next first page; returns milliseconds since start.
double waitForQuery(HistoryTableModel &model, const QElapsedTimer &timer)
{
    QEventLoop loop;
    const auto connection
        = QObject::connect(&model, &HistoryTableModel::queryFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return timer.nsecsElapsed() / 1e6;
}

// Milliseconds from starting the program until it reports its first window shown (a line on
// stdout): loading, initialisation and the first show, not the shutdown after it.
double processMs(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    double shown = -1;
    while (shown < 0 && process.waitForReadyRead(120000)) {
        if (process.canReadLine())
            shown = timer.nsecsElapsed() / 1e6;
    }
    process.waitForFinished(120000);
    return shown;
}

int run(const QString &path, int repeat, const QString &windowProgram)
{
    HistoryStore probe;
    if (!probe.open(path)) {
        print(probe.lastError());
        return 1;
    }
    const qint64 rows = probe.count({}).value_or(0);
    const QList<CallRecord> sample
        = probe.page({}, {}, std::nullopt, 1).value_or(QList<CallRecord>());
    probe.close();
    const QString idFragment
        = sample.isEmpty() ? QStringLiteral("abcd") : sample.first().msRequestId.mid(9, 9);
    print(QStringLiteral("history: %1 calls, %2 MB")
              .arg(rows)
              .arg(QFileInfo(path).size() / 1e6, 0, 'f', 1));

    // Start-up: the real window against an empty QMainWindow, alternated in the same run.
    if (!windowProgram.isEmpty()) {
        QList<double> window;
        QList<double> empty;
        QList<double> label;
        const QString self = QCoreApplication::applicationFilePath();
        for (int i = 0; i < repeat; ++i) {
            empty.append(processMs(self, {QStringLiteral("empty-window")}));
            label.append(processMs(self, {QStringLiteral("label-window")}));
            window.append(processMs(windowProgram,
                {QStringLiteral("--history"), path, QStringLiteral("--print-startup-time")}));
        }
        print(QStringLiteral("startup: window %1 ms, empty QMainWindow %2 ms, ratio %3")
                  .arg(median(window), 0, 'f', 1)
                  .arg(median(empty), 0, 'f', 1)
                  .arg(median(window) / median(empty), 0, 'f', 2));
        print(QStringLiteral("startup: QMainWindow with one QLabel %1 ms; window / that %2")
                  .arg(median(label), 0, 'f', 1)
                  .arg(median(window) / median(label), 0, 'f', 2));
    }

    HistoryService service(path);
    HistoryTableModel model(&service);
    QElapsedTimer timer;
    timer.start();
    print(QStringLiteral("first page: %1 ms").arg(waitForQuery(model, timer), 0, 'f', 1));

    const QList<QPair<QString, QString>> searches {
        {QStringLiteral("ID fragment"), idFragment},
        {QStringLiteral("401"), QStringLiteral("401")},
        {QStringLiteral("error word"), QStringLiteral("expired")},
        {QStringLiteral("no match"), QStringLiteral("zqxjzqxj")},
    };
    for (const auto &[label, term] : searches) {
        QList<double> times;
        int shown = 0;
        for (int i = 0; i < repeat; ++i) {
            HistoryFilter filter;
            filter.search = term;
            timer.restart();
            model.setFilter(filter);
            times.append(waitForQuery(model, timer));
            shown = model.rowCount();
            timer.restart();
            model.setFilter({});
            waitForQuery(model, timer);
        }
        print(QStringLiteral("search %1 (\"%2\"): median %3 ms, %4 rows shown")
                  .arg(label, term)
                  .arg(median(times), 0, 'f', 1)
                  .arg(shown));
    }

    QList<double> sorts;
    for (int column = 1; column < HistoryColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            timer.restart();
            model.sort(column, order);
            sorts.append(waitForQuery(model, timer));
        }
    }
    print(QStringLiteral("sort (any column, either order): median %1 ms, worst %2 ms")
              .arg(median(sorts), 0, 'f', 1)
              .arg(*std::max_element(sorts.begin(), sorts.end()), 0, 'f', 1));

    model.sort(int(HistoryColumn::Time), Qt::DescendingOrder);
    waitForQuery(model, timer);
    QList<double> pages;
    for (int i = 0; i < 20 && model.canFetchMore(QModelIndex()); ++i) {
        const int before = model.rowCount();
        timer.restart();
        model.fetchMore(QModelIndex());
        while (model.rowCount() == before)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        pages.append(timer.nsecsElapsed() / 1e6);
    }
    print(QStringLiteral("scroll (next %1 rows): median %2 ms")
              .arg(HistoryTableModel::PageSize)
              .arg(median(pages), 0, 'f', 1));

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("export.csv"));
    const qint64 rssBefore = statusKiB("VmRSS:");
    HistoryStore exportStore;
    if (!exportStore.open(path))
        return 1;
    timer.restart();
    const HistoryCsvExporter::Result result = HistoryCsvExporter::exportTo(exportStore, {}, csv);
    const double exportMs = timer.nsecsElapsed() / 1e6;
    print(QStringLiteral("CSV export: %1 rows in %2 ms, %3 MB, RSS %4 -> %5 MB")
              .arg(result.rows)
              .arg(exportMs, 0, 'f', 0)
              .arg(QFileInfo(csv).size() / 1e6, 0, 'f', 1)
              .arg(rssBefore / 1024.0, 0, 'f', 1)
              .arg(statusKiB("VmRSS:") / 1024.0, 0, 'f', 1));
    print(QStringLiteral("peak memory of this process: %1 MB")
              .arg(statusKiB("VmHWM:") / 1024.0, 0, 'f', 1));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Windows are timed, never looked at: no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    ProductInfo::applyToApplication();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Commands: populate --history FILE --rows N [--seed S]; "
        "run --history FILE [--repeat R] [--window PATH]; empty-window; label-window"));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("command"), QStringLiteral("populate, run or empty-window"));
    const QCommandLineOption history(
        QStringLiteral("history"), QStringLiteral("History file."), QStringLiteral("FILE"));
    const QCommandLineOption rows(
        QStringLiteral("rows"), QStringLiteral("Calls to add."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
        QStringLiteral("Repetitions per scenario."), QStringLiteral("R"), QStringLiteral("9"));
    const QCommandLineOption window(QStringLiteral("window"),
        QStringLiteral("webhook-diag to time at start-up."), QStringLiteral("PATH"));
    parser.addOptions({history, rows, seed, repeat, window});
    parser.process(application);
    const QString command = parser.positionalArguments().value(0);

    if (command == QLatin1String("empty-window") || command == QLatin1String("label-window")) {
        // The baseline: an empty Qt Widgets window, shown, then quit at once. The second
        // reference adds one line of text, which is what loads fonts (fontconfig) at all.
        QMainWindow empty;
        empty.resize(1180, 760);
        if (command == QLatin1String("label-window"))
            empty.setCentralWidget(new QLabel(QStringLiteral("Webhook Diagnostics")));
        empty.show();
        QTimer::singleShot(0, &application, [&application] {
            print(QStringLiteral("shown")); // as webhook-diag --print-startup-time does
            application.quit();
        });
        return application.exec();
    }
    if (command == QLatin1String("populate") && parser.isSet(history) && parser.isSet(rows))
        return populate(
            parser.value(history), parser.value(rows).toLongLong(), parser.value(seed).toUInt());
    if (command == QLatin1String("run") && parser.isSet(history))
        return run(
            parser.value(history), qMax(1, parser.value(repeat).toInt()), parser.value(window));
    parser.showHelp(1);
}
