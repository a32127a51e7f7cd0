// The real window on the offscreen platform with a temporary history and settings, driven by
// keyboard and mouse against the fake Partner Center.
#include "CliRunner.h"
#include "DeliveryView.h"
#include "FakePartnerCenter.h"
#include "MainWindow.h"
#include "RegistrationDialog.h"
#include "history/HistoryStore.h"
#include "history/HistoryTableModel.h"
#include "i18n/TranslationLoader.h"
#include "product/ProductInfo.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
    void damagedHistoryIsKeptAsideAndReplaced();
    void remembersVersionButNeverTheToken();
    void modelPassesModelTester();
    void newCallsKeepTheModelConsistentInAnySort_data();
    void newCallsKeepTheModelConsistentInAnySort();
    void deliveryStatusFollowsAnAcceptedCall();
    void checkDeliveryOnAHistoryRow();
    void registrationWarnsWithoutTestCreated_data();
    void registrationWarnsWithoutTestCreated();
    void tokenClaimsShownAndCheckedBeforeSending();
    void retryFollowsTheRequestIdRule_data();
    void retryFollowsTheRequestIdRule();
    void automaticRetryHonoursTheRules();
    void throttleOffersToWait();
    void interruptedCallsShowAndRetryIdempotently();
    void throttledAnswerCountsDown();
    void staysResponsiveWithHostileServers_data();
    void staysResponsiveWithHostileServers();
    void screenshots();

private:
    // Clicks the named button (or Cancel) of the next message box; stores its text.
    void answerMessageBox(const QString &buttonName, QString *text = nullptr);
    static QString statusBarText(MainWindow &window)
    {
        return window.statusBar()->currentMessage();
    }
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

void TestMainWindow::damagedHistoryIsKeptAsideAndReplaced()
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
    // The damaged file is kept aside, never deleted, and the window works on a new history.
    QCOMPARE(title, QStringLiteral("History"));
    const QStringList kept
        = QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.damaged-*")});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(text,
        QStringLiteral("The history %1 was damaged (file is not a database). It was kept as %2, "
                       "and a new history was started.")
            .arg(path, m_dir->filePath(kept.first())));
    QFile keptFile(m_dir->filePath(kept.first()));
    QVERIFY(keptFile.open(QIODevice::ReadOnly));
    QCOMPARE(keptFile.readAll(), QByteArray(4096, 'Z'));
    closer.stop();
    window->activateWindow(); // shortcuts need the window active again after the dialog
    QTRY_VERIFY(window->isActiveWindow());
    const CallRecord call = sendWithKeyboard(*window);
    QVERIFY(call.id > 0);
    QTRY_COMPARE(window->historyModel()->rowCount(), 1);
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

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A JWT as Azure AD issues them (the signature is never checked).
QString jwt(const QByteArray &payload)
{
    return QString::fromLatin1(base64Url(R"({"alg":"RS256","typ":"JWT"})") + '.'
        + base64Url(payload) + '.' + base64Url("signature"));
}

const char StatusPath[]
    = "/webhooks/v1/registration/validationEvents/04af2aea-d413-42db-824e-f328001484d1";

} // namespace

void TestMainWindow::answerMessageBox(const QString &buttonName, QString *text)
{
    // Runs inside the dialog's own event loop, as soon as it is up.
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [timer, buttonName, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        if (text)
            *text = box->text();
        QAbstractButton *button = buttonName.isEmpty()
            ? box->button(QMessageBox::Cancel)
            : box->findChild<QAbstractButton *>(buttonName);
        if (!button)
            qFatal("no button %s", qPrintable(buttonName));
        button->click();
    });
    timer->start(10);
}

void TestMainWindow::deliveryStatusFollowsAnAcceptedCall()
{
    m_server->route(StatusPath,
        FakePartnerCenter::json(200, R"({"correlationId":"04af2aea-d413-42db-824e-f328001484d1",
            "status":"Submitted","callbackUrl":"https://partner.example/hook","results":[]})"));
    m_server->route(StatusPath,
        FakePartnerCenter::json(200, R"({"CorrelationId":"04af2aea-d413-42db-824e-f328001484d1",
            "Status":"completed","CallbackUrl":"https://partner.example/hook","Results":[
            {"responseCode":"InternalServerError","responseMessage":"boom","systemError":false,
             "dateTimeUtc":"2026-12-04T10:00:01.1234567"},
            {"responseCode":"OK","responseMessage":"","systemError":false,
             "dateTimeUtc":"2026-12-04T10:00:09.5"}]})"));
    auto window = makeWindow();
    window->setDeliverySchedule({std::chrono::milliseconds(20), std::chrono::milliseconds(20)});
    QSignalSpy checked(window.get(), &MainWindow::deliveryChecked);
    const CallRecord call = sendWithKeyboard(*window);
    QVERIFY(checked.wait(10000));
    const auto result = checked.first().first().value<DeliveryTracker::Result>();
    QCOMPARE(result.ending, DeliveryTracker::Ending::Final);

    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(m_server->requestLine(1), QByteArray("GET ") + StatusPath + " HTTP/1.1");
    QCOMPARE(m_server->requestLine(2), QByteArray("GET ") + StatusPath + " HTTP/1.1");
    QCOMPARE(m_server->header(2, "Authorization"), "Bearer " + Token.toLatin1());

    auto *view = child<DeliveryView>(*window, "deliveryView");
    QVERIFY(view->isVisible());
    QVERIFY2(view->statusText().startsWith(QStringLiteral("Delivery: completed.")),
        qPrintable(view->statusText()));
    QCOMPARE(view->attemptRows(), 2);
    auto *attempts = view->findChild<QTableWidget *>(QStringLiteral("attemptsTable"));
    QCOMPARE(attempts->item(0, 0)->text(), QStringLiteral("2026-12-04 10:00:01"));
    QCOMPARE(attempts->item(0, 1)->text(), QStringLiteral("InternalServerError"));
    QCOMPARE(attempts->item(0, 3)->text(), QStringLiteral("boom"));
    QCOMPARE(attempts->item(1, 1)->text(), QStringLiteral("OK"));
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("callbackUrl"))->text(),
        QStringLiteral("Callback URL: https://partner.example/hook"));

    // Stored with the call: shown in the table, searchable.
    HistoryTableModel *model = window->historyModel();
    QTRY_COMPARE(model->index(0, int(HistoryColumn::Delivery)).data().toString(),
        QStringLiteral("completed, 2 attempts"));
    HistoryStore store;
    QVERIFY(store.open(m_dir->filePath(QStringLiteral("history.sqlite"))));
    const std::optional<CallRecord> stored = store.findById(call.id);
    QVERIFY(stored);
    QCOMPARE(stored->deliveryStatus, QStringLiteral("completed"));
    QCOMPARE(stored->deliveryAttempts, 2);
    QCOMPARE(stored->lastDeliveryResponse, QStringLiteral("OK"));
    HistoryFilter filter;
    filter.search = QStringLiteral("completed");
    QCOMPARE(store.count(filter), std::optional<qint64>(1));
}

void TestMainWindow::checkDeliveryOnAHistoryRow()
{
    {
        // A success with a correlationId, sent in November to the fake server.
        HistoryStore store;
        QVERIFY(store.open(m_dir->filePath(QStringLiteral("history.sqlite"))));
        CallRecord call = storedCall(0, Outcome::Success, 200);
        call.baseUrl = m_server->baseUrl().toString(QUrl::FullyEncoded);
        QVERIFY(store.add(call));
    }
    fillHistory(2);
    auto window = makeWindow();
    QTRY_COMPARE(window->historyModel()->rowCount(), 3);
    // A week-old call is not asked about: the server no longer knows it.
    window->setClock([] { return QDateTime(QDate(2026, 12, 20), QTime(9, 0), Qt::UTC); });
    child<QLineEdit>(*window, "tokenEdit")->setText(Token);
    auto *table = child<QTableView>(*window, "historyTable");
    table->selectRow(2); // the oldest: the call to the fake server
    window->findChild<QAction *>(QStringLiteral("checkDeliveryAction"))->trigger();
    auto *view = child<DeliveryView>(*window, "deliveryView");
    QVERIFY2(view->statusText().startsWith(QStringLiteral("State expired on the server")),
        qPrintable(view->statusText()));
    QCOMPARE(m_server->requests().size(), 0);

    // Within 7 days it is asked; a 404 is explained in plain words.
    window->setClock([] { return QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC); });
    m_server->route("/validationEvents/cccc0000-0000-4000-8000-000000000000",
        FakePartnerCenter::json(404, R"({"code":"600039","description":"Not found"})"));
    QSignalSpy checked(window.get(), &MainWindow::deliveryChecked);
    window->findChild<QAction *>(QStringLiteral("checkDeliveryAction"))->trigger();
    QVERIFY(checked.wait(10000));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requestLine(0),
        "GET /webhooks/v1/registration/validationEvents/cccc0000-0000-4000-8000-000000000000 "
        "HTTP/1.1");
    QVERIFY2(view->statusText().contains(QStringLiteral("keeps a validation event for 7 days")),
        qPrintable(view->statusText()));
}

void TestMainWindow::registrationWarnsWithoutTestCreated_data()
{
    QTest::addColumn<QByteArray>("registration");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("warning");
    QTest::newRow("PascalCase without test-created")
        << QByteArray(R"({"SubscriberId":"s1","WebhookUrl":"https://partner.example/hook",
               "WebhookEvents":["subscription-updated"],"LastModifiedTimestamp":"2026-11-01"})")
        << 200
        << QStringLiteral("The registration does not subscribe to \"test-created\": validation "
                          "events will not be delivered to https://partner.example/hook.");
    QTest::newRow("camelCase with test-created")
        << QByteArray(R"({"subscriberId":"s1","webhookUrl":"https://partner.example/hook",
               "webhookEvents":["test-created","subscription-updated"]})")
        << 200 << QString();
    QTest::newRow("no registration")
        << QByteArray(R"({"code":"2000","description":"Not registered"})") << 404
        << QStringLiteral("This partner has no webhook registration: Partner Center has nowhere "
                          "to deliver events, validation events included.");
}

void TestMainWindow::registrationWarnsWithoutTestCreated()
{
    QFETCH(QByteArray, registration);
    QFETCH(int, status);
    QFETCH(QString, warning);
    m_server->route("/registration", FakePartnerCenter::json(status, registration));
    m_server->route("/registration/events",
        FakePartnerCenter::json(200, R"(["subscription-updated","test-created"])"));
    auto window = makeWindow();
    child<QLineEdit>(*window, "tokenEdit")->setText(Token);
    RegistrationDialog *dialog = window->showRegistration();
    QVERIFY(dialog);
    QSignalSpy checked(dialog, &RegistrationDialog::checked);
    QVERIFY(checked.wait(10000));
    auto *warningText = dialog->findChild<QLabel *>(QStringLiteral("warningText"));
    QCOMPARE(warningText->isVisible(), !warning.isEmpty());
    QCOMPARE(warningText->text(), warning);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("availableEvents"))->text(),
        QStringLiteral("subscription-updated, test-created"));
    if (status == 200) {
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("webhookUrl"))->text(),
            QStringLiteral("https://partner.example/hook"));
    }
    // Read-only: two GETs, nothing else.
    QCOMPARE(m_server->requests().size(), 2);
    for (int i = 0; i < 2; ++i)
        QVERIFY(m_server->requestLine(i).startsWith("GET /webhooks/v1/registration"));
    dialog->close();
}

void TestMainWindow::tokenClaimsShownAndCheckedBeforeSending()
{
    auto window = makeWindow();
    window->setClock([] { return QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC); });
    const QString expired = jwt(R"({"tid":"11111111-2222-3333-4444-555555555555",
        "appid":"66666666-7777-8888-9999-000000000000","upn":"ana@contoso.example",
        "aud":"https://graph.microsoft.com","exp":1796383200})"); // 2026-12-04 11:20 UTC
    auto *token = child<QLineEdit>(*window, "tokenEdit");
    token->setFocus();
    QTest::keyClicks(token, expired);
    auto *insight = child<QLabel>(*window, "tokenInsight");
    QVERIFY(insight->isVisible());
    const QStringList lines = insight->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("Tenant: 11111111-2222-3333-4444-555555555555"));
    QCOMPARE(lines.value(1), QStringLiteral("Application: 66666666-7777-8888-9999-000000000000"));
    QCOMPARE(lines.value(2), QStringLiteral("User: ana@contoso.example"));
    QCOMPARE(lines.value(3), QStringLiteral("Audience: https://graph.microsoft.com"));
    QCOMPARE(lines.value(4), QStringLiteral("Expires: 2026-12-04 11:20:00 UTC (40 minutes ago)"));
    QVERIFY(lines.value(5).startsWith(
        QStringLiteral("The token expired at 2026-12-04 11:20:00 UTC (40 minutes ago)")));
    QVERIFY(!insight->text().contains(expired));

    // Sending asks first; Cancel sends nothing.
    QString asked;
    answerMessageBox(QString(), &asked);
    QTest::keyClick(token, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(asked.contains(QStringLiteral("not for the Partner Center API")), qPrintable(asked));
    QTest::qWait(200);
    QCOMPARE(m_server->requests().size(), 0);

    // "Send anyway" sends, and the call keeps the tenant, app and audience (not the token).
    QSignalSpy recorded(window.get(), &MainWindow::callRecorded);
    window->activateWindow(); // shortcuts need the window active again after the dialog
    QTRY_VERIFY(window->isActiveWindow());
    answerMessageBox(QStringLiteral("sendAnywayButton"));
    QTest::keyClick(token, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(recorded.wait(10000));
    QCOMPARE(m_server->header(0, "Authorization"), "Bearer " + expired.toLatin1());
    HistoryStore store;
    QVERIFY(store.open(m_dir->filePath(QStringLiteral("history.sqlite"))));
    const QList<CallRecord> calls = store.find({});
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().tokenTenantId, QStringLiteral("11111111-2222-3333-4444-555555555555"));
    QCOMPARE(calls.first().tokenAppId, QStringLiteral("66666666-7777-8888-9999-000000000000"));
    QCOMPARE(calls.first().tokenAudience, QStringLiteral("https://graph.microsoft.com"));
    HistoryFilter byTenant;
    byTenant.search = QStringLiteral("11111111-2222");
    QCOMPARE(store.count(byTenant), std::optional<qint64>(1));
}

void TestMainWindow::retryFollowsTheRequestIdRule_data()
{
    QTest::addColumn<int>("firstStatus");
    QTest::addColumn<bool>("sameRequestId");
    QTest::newRow("503: same MS-RequestId") << 503 << true;
    QTest::newRow("500: same MS-RequestId") << 500 << true;
    QTest::newRow("400: a new call") << 400 << false;
    QTest::newRow("200: a new call") << 200 << false;
}

void TestMainWindow::retryFollowsTheRequestIdRule()
{
    QFETCH(int, firstStatus);
    QFETCH(bool, sameRequestId);
    m_server->enqueue(FakePartnerCenter::json(firstStatus,
        firstStatus == 200 ? R"({"correlationId":"04af2aea-d413-42db-824e-f328001484d1"})"
                           : R"({"code":"1","description":"x"})"));
    auto window = makeWindow();
    window->setDeliverySchedule({});
    const CallRecord first = sendWithKeyboard(*window);
    HistoryTableModel *model = window->historyModel();
    QTRY_COMPARE(
        model->index(0, int(HistoryColumn::Status)).data(HistoryTableModel::HttpStatusRole),
        QVariant(firstStatus));
    child<QTableView>(*window, "historyTable")->selectRow(0);

    QSignalSpy recorded(window.get(), &MainWindow::callRecorded);
    QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(recorded.wait(10000));
    const int retryRequest = int(m_server->requests().size()) - 1;
    QCOMPARE(m_server->requestLine(retryRequest).left(5), QByteArray("POST "));
    const QByteArray firstId = m_server->header(0, "MS-RequestId");
    QCOMPARE(m_server->header(retryRequest, "MS-RequestId") == firstId, sameRequestId);
    QVERIFY(m_server->header(retryRequest, "MS-CorrelationId")
        != m_server->header(0, "MS-CorrelationId"));

    const CallRecord retry = recorded.first().first().value<CallRecord>();
    QCOMPARE(retry.attempt, 2);
    QCOMPARE(retry.retryOf, first.id);
    QTRY_COMPARE(model->rowCount(), 2);
    QTRY_COMPARE(model->index(0, int(HistoryColumn::Status)).data().toString(),
        QStringLiteral("200 OK (attempt 2)"));
    // The detail pane links the attempts.
    child<QTableView>(*window, "historyTable")->selectRow(0);
    auto *detail = child<QPlainTextEdit>(*window, "detailView");
    QTRY_VERIFY2(detail->toPlainText().contains(
                     QStringLiteral("Attempt 2 of 2; the first attempt is call %1.").arg(first.id)),
        qPrintable(detail->toPlainText()));
}

void TestMainWindow::automaticRetryHonoursTheRules()
{
    m_server->enqueue(FakePartnerCenter::json(
        503, R"({"code":"1","description":"busy"})", {{"Retry-After", "0"}}));
    m_server->enqueue(FakePartnerCenter::json(503, R"({"code":"1","description":"busy"})"));
    auto window = makeWindow();
    window->setDeliverySchedule({});
    child<QCheckBox>(*window, "autoRetryCheck")->setChecked(true);
    QSignalSpy recorded(window.get(), &MainWindow::callRecorded);
    sendWithKeyboard(*window);
    // 2 s, then 4 s before attempts 2 and 3.
    QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 3, 15000);
    QCOMPARE(m_server->requests().size(), 3);
    const QByteArray id = m_server->header(0, "MS-RequestId");
    QCOMPARE(m_server->header(1, "MS-RequestId"), id);
    QCOMPARE(m_server->header(2, "MS-RequestId"), id);
    QCOMPARE(recorded.at(2).first().value<CallRecord>().attempt, 3);
    QCOMPARE(recorded.at(2).first().value<CallRecord>().outcome, Outcome::Success);
    QVERIFY(child<QPushButton>(*window, "sendButton")->isEnabled());
}

void TestMainWindow::throttleOffersToWait()
{
    // Two events reached this endpoint 57 s ago: a third must wait a few seconds.
    {
        HistoryStore store;
        QVERIFY(store.open(m_dir->filePath(QStringLiteral("history.sqlite"))));
        for (int i = 0; i < 2; ++i) {
            CallRecord r = storedCall(i, Outcome::Success, 200);
            r.baseUrl = m_server->baseUrl().toString(QUrl::FullyEncoded);
            r.sentAtUtc = QDateTime::currentDateTimeUtc().addMSecs(-57000 + i * 100);
            QVERIFY(store.add(r));
        }
    }
    auto window = makeWindow();
    window->setDeliverySchedule({});
    QTRY_COMPARE(window->historyModel()->rowCount(), 2);
    auto *token = child<QLineEdit>(*window, "tokenEdit");
    token->setFocus();
    QTest::keyClicks(token, Token);

    QString asked;
    answerMessageBox(QString(), &asked);
    QTest::keyClick(token, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!asked.isEmpty());
    QVERIFY2(asked.contains(QStringLiteral("2 test events per minute")), qPrintable(asked));
    QTest::qWait(100);
    QCOMPARE(m_server->requests().size(), 0);
    QVERIFY(child<QPushButton>(*window, "sendButton")->isEnabled());

    QSignalSpy recorded(window.get(), &MainWindow::callRecorded);
    window->activateWindow();
    QTRY_VERIFY(window->isActiveWindow());
    answerMessageBox(QStringLiteral("waitButton"));
    QElapsedTimer waited;
    waited.start();
    QTest::keyClick(token, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(statusBarText(*window).startsWith(QStringLiteral("Waiting ")));
    QVERIFY(recorded.wait(10000));
    QVERIFY2(waited.elapsed() >= 500, qPrintable(QString::number(waited.elapsed())));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestMainWindow::interruptedCallsShowAndRetryIdempotently()
{
    CallRecord lost = storedCall(7, Outcome::Pending, std::nullopt);
    lost.baseUrl = m_server->baseUrl().toString(QUrl::FullyEncoded);
    lost.sentAtUtc = QDateTime::currentDateTimeUtc().addSecs(-60);
    {
        HistoryStore store;
        QVERIFY(store.open(m_dir->filePath(QStringLiteral("history.sqlite"))));
        QVERIFY(store.addPending(lost, std::chrono::seconds(1)));
    }
    {
        // Its deadline passed long ago: the program that sent it is gone.
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("history.sqlite")));
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE calls SET deadline_ms = 0")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    auto window = makeWindow();
    window->setDeliverySchedule({});
    HistoryTableModel *model = window->historyModel();
    QTRY_COMPARE(model->index(0, int(HistoryColumn::Status)).data().toString(),
        QStringLiteral("interrupted"));
    QTRY_VERIFY2(statusBarText(*window).startsWith(QStringLiteral("1 call was interrupted")),
        qPrintable(statusBarText(*window)));

    child<QLineEdit>(*window, "tokenEdit")->setText(Token);
    child<QTableView>(*window, "historyTable")->selectRow(0);
    QSignalSpy recorded(window.get(), &MainWindow::callRecorded);
    window->retry();
    QVERIFY(recorded.wait(10000));
    QCOMPARE(m_server->header(0, "MS-RequestId"), lost.msRequestId.toLatin1());
    QCOMPARE(recorded.first().first().value<CallRecord>().retryOf, lost.id);
}

void TestMainWindow::throttledAnswerCountsDown()
{
    m_server->enqueue(FakePartnerCenter::json(
        429, R"({"statusCode":429,"message":"Rate limit is exceeded."})", {{"Retry-After", "30"}}));
    auto window = makeWindow();
    sendWithKeyboard(*window);
    auto *hint = child<QLabel>(*window, "hintText");
    QVERIFY2(hint->text().startsWith(QStringLiteral("Throttled: Partner Center asks to wait ")),
        qPrintable(hint->text()));
    const QString before = hint->text();
    QTRY_VERIFY_WITH_TIMEOUT(hint->text() != before, 3000);
    QVERIFY(hint->text().contains(QStringLiteral("more seconds")));
}

void TestMainWindow::staysResponsiveWithHostileServers_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("never answers") << 0;
    QTest::newRow("one byte every 50 ms") << 1;
    QTest::newRow("endless body") << 2;
}

void TestMainWindow::staysResponsiveWithHostileServers()
{
    QFETCH(int, kind);
    m_server->enqueue(kind == 0 ? FakePartnerCenter::silent()
            : kind == 1         ? FakePartnerCenter::trickle(200, QByteArray(200, 'x'), 50)
                                : FakePartnerCenter::endless(qint64(1) << 40));
    auto window = makeWindow();
    window->setDeliverySchedule({});
    QSignalSpy recorded(window.get(), &MainWindow::callRecorded);
    auto *token = child<QLineEdit>(*window, "tokenEdit");
    token->setFocus();
    QTest::keyClicks(token, Token);
    QTest::keyClick(token, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_server->requests().size(), 1);

    // While the call runs, the event loop keeps turning and the window keeps working.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longestGap = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        longestGap = qMax(longestGap, clock.elapsed() - last);
        last = clock.elapsed();
    });
    ticker.start(10);
    auto *search = child<QLineEdit>(*window, "searchEdit");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("04af"));
    QTest::qWait(1500);
    ticker.stop();
    QCOMPARE(search->text(), QStringLiteral("04af"));
    QVERIFY2(longestGap < 250, qPrintable(QString::number(longestGap)));

    if (kind == 2) {
        // The endless body is cut at the 1 MiB cap and the call ends by itself.
        QTRY_COMPARE(recorded.size(), 1);
        const CallRecord call = recorded.first().first().value<CallRecord>();
        QVERIFY(call.bodyTruncated);
        QCOMPARE(call.responseBody.size(), 1024 * 1024);
        return;
    }
    QVERIFY(child<QPushButton>(*window, "cancelButton")->isEnabled());
    window->cancel();
    QTRY_COMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().first().value<CallRecord>().outcome, Outcome::Cancelled);
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
    for (const QSize size : {QSize(1180, 760), QSize(900, 600)}) {
        for (const bool dark : {false, true}) {
            m_server->enqueue(FakePartnerCenter::json(401,
                R"({"code":600008,"description":"The token is expired."})",
                {{"WWW-Authenticate", "Bearer error=\"invalid_token\""}}));
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
            // Four sends in a minute: keep the throttle's question out of the pictures.
            window->setClock([] { return QDateTime::currentDateTimeUtc().addDays(1); });
            window->resize(size);
            QTRY_VERIFY(window->historyModel()->rowCount() >= 40);
            sendWithKeyboard(*window);
            child<QTableView>(*window, "historyTable")->selectRow(1);
            QTest::qWait(300);
            const QString name = QStringLiteral("window-%1-%2.png")
                                     .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))
                                     .arg(size.width());
            QVERIFY(window->grab().save(QDir(folder).filePath(name)));
        }
    }
    QApplication::setPalette(QApplication::style()->standardPalette());

    // After an accepted call: the token's claims, the delivery attempts, the registration.
    m_server->route(StatusPath, FakePartnerCenter::json(200, R"({"status":"completed",
            "callbackUrl":"https://partner.example/webhook","results":[
            {"responseCode":"InternalServerError","responseMessage":"Endpoint timed out",
             "systemError":false,"dateTimeUtc":"2026-12-04T10:00:01.1234567"},
            {"responseCode":"OK","responseMessage":"","systemError":false,
             "dateTimeUtc":"2026-12-04T10:00:09.5"}]})"));
    m_server->route("/registration",
        FakePartnerCenter::json(200, R"({"WebhookUrl":"https://partner.example/webhook",
            "WebhookEvents":["subscription-updated","invoice-ready"],
            "LastModifiedTimestamp":"2026-11-28T16:42:05Z"})"));
    m_server->route("/registration/events",
        FakePartnerCenter::json(200, R"(["subscription-updated","test-created","invoice-ready",
            "usagerecords-thresholdExceeded"])"));
    auto window = makeWindow();
    window->resize(1180, 760);
    window->setDeliverySchedule({std::chrono::milliseconds(10)});
    QSignalSpy checked(window.get(), &MainWindow::deliveryChecked);
    const QString token = jwt(QByteArray(R"({"tid":"72f988bf-86f1-41af-91ab-2d7cd011db47",
        "appid":"1950a258-227b-4e31-a9cf-717495945fc2","aud":"https://api.partnercenter.microsoft.com",
        "exp":)")
        + QByteArray::number(QDateTime::currentSecsSinceEpoch() + 3000) + "}");
    auto *tokenEdit = child<QLineEdit>(*window, "tokenEdit");
    tokenEdit->setFocus();
    QTest::keyClicks(tokenEdit, token);
    QSignalSpy recorded(window.get(), &MainWindow::callRecorded);
    answerMessageBox(QStringLiteral("sendNowButton")); // four calls in the last minute above
    window->send();
    QVERIFY(recorded.wait(10000));
    QVERIFY(checked.wait(10000));
    QTest::qWait(300);
    QVERIFY(window->grab().save(QDir(folder).filePath(QStringLiteral("window-delivery-1180.png"))));
    RegistrationDialog *dialog = window->showRegistration();
    QSignalSpy registration(dialog, &RegistrationDialog::checked);
    QVERIFY(registration.wait(10000));
    QTest::qWait(200);
    QVERIFY(dialog->grab().save(QDir(folder).filePath(QStringLiteral("registration.png"))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
