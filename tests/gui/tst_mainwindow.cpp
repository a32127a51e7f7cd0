// The real window on the offscreen platform with a temporary history and settings, driven by
// keyboard and mouse against the fake Partner Center.
#include "CliRunner.h"
#include "FakePartnerCenter.h"
#include "MainWindow.h"
#include "history/HistoryStore.h"
#include "history/HistoryTableModel.h"
#include "i18n/TranslationLoader.h"
#include "product/ProductInfo.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Token = QStringLiteral("eyJ0eXAiOiJKV1QifQ.gui-secret-token-a1b2c3");

CallRecord storedCall(int i, Outcome outcome, std::optional<int> status)
{
    CallRecord r;
    r.sentAtUtc = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC).addSecs(i * 60);
    r.durationMs = 120 + i;
    r.baseUrl = QStringLiteral("https://api.partnercenter.microsoft.com");
    r.apiVersion = QStringLiteral("v1");
    r.method = QStringLiteral("POST");
    r.path = QStringLiteral("/webhooks/v1/registration/validationEvents");
    r.msCorrelationId
        = QStringLiteral("aaaa%1-0000-4000-8000-000000000000").arg(i, 4, 10, QLatin1Char('0'));
    r.msRequestId
        = QStringLiteral("bbbb%1-0000-4000-8000-000000000000").arg(i, 4, 10, QLatin1Char('0'));
    r.httpStatus = status;
    r.outcome = outcome;
    if (outcome == Outcome::Success) {
        r.correlationId
            = QStringLiteral("cccc%1-0000-4000-8000-000000000000").arg(i, 4, 10, QLatin1Char('0'));
        r.responseBody = QStringLiteral("{\"correlationId\":\"%1\"}").arg(r.correlationId);
    } else if (status) {
        r.errorCode = QStringLiteral("600008");
        r.errorDescription = QStringLiteral("The token is expired.");
        r.responseBody
            = QStringLiteral("{\"code\":600008,\"description\":\"The token is expired.\"}");
    }
    return r;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tokenFieldHasFocusAtStart();
    void sendWithKeyboardShowsAndStoresTheCall();
    void copyShortcutPutsCorrelationIdAlone();
    void searchNarrowsAndClears();
    void outcomeFilterAndCount();
    void detailPaneShowsCallWithoutToken();
    void exportWritesTheFilteredView();
    void exportToUnwritablePathExplains();
    void historySurvivesANewWindow();
    void cancelStopsAnInFlightCall();
    void closingDuringACallStillSavesIt();
    void unauthorizedShowsDescriptionAndHint();
    void refusedInputSendsNothing();
    void callsFromTheCliAppear();
    void unusableHistoryIsExplained();
    void remembersVersionButNeverTheToken();
    void modelPassesModelTester();
    void newCallsKeepTheModelConsistentInAnySort_data();
    void newCallsKeepTheModelConsistentInAnySort();
    void screenshots();

private:
    std::unique_ptr<MainWindow> makeWindow();
    void fillHistory(int count);
    CallRecord sendWithKeyboard(MainWindow &window);
    template<typename T>
    T *child(MainWindow &window, const char *name)
    {
        T *widget = window.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakePartnerCenter> m_server;
};

void TestMainWindow::initTestCase()
{
    ProductInfo::applyToApplication();
    TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(
        QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
    m_server = std::make_unique<FakePartnerCenter>();
    QVERIFY(m_server->listen());
}

void TestMainWindow::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    auto window = std::make_unique<MainWindow>(
        m_dir->filePath(QStringLiteral("history.sqlite")), m_server->baseUrl());
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("window not exposed");
    return window;
}

void TestMainWindow::fillHistory(int count)
{
    HistoryStore store;
    QVERIFY(store.open(m_dir->filePath(QStringLiteral("history.sqlite"))));
    QList<CallRecord> records;
    for (int i = 0; i < count; ++i)
        records << storedCall(
            i, i % 3 == 1 ? Outcome::ClientError : Outcome::Success, i % 3 == 1 ? 401 : 200);
    QVERIFY(store.addAll(records));
}

CallRecord TestMainWindow::sendWithKeyboard(MainWindow &window)
{
    QSignalSpy recorded(&window, &MainWindow::callRecorded);
    auto *token = child<QLineEdit>(window, "tokenEdit");
    token->setFocus();
    QTest::keyClicks(token, Token);
    QTest::keyClick(token, Qt::Key_Return, Qt::ControlModifier);
    if (!recorded.wait(20000))
        qFatal("no call recorded");
    return recorded.first().first().value<CallRecord>();
}

void TestMainWindow::tokenFieldHasFocusAtStart()
{
    auto window = makeWindow();
    QTRY_VERIFY(child<QLineEdit>(*window, "tokenEdit")->hasFocus());
    QCOMPARE(window->windowTitle(), QStringLiteral("Webhook Diagnostics"));
}

void TestMainWindow::sendWithKeyboardShowsAndStoresTheCall()
{
    auto window = makeWindow();
    const CallRecord call = sendWithKeyboard(*window);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->header(0, "Authorization"), "Bearer " + Token.toLatin1());
    QCOMPARE(call.correlationId, QString::fromLatin1(FakePartnerCenter::DefaultCorrelationId));
    QVERIFY(call.id > 0);
    QCOMPARE(child<QLineEdit>(*window, "correlationIdEdit")->text(),
        QString::fromLatin1(FakePartnerCenter::DefaultCorrelationId));
    QVERIFY(child<QLabel>(*window, "resultDetails")
                ->text()
                .contains(QStringLiteral("Sent MS-CorrelationId: ")
                    + QString::fromLatin1(m_server->header(0, "MS-CorrelationId"))));
    HistoryTableModel *model = window->historyModel();
    QTRY_COMPARE(model->rowCount(), 1);
    // The row appears as "sending…" (the write-ahead record) and then takes the result.
    QTRY_COMPARE(model->index(0, int(HistoryColumn::CorrelationId)).data().toString(),
        QString::fromLatin1(FakePartnerCenter::DefaultCorrelationId));
    QCOMPARE(
        model->index(0, int(HistoryColumn::Status)).data().toString(), QStringLiteral("200 OK"));
    QVERIFY(child<QPushButton>(*window, "sendButton")->isEnabled());
}

void TestMainWindow::copyShortcutPutsCorrelationIdAlone()
{
    fillHistory(3);
    auto window = makeWindow();
    QTRY_COMPARE(window->historyModel()->rowCount(), 3);
    QGuiApplication::clipboard()->clear();
    // Nothing selected and nothing sent: the newest call in the history.
    QTest::keyClick(window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
        QStringLiteral("cccc0002-0000-4000-8000-000000000000"));

    sendWithKeyboard(*window);
    QTest::keyClick(window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
        QString::fromLatin1(FakePartnerCenter::DefaultCorrelationId));

    // A selected row wins.
    QTRY_COMPARE(window->historyModel()->rowCount(), 4);
    auto *table = child<QTableView>(*window, "historyTable");
    table->setFocus();
    table->selectionModel()->setCurrentIndex(window->historyModel()->index(3, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::keyClick(window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
        QStringLiteral("cccc0000-0000-4000-8000-000000000000"));

    // Ctrl+C in the table copies the selected cells, tab-separated.
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList cells = QGuiApplication::clipboard()->text().split(QLatin1Char('\t'));
    QCOMPARE(cells.size(), HistoryColumnCount);
    QCOMPARE(cells.at(int(HistoryColumn::MsRequestId)),
        QStringLiteral("bbbb0000-0000-4000-8000-000000000000"));
}

void TestMainWindow::searchNarrowsAndClears()
{
    fillHistory(30);
    auto window = makeWindow();
    HistoryTableModel *model = window->historyModel();
    QTRY_COMPARE(model->rowCount(), 30);
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = child<QLineEdit>(*window, "searchEdit");
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("bbbb0017"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, int(HistoryColumn::MsRequestId)).data().toString(),
        QStringLiteral("bbbb0017-0000-4000-8000-000000000000"));
    QTRY_COMPARE(child<QLabel>(*window, "countLabel")->text(), QStringLiteral("1 of 30 calls"));
    search->clear();
    QTRY_COMPARE(model->rowCount(), 30);
    QTRY_COMPARE(child<QLabel>(*window, "countLabel")->text(), QStringLiteral("30 calls"));
    QTest::keyClicks(search, QStringLiteral("401"));
    QTRY_COMPARE(model->rowCount(), 10);
}

void TestMainWindow::outcomeFilterAndCount()
{
    fillHistory(9);
    auto window = makeWindow();
    HistoryTableModel *model = window->historyModel();
    QTRY_COMPARE(model->rowCount(), 9);
    auto *filter = child<QComboBox>(*window, "outcomeFilter");
    filter->setCurrentIndex(filter->findData(int(Outcome::ClientError)));
    QTRY_COMPARE(model->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(model->index(row, 0).data(HistoryTableModel::OutcomeRole).toInt(),
            int(Outcome::ClientError));
    QTRY_COMPARE(child<QLabel>(*window, "countLabel")->text(), QStringLiteral("3 of 9 calls"));
    filter->setCurrentIndex(filter->findData(int(Outcome::NetworkError)));
    QTRY_COMPARE(model->rowCount(), 0);
    filter->setCurrentIndex(0);
    QTRY_COMPARE(model->rowCount(), 9);
}

void TestMainWindow::detailPaneShowsCallWithoutToken()
{
    m_server->enqueue(FakePartnerCenter::json(
        401, R"({"code":600008,"description":"The token is expired."})", {{"MS-CV", "cv.42"}}));
    auto window = makeWindow();
    const CallRecord call = sendWithKeyboard(*window);
    QTRY_COMPARE(window->historyModel()->rowCount(), 1);
    child<QTableView>(*window, "historyTable")->selectRow(0);
    auto *detail = child<QPlainTextEdit>(*window, "detailView");
    QTRY_VERIFY(!detail->toPlainText().isEmpty());
    const QString text = detail->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("POST ") + m_server->baseUrl().toString()
                 + QStringLiteral("/webhooks/v1/registration/validationEvents")),
        qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Authorization: Bearer ••••")));
    QVERIFY(text.contains(QStringLiteral("MS-RequestId: ") + call.msRequestId));
    QVERIFY(text.contains(QStringLiteral("HTTP 401 Unauthorized")));
    QVERIFY(text.contains(QStringLiteral("MS-CV: cv.42")));
    QVERIFY2(text.contains(QStringLiteral(
                 "{\n    \"code\": 600008,\n    \"description\": \"The token is expired.\"\n}")),
        qPrintable(text));
    QVERIFY(!text.contains(Token));
    QVERIFY(!text.contains(QStringLiteral("gui-secret")));
}

void TestMainWindow::exportWritesTheFilteredView()
{
    fillHistory(6);
    auto window = makeWindow();
    QTRY_COMPARE(window->historyModel()->rowCount(), 6);
    child<QComboBox>(*window, "outcomeFilter")->setCurrentIndex(1); // Success
    QTRY_COMPARE(window->historyModel()->rowCount(), 4);
    const QString path = m_dir->filePath(QStringLiteral("view.csv"));
    QSignalSpy done(window.get(), &MainWindow::exportFinished);
    window->exportHistory(path, true);
    QVERIFY(done.wait(10000));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 6); // header, four calls, empty tail
    QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBF"
                                   "sent_at_utc,api_version,outcome,http_status,correlation_id"));
    QVERIFY2(lines.at(1).startsWith(
                 "2026-11-30T09:05:00.000Z,v1,success,200,cccc0005-0000-4000-8000-000000000000,"),
        lines.at(1).constData());
    QCOMPARE(window->statusBar()->currentMessage(),
        QStringLiteral("Exported 4 calls to %1.").arg(QDir::toNativeSeparators(path)));

    window->exportHistory(path, false);
    QVERIFY(done.wait(10000));
    QVERIFY(file.seek(0));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 7);
}

void TestMainWindow::exportToUnwritablePathExplains()
{
    fillHistory(2);
    auto window = makeWindow();
    const QString path = m_dir->filePath(QStringLiteral("no-such-folder/out.csv"));
    QSignalSpy done(window.get(), &MainWindow::exportFinished);
    // Answer the modal warning the failure raises (the timer runs inside its event loop).
    QString warning;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            warning = modal->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
            modal->close();
        }
    });
    closer.start(50);
    window->exportHistory(path, false);
    QVERIFY(done.wait(10000));
    const auto result = done.first().at(1).value<HistoryCsvExporter::Result>();
    QVERIFY(!result.ok);
    QVERIFY2(
        result.error.startsWith(QStringLiteral("Cannot write ") + path), qPrintable(result.error));
    QTRY_VERIFY(!warning.isEmpty());
    QCOMPARE(warning, result.error);
    QVERIFY(!QFile::exists(path));
}

void TestMainWindow::historySurvivesANewWindow()
{
    {
        auto window = makeWindow();
        sendWithKeyboard(*window);
    }
    auto again = makeWindow();
    QTRY_COMPARE(again->historyModel()->rowCount(), 1);
    QCOMPARE(again->historyModel()->index(0, int(HistoryColumn::CorrelationId)).data().toString(),
        QString::fromLatin1(FakePartnerCenter::DefaultCorrelationId));
}

void TestMainWindow::cancelStopsAnInFlightCall()
{
    m_server->enqueue(FakePartnerCenter::silent());
    auto window = makeWindow();
    QSignalSpy recorded(window.get(), &MainWindow::callRecorded);
    auto *token = child<QLineEdit>(*window, "tokenEdit");
    QTest::keyClicks(token, Token);
    QTest::keyClick(token, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_server->requests().size(), 1);
    QVERIFY(child<QPushButton>(*window, "cancelButton")->isEnabled());
    QVERIFY(!child<QPushButton>(*window, "sendButton")->isEnabled());
    QTest::keyClick(window.get(), Qt::Key_Escape);
    QVERIFY(recorded.wait(10000));
    const CallRecord call = recorded.first().first().value<CallRecord>();
    QCOMPARE(call.outcome, Outcome::Cancelled);
    QCOMPARE(child<QLabel>(*window, "outcomeText")->text(), QStringLiteral("Cancelled."));
    QVERIFY(child<QPushButton>(*window, "sendButton")->isEnabled());
    QTRY_COMPARE(window->historyModel()->rowCount(), 1);
    QTRY_COMPARE(window->historyModel()->index(0, int(HistoryColumn::Status)).data().toString(),
        QStringLiteral("cancelled"));
}

void TestMainWindow::closingDuringACallStillSavesIt()
{
    m_server->enqueue(FakePartnerCenter::silent());
    auto window = makeWindow();
    auto *token = child<QLineEdit>(*window, "tokenEdit");
    QTest::keyClicks(token, Token);
    QTest::keyClick(token, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_server->requests().size(), 1);
    window->close();
    window.reset(); // the history thread stops only after saving the cancelled call

    HistoryStore store;
    QVERIFY(store.open(m_dir->filePath(QStringLiteral("history.sqlite"))));
    const QList<CallRecord> calls = store.find({});
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().outcome, Outcome::Cancelled);
    QCOMPARE(calls.first().msRequestId, QString::fromLatin1(m_server->header(0, "MS-RequestId")));
}

void TestMainWindow::unauthorizedShowsDescriptionAndHint()
{
    m_server->enqueue(
        FakePartnerCenter::json(401, R"({"code":600008,"description":"The token is expired."})"));
    auto window = makeWindow();
    sendWithKeyboard(*window);
    QCOMPARE(child<QLabel>(*window, "outcomeText")->text(),
        QStringLiteral("Failed: HTTP 401 Unauthorized"));
    const QString details = child<QLabel>(*window, "resultDetails")->text();
    QVERIFY2(details.contains(QStringLiteral("Error code: 600008")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("Description: The token is expired.")));
    auto *hint = child<QLabel>(*window, "hintText");
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(
                 QStringLiteral("missing, expired, or was issued for another audience")),
        qPrintable(hint->text()));
    QCOMPARE(child<QLineEdit>(*window, "correlationIdEdit")->text(), QString());
}

void TestMainWindow::refusedInputSendsNothing()
{
    auto window = makeWindow();
    auto *version = child<QLineEdit>(*window, "versionEdit");
    auto *token = child<QLineEdit>(*window, "tokenEdit");
    version->selectAll();
    QTest::keyClicks(version, QStringLiteral("v1/.."));
    QTest::keyClicks(token, Token);
    QTest::keyClick(token, Qt::Key_Return, Qt::ControlModifier);
    auto *versionError = child<QLabel>(*window, "versionError");
    QVERIFY(versionError->isVisible());
    QVERIFY(versionError->text().startsWith(QStringLiteral("The API version must be a number")));

    version->setText(QStringLiteral("1"));
    token->setText(QStringLiteral("Bearer   "));
    QTest::keyClick(token, Qt::Key_Return, Qt::ControlModifier);
    auto *tokenError = child<QLabel>(*window, "tokenError");
    QVERIFY(tokenError->isVisible());
    QCOMPARE(
        tokenError->text(), QStringLiteral("The access token is empty; paste the bearer token."));
    QVERIFY(!versionError->isVisible());

    QTest::qWait(100);
    QCOMPARE(m_server->connectionCount(), 0);
    QCOMPARE(window->historyModel()->rowCount(), 0);
}

void TestMainWindow::callsFromTheCliAppear()
{
    auto window = makeWindow();
    HistoryTableModel *model = window->historyModel();
    QTRY_COMPARE(model->totalCount(), 0);
    QProcessEnvironment env = CliRunner::cleanEnvironment();
    env.insert(QStringLiteral("PARTNER_CENTER_TOKEN"), Token);
    const CliResult result = CliRunner::run(
        {QStringLiteral("--history"), m_dir->filePath(QStringLiteral("history.sqlite")),
            QStringLiteral("--base-url"), m_server->baseUrl().toString(), QStringLiteral("send")},
        env);
    QCOMPARE(result.exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
    QCOMPARE(model->index(0, int(HistoryColumn::MsRequestId)).data().toString(),
        QString::fromLatin1(m_server->header(0, "MS-RequestId")));
    QTRY_COMPARE(child<QLabel>(*window, "countLabel")->text(), QStringLiteral("1 call"));
}

void TestMainWindow::unusableHistoryIsExplained()
{
    const QString path = m_dir->filePath(QStringLiteral("history.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'Z')); // not a database
    file.close();
    QString title;
    QString text;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            title = modal->windowTitle();
            text = modal->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
            modal->close();
        }
    });
    closer.start(20);
    auto window = makeWindow();
    QTRY_VERIFY(!text.isEmpty());
    QCOMPARE(title, QStringLiteral("History unavailable"));
    QVERIFY2(
        text.startsWith(QStringLiteral("The file %1 is not a usable history database.").arg(path)),
        qPrintable(text));
}

void TestMainWindow::remembersVersionButNeverTheToken()
{
    {
        auto window = makeWindow();
        auto *version = child<QLineEdit>(*window, "versionEdit");
        version->setText(QStringLiteral("2"));
        sendWithKeyboard(*window);
        QCOMPARE(version->text(), QStringLiteral("v2"));
        QCOMPARE(m_server->requestLine(0),
            QByteArray("POST /webhooks/v2/registration/validationEvents HTTP/1.1"));
        window->close();
    }
    auto again = makeWindow();
    QCOMPARE(child<QLineEdit>(*again, "versionEdit")->text(), QStringLiteral("v2"));
    QCOMPARE(child<QLineEdit>(*again, "tokenEdit")->text(), QString());
    again->close();
    QSettings().sync();
    int scanned = 0;
    for (const QFileInfo &info : QDir(m_dir->path()).entryInfoList(QDir::Files)
            + QDir(m_dir->filePath(QStringLiteral("settings"))).entryInfoList(QDir::Files)) {
        QFile file(info.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("gui-secret-token"), qPrintable(info.filePath()));
        ++scanned;
    }
    QVERIFY(scanned >= 2);
    QVERIFY(QFile::exists(QSettings().fileName()));
}

void TestMainWindow::modelPassesModelTester()
{
    fillHistory(450); // more than two pages
    auto window = makeWindow();
    HistoryTableModel *model = window->historyModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(model->rowCount() >= HistoryTableModel::PageSize);
    for (int i = 0; i < 100 && model->rowCount() < 450; ++i) {
        if (model->canFetchMore(QModelIndex()))
            model->fetchMore(QModelIndex());
        QTest::qWait(20);
    }
    QCOMPARE(model->rowCount(), 450);
    QCOMPARE(model->index(449, int(HistoryColumn::MsRequestId)).data().toString(),
        QStringLiteral("bbbb0000-0000-4000-8000-000000000000"));
    QVERIFY(!model->canFetchMore(QModelIndex()));
    model->sort(int(HistoryColumn::Duration), Qt::AscendingOrder);
    QTRY_COMPARE(model->index(0, int(HistoryColumn::Duration))
                     .data(HistoryTableModel::DurationMsRole)
                     .toLongLong(),
        120);
    HistoryFilter filter;
    filter.search = QStringLiteral("expired");
    model->setFilter(filter);
    QTRY_COMPARE(model->matchingCount(), 150);
}

void TestMainWindow::newCallsKeepTheModelConsistentInAnySort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("stored");
    QTest::newRow("time desc, small") << int(HistoryColumn::Time) << int(Qt::DescendingOrder) << 5;
    QTest::newRow("time desc, several pages")
        << int(HistoryColumn::Time) << int(Qt::DescendingOrder) << 450;
    QTest::newRow("time asc") << int(HistoryColumn::Time) << int(Qt::AscendingOrder) << 5;
    QTest::newRow("status asc") << int(HistoryColumn::Status) << int(Qt::AscendingOrder) << 5;
    QTest::newRow("status desc, several pages")
        << int(HistoryColumn::Status) << int(Qt::DescendingOrder) << 450;
}

void TestMainWindow::newCallsKeepTheModelConsistentInAnySort()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(int, stored);
    fillHistory(stored);
    auto window = makeWindow();
    HistoryTableModel *model = window->historyModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(model->rowCount() > 0);
    auto *table = child<QTableView>(*window, "historyTable");
    table->sortByColumn(column, Qt::SortOrder(order));
    QTRY_VERIFY(!model->isQuerying());
    const int shown = model->rowCount();
    // Select the oldest call shown, then add a new one: the selection must follow that call.
    const int selectedRow = shown - 1;
    const qint64 selectedId = model->recordAt(selectedRow)->id;
    table->selectionModel()->setCurrentIndex(model->index(selectedRow, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    sendWithKeyboard(*window);
    QTRY_VERIFY(model->rowOfId(selectedId) >= 0 && model->totalCount() == stored + 1);
    QTRY_VERIFY(!model->isQuerying());
    QVERIFY(model->rowCount() == shown + 1
        || (stored > HistoryTableModel::PageSize && model->rowCount() >= shown));
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(model->recordAt(selected.first().row())->id, selectedId);
    window->findChild<QAction *>(QStringLiteral("copyMsRequestIdAction"))->trigger();
    QCOMPARE(
        QGuiApplication::clipboard()->text(), model->recordAt(selected.first().row())->msRequestId);
}

void TestMainWindow::screenshots()
{
    const QString folder = qEnvironmentVariable("WEBHOOK_DIAG_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set WEBHOOK_DIAG_SCREENSHOTS=<folder> to save screenshots");
    // WEBHOOK_DIAG_SCREENSHOT_LANG=de shows the window as a German user sees it.
    const QString language = qEnvironmentVariable("WEBHOOK_DIAG_SCREENSHOT_LANG");
    if (!language.isEmpty())
        TranslationLoader::install(*QCoreApplication::instance(), language);
    fillHistory(40);
    m_server->enqueue(
        FakePartnerCenter::json(401, R"({"code":600008,"description":"The token is expired."})",
            {{"WWW-Authenticate", "Bearer error=\"invalid_token\""}}));
    for (const QSize size : {QSize(1180, 760), QSize(900, 600)}) {
        for (const bool dark : {false, true}) {
            QPalette palette = QApplication::style()->standardPalette();
            if (dark) {
                palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
                palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
                palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
                palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
                palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
                palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
                palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
                palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
                palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
            }
            if (dark && size.width() < 1000) {
                // High contrast: black and white with a yellow selection.
                palette = QPalette(Qt::black);
                for (QPalette::ColorRole role :
                    {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::AlternateBase})
                    palette.setColor(role, Qt::black);
                for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text,
                         QPalette::ButtonText, QPalette::BrightText})
                    palette.setColor(role, Qt::white);
                palette.setColor(
                    QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x9a, 0x9a));
                palette.setColor(QPalette::Highlight, QColor(0xff, 0xd7, 0x00));
                palette.setColor(QPalette::HighlightedText, Qt::black);
                palette.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
            }
            QApplication::setPalette(palette);
            auto window = makeWindow();
            window->resize(size);
            QTRY_VERIFY(window->historyModel()->rowCount() >= 40);
            sendWithKeyboard(*window);
            child<QTableView>(*window, "historyTable")->selectRow(1);
            QTest::qWait(300);
            const QString name = QStringLiteral("window-%1-%2.png")
                                     .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))
                                     .arg(size.width());
            QVERIFY(window->grab().save(QDir(folder).filePath(name)));
            m_server->enqueue(FakePartnerCenter::json(
                401, R"({"code":600008,"description":"The token is expired."})"));
        }
    }
    QApplication::setPalette(QApplication::style()->standardPalette());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
