#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AboutDialog.h"
#include "DeliveryView.h"
#include "EndpointDialog.h"
#include "HistoryItemDelegate.h"
#include "OutcomeStyle.h"
#include "RegistrationDialog.h"
#include "ShortcutsDialog.h"
#include "api/ApiClient.h"
#include "api/InputValidator.h"
#include "api/PendingCall.h"
#include "api/RetryPolicy.h"
#include "api/SendThrottle.h"
#include "diagnosis/CallDetailText.h"
#include "diagnosis/CallHints.h"
#include "diagnosis/TicketText.h"
#include "history/HistoryService.h"
#include "history/HistoryTableModel.h"
#include "history/HistoryWorker.h"
#include "i18n/TranslationLoader.h"
#include "token/TokenClaims.h"
#include "token/TokenInsight.h"

#include <QActionGroup>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>

namespace {

const QString VersionKey = QStringLiteral("request/apiVersion");
const QString BaseUrlKey = QStringLiteral("request/baseUrl");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString MainSplitterKey = QStringLiteral("window/mainSplitter");
const QString HistorySplitterKey = QStringLiteral("window/historySplitter");
const QString HeaderKey = QStringLiteral("window/historyHeader");
constexpr int SearchDebounceMs = 180;

} // namespace

MainWindow::MainWindow(
    const QString &historyPath, const std::optional<QUrl> &baseUrlOverride, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_history(new HistoryService(historyPath, this))
    , m_model(new HistoryTableModel(m_history, this))
    , m_client(new ApiClient(this))
{
    m_ui->setupUi(this);
    m_ui->busyIndicator->hide();
    m_ui->versionError->hide();
    m_ui->tokenError->hide();
    m_ui->hintText->hide();

    QFont idFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    idFont.setPointSizeF(idFont.pointSizeF() * 1.35);
    m_ui->correlationIdEdit->setFont(idFont);
    m_ui->detailView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->correlationIdEdit->setMinimumWidth(
        QFontMetrics(idFont).horizontalAdvance(QString(38, QLatin1Char('0'))));

    m_ui->outcomeFilter->addItem(tr("All calls"));
    m_ui->outcomeFilter->addItem(tr("Success"), int(Outcome::Success));
    m_ui->outcomeFilter->addItem(tr("Client errors"), int(Outcome::ClientError));
    m_ui->outcomeFilter->addItem(tr("Server errors"), int(Outcome::ServerError));
    m_ui->outcomeFilter->addItem(tr("Network errors"), int(Outcome::NetworkError));
    m_ui->outcomeFilter->addItem(tr("Cancelled"), int(Outcome::Cancelled));
    m_ui->outcomeFilter->addItem(tr("Being sent"), int(Outcome::Pending));
    m_ui->outcomeFilter->addItem(tr("Interrupted"), int(Outcome::Interrupted));
    m_ui->tokenInsight->hide();
    m_deliverySchedule = DeliveryTracker::defaultSchedule();
    connect(&m_countdown, &QTimer::timeout, this, &MainWindow::tickCountdown);
    m_retryAfterTimer.setInterval(1000);
    connect(&m_retryAfterTimer, &QTimer::timeout, this, &MainWindow::updateRetryAfter);

    setupHistoryView();
    setupActions();
    restoreSettings();
    if (baseUrlOverride)
        setBaseUrl(*baseUrlOverride); // for this run; the saved endpoint stays as it was

    connect(m_history, &HistoryService::opened, this,
        [this](bool ok, bool writable, const QString &message) {
            m_historyOpen = ok && writable;
            if (!ok) {
                QMessageBox::critical(this, tr("History unavailable"), message);
            } else if (!message.isEmpty()) {
                statusBar()->showMessage(message);
                QMessageBox::warning(this, tr("History"), message);
            }
        });
    HistoryWorker *worker = m_history->worker();
    connect(worker, &HistoryWorker::pendingAdded, this, &MainWindow::onPendingAdded);
    connect(worker, &HistoryWorker::pendingFailed, this,
        [this](const CallRecord &record, const QString &error) {
            if (m_cancelledPending.removeOne(record.msCorrelationId) || !m_awaitingPending
                || m_awaitingPending->msCorrelationId != record.msCorrelationId)
                return;
            m_awaitingPending.reset();
            // Better a call without its write-ahead record than no call: say so and send.
            statusBar()->showMessage(
                tr("The call could not be written to the history first (%1); sending anyway.")
                    .arg(error),
                10000);
            if (m_request)
                launch(record);
        });
    connect(worker, &HistoryWorker::pendingAdded, m_model, &HistoryTableModel::refresh);
    connect(worker, &HistoryWorker::callCompleted, this, [this](const CallRecord &r) {
        m_model->refresh();
        statusBar()->showMessage(tr("Call saved to the history."), 5000);
        emit callRecorded(r, true);
    });
    connect(worker, &HistoryWorker::deliveryRecorded, m_model, &HistoryTableModel::refresh);
    connect(worker, &HistoryWorker::recentSends, this, &MainWindow::onRecentSends);
    connect(m_history, &HistoryService::interruptedFound, this, [this](int count) {
        m_model->refresh();
        statusBar()->showMessage(tr("%n call(s) were interrupted when a program stopped mid-call; "
                                    "select one and press Ctrl+R to retry it with the same "
                                    "MS-RequestId.",
                                     "", count),
            15000);
    });
    connect(m_history->worker(), &HistoryWorker::callAdded, this, [this](const CallRecord &r) {
        if (m_lastCall && m_lastCall->msCorrelationId == r.msCorrelationId)
            m_lastCall->id = r.id;
        m_model->refresh();
        statusBar()->showMessage(tr("Call saved to the history."), 5000);
        emit callRecorded(r, true);
    });
    connect(m_history->worker(), &HistoryWorker::addFailed, this,
        [this](const CallRecord &r, const QString &error) {
            m_ui->hintText->setText(
                tr("This call could not be saved to the history: %1 Copy its IDs now.").arg(error));
            m_ui->hintText->show();
            QMessageBox::warning(this, tr("Call not saved"), error);
            emit callRecorded(r, false);
        });
    connect(m_history->worker(), &HistoryWorker::changedElsewhere, m_model,
        &HistoryTableModel::refresh);
    connect(m_history->worker(), &HistoryWorker::detailReady, this, &MainWindow::showDetail);
    connect(m_history->worker(), &HistoryWorker::exportFinished, this,
        [this](const QString &path, const HistoryCsvExporter::Result &result) {
            if (result.ok) {
                statusBar()->showMessage(tr("Exported %Ln call(s) to %1.", "", int(result.rows))
                                             .arg(QDir::toNativeSeparators(path)),
                    10000);
            } else {
                statusBar()->clearMessage();
                QMessageBox::warning(this, tr("Export failed"), result.error);
            }
            emit exportFinished(path, result);
        });
    connect(m_model, &HistoryTableModel::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("History: %1").arg(error), 10000);
    });

    statusBar()->showMessage(tr("History: %1").arg(QDir::toNativeSeparators(historyPath)), 8000);
    // The token is never stored, so it starts empty: that is where typing goes first.
    m_ui->tokenEdit->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupHistoryView()
{
    QTableView *table = m_ui->historyTable;
    table->setModel(m_model);
    table->setItemDelegate(new HistoryItemDelegate(table));
    table->horizontalHeader()->setSortIndicator(int(HistoryColumn::Time), Qt::DescendingOrder);
    table->horizontalHeader()->setSectionsMovable(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    // Fixed initial widths: measuring contents would read every row.
    const QFontMetrics metrics(table->font());
    const int guid = metrics.horizontalAdvance(QString(37, QLatin1Char('0')));
    const int widths[] = {metrics.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00  ")),
        metrics.horizontalAdvance(QStringLiteral("Version  ")),
        metrics.horizontalAdvance(QStringLiteral("000 Service Unavailable"))
            + table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 16,
        guid, guid, guid, metrics.horizontalAdvance(QStringLiteral("00,000 ms  ")), guid,
        metrics.horizontalAdvance(QStringLiteral("completed, 10 attempts  "))};
    for (int column = 0; column < HistoryColumnCount; ++column)
        table->setColumnWidth(column, widths[column]);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_searchDebounce.start(); });
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(SearchDebounceMs);
    connect(&m_searchDebounce, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_ui->outcomeFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_model, &HistoryTableModel::countsChanged, this, &MainWindow::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the selected call selected across reloads when it is still listed.
        const int row = m_selectedId ? m_model->rowOfId(m_selectedId) : -1;
        if (row >= 0)
            m_ui->historyTable->selectRow(row);
        updateSelectionActions();
    });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            const CallRecord *record = m_model->recordAt(current.row());
            m_selectedId = record ? record->id : 0;
            if (record)
                m_history->loadDetail(record->id);
            else
                m_ui->detailView->clear();
            updateSelectionActions();
        });
    connect(table, &QWidget::customContextMenuRequested, this, &MainWindow::showHistoryContextMenu);
}

void MainWindow::setupActions()
{
    connect(m_ui->sendAction, &QAction::triggered, this, &MainWindow::send);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &MainWindow::send);
    connect(m_ui->cancelAction, &QAction::triggered, this, &MainWindow::cancel);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    m_ui->sendButton->setToolTip(m_ui->sendAction->shortcut().toString(QKeySequence::NativeText));
    m_ui->cancelButton->setToolTip(
        m_ui->cancelAction->shortcut().toString(QKeySequence::NativeText));

    connect(m_ui->showTokenButton, &QToolButton::toggled, this, [this](bool show) {
        m_ui->tokenEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showTokenButton->setText(show ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->tokenEdit, &QLineEdit::textEdited, this, [this] { m_ui->tokenError->hide(); });
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, &MainWindow::updateTokenInsight);
    connect(m_ui->retryAction, &QAction::triggered, this, &MainWindow::retry);
    connect(m_ui->checkDeliveryAction, &QAction::triggered, this, &MainWindow::checkDelivery);
    connect(m_ui->registrationAction, &QAction::triggered, this, &MainWindow::showRegistration);
    connect(m_ui->deliveryView, &DeliveryView::checkRequested, this, [this] {
        if (m_lastCall && !m_lastCall->correlationId.isEmpty())
            startDelivery(*m_lastCall, true);
    });
    connect(m_ui->deliveryView, &DeliveryView::stopRequested, this, [this] {
        if (m_tracker)
            m_tracker->cancel();
    });
    connect(
        m_ui->versionEdit, &QLineEdit::textEdited, this, [this] { m_ui->versionError->hide(); });
    connect(m_ui->endpointButton, &QToolButton::clicked, this, &MainWindow::chooseEndpoint);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::chooseEndpoint);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);

    connect(m_ui->copyButton, &QPushButton::clicked, this,
        [this] { copyText(m_ui->correlationIdEdit->text(), tr("correlationId")); });
    connect(m_ui->copyCorrelationIdAction, &QAction::triggered, this,
        [this] { copyField(&CallRecord::correlationId, tr("correlationId")); });
    connect(m_ui->copyMsCorrelationIdAction, &QAction::triggered, this,
        [this] { copyField(&CallRecord::msCorrelationId, tr("MS-CorrelationId")); });
    connect(m_ui->copyMsRequestIdAction, &QAction::triggered, this,
        [this] { copyField(&CallRecord::msRequestId, tr("MS-RequestId")); });
    connect(m_ui->copyTicketTextAction, &QAction::triggered, this, [this] {
        if (const std::optional<CallRecord> call = targetCall())
            copyText(TicketText::forCall(*call), tr("Ticket text"));
    });
    // Ctrl+C copies cells only where the table has focus; text fields keep their own Ctrl+C.
    m_ui->historyTable->addAction(m_ui->copyCellsAction);
    connect(m_ui->copyCellsAction, &QAction::triggered, this, &MainWindow::copySelectedCells);
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    connect(
        m_ui->exportFilteredAction, &QAction::triggered, this, [this] { chooseExportPath(true); });
    connect(m_ui->exportAllAction, &QAction::triggered, this, [this] { chooseExportPath(false); });
    connect(m_ui->aboutAction, &QAction::triggered, this,
        [this] { AboutDialog(m_history->path(), this).exec(); });
    connect(m_ui->shortcutsAction, &QAction::triggered, this, [this] {
        QList<QAction *> actions;
        for (QMenu *menu : {m_ui->callMenu, m_ui->editMenu, m_ui->fileMenu, m_ui->helpMenu})
            actions += menu->actions();
        ShortcutsDialog(actions, this).exec();
    });
    setupLanguageMenu();
    updateSelectionActions();
}

void MainWindow::setupLanguageMenu()
{
    auto *group = new QActionGroup(this);
    const QString current = TranslationLoader::savedLanguage();
    const auto add = [&](const QString &code, const QString &name) {
        QAction *action = m_ui->languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
    };
    add(QString(), tr("System default"));
    for (const QString &code : TranslationLoader::languages()) {
        const QLocale locale(code);
        add(code, locale.nativeLanguageName());
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        TranslationLoader::saveLanguage(action->data().toString());
        statusBar()->showMessage(
            tr("The language changes the next time Webhook Diagnostics starts."), 10000);
    });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    if (!m_ui->mainSplitter->restoreState(settings.value(MainSplitterKey).toByteArray())) {
        // Room for the whole result of a failed call; the history takes the rest.
        const int top = m_ui->topPanel->sizeHint().height() + 4 * fontMetrics().height();
        m_ui->mainSplitter->setSizes({top, qMax(height() - top, top)});
    }
    if (!m_ui->historySplitter->restoreState(settings.value(HistorySplitterKey).toByteArray()))
        m_ui->historySplitter->setSizes({width() * 2 / 3, width() / 3});
    const QByteArray header = settings.value(HeaderKey).toByteArray();
    if (!header.isEmpty()) {
        m_ui->historyTable->horizontalHeader()->restoreState(header);
        // Every start shows the newest calls first, whatever was sorted last time.
        m_ui->historyTable->horizontalHeader()->setSortIndicator(
            int(HistoryColumn::Time), Qt::DescendingOrder);
    }
    const Validated<QString> version
        = InputValidator::apiVersion(settings.value(VersionKey, QStringLiteral("v1")).toString());
    m_ui->versionEdit->setText(version.isValid() ? version.value : QStringLiteral("v1"));
    const Validated<QUrl> url = InputValidator::baseUrl(
        settings.value(BaseUrlKey, ApiClient::defaultBaseUrl()).toString());
    setBaseUrl(url.isValid() ? url.value : QUrl(ApiClient::defaultBaseUrl()));
}

void MainWindow::saveSettings() const
{
    // Never the token.
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(MainSplitterKey, m_ui->mainSplitter->saveState());
    settings.setValue(HistorySplitterKey, m_ui->historySplitter->saveState());
    settings.setValue(HeaderKey, m_ui->historyTable->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_tracker)
        m_tracker->cancel();
    // Write-ahead records whose requests never left: cancelled, not "interrupted" next time.
    if (m_awaitingPending)
        m_cancelledPending.append(m_awaitingPending->msCorrelationId);
    m_awaitingPending.reset();
    for (const QString &id : std::as_const(m_cancelledPending))
        m_history->cancelPending(id);
    m_cancelledPending.clear();
    m_countdown.stop();
    if (m_request) {
        m_request->token.fill(QLatin1Char('\0'));
        m_request.reset();
    }
    if (m_call)
        m_call->cancel(); // recorded as cancelled and saved before the history thread stops
    saveSettings();
    m_ui->tokenEdit->clear();
    event->accept();
}

void MainWindow::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
    m_ui->endpointValue->setText(url.toString() == ApiClient::defaultBaseUrl()
            ? tr("Global Partner Center (%1)").arg(url.toString())
            : url.toString());
}

void MainWindow::chooseEndpoint()
{
    EndpointDialog dialog(m_baseUrl, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setBaseUrl(dialog.baseUrl());
    QSettings().setValue(BaseUrlKey, m_baseUrl.toString());
}

void MainWindow::showInputErrors(const QString &versionError, const QString &tokenError)
{
    m_ui->versionError->setText(versionError);
    m_ui->versionError->setVisible(!versionError.isEmpty());
    m_ui->tokenError->setText(tokenError);
    m_ui->tokenError->setVisible(!tokenError.isEmpty());
    const QColor color = OutcomeStyle::color(Outcome::NetworkError, palette());
    for (QLabel *label : {m_ui->versionError, m_ui->tokenError}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, color);
        label->setPalette(p);
    }
    if (!versionError.isEmpty())
        m_ui->versionEdit->setFocus();
    else if (!tokenError.isEmpty())
        m_ui->tokenEdit->setFocus();
}

std::optional<CallRequest> MainWindow::requestFromForm(const QString &versionText)
{
    const Validated<QString> version = InputValidator::apiVersion(versionText);
    const Validated<QString> token = InputValidator::token(m_ui->tokenEdit->text());
    showInputErrors(version.error, token.error);
    if (!version.isValid() || !token.isValid()) {
        statusBar()->showMessage(tr("Nothing was sent: correct the highlighted field."), 8000);
        return std::nullopt;
    }
    CallRequest request;
    request.baseUrl = m_baseUrl;
    request.apiVersion = version.value;
    request.token = token.value;
    return request;
}

bool MainWindow::confirmToken(const CallRequest &request)
{
    const QStringList warnings
        = TokenInsight::warnings(TokenClaims::decode(request.token), request.baseUrl, now());
    if (warnings.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Check the token"),
        warnings.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
            + tr("Send the validation event anyway?"),
        QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText); // the audience claim comes from the token: any text
    QPushButton *sendAnyway = box.addButton(tr("Send &anyway"), QMessageBox::AcceptRole);
    sendAnyway->setObjectName(QStringLiteral("sendAnywayButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == sendAnyway;
}

void MainWindow::send()
{
    if (m_sendInProgress)
        return;
    std::optional<CallRequest> request = requestFromForm(m_ui->versionEdit->text());
    if (!request)
        return;
    m_ui->versionEdit->setText(request->apiVersion);
    QSettings().setValue(VersionKey, request->apiVersion);
    if (!confirmToken(*request))
        return;
    m_attemptInRun = 1;
    beginSend(std::move(*request), true);
}

void MainWindow::retry()
{
    if (m_sendInProgress)
        return;
    const std::optional<CallRecord> previous = targetCall();
    if (!previous || previous->id == 0) {
        statusBar()->showMessage(tr("Select a saved call to retry."), 5000);
        return;
    }
    if (previous->outcome == Outcome::Pending) {
        statusBar()->showMessage(
            tr("That call is still being sent; retry it once it has finished."), 5000);
        return;
    }
    std::optional<CallRequest> request = retryRequestFor(*previous);
    if (!request)
        return;
    if (!confirmToken(*request))
        return;
    statusBar()->showMessage(request->requestId.isEmpty()
            ? tr("Retrying as a new call: the earlier one was answered.")
            : tr("Retrying with the same MS-RequestId %1.").arg(request->requestId),
        8000);
    m_attemptInRun = 1;
    beginSend(std::move(*request), true);
}

std::optional<CallRequest> MainWindow::retryRequestFor(const CallRecord &previous)
{
    // The retry goes where the first attempt went, with the token in the form.
    std::optional<CallRequest> request = requestFromForm(previous.apiVersion);
    if (!request)
        return std::nullopt;
    if (const Validated<QUrl> url = InputValidator::baseUrl(previous.baseUrl); url.isValid())
        request->baseUrl = url.value;
    request->requestId = RetryPolicy::requestIdForRetry(previous);
    request->retryOf = RetryPolicy::firstAttemptId(previous);
    return request;
}

void MainWindow::beginSend(CallRequest request, bool checkThrottle)
{
    m_request = std::move(request);
    m_sendInProgress = true;
    setBusy(true);
    if (!checkThrottle) {
        writeAhead();
        return;
    }
    const QString baseUrl = m_request->baseUrl.toString(QUrl::FullyEncoded);
    m_awaitingThrottle = true;
    if (m_historyOpen)
        m_history->checkRecentSends(baseUrl, now().addSecs(-60));
    else
        onRecentSends(baseUrl, m_ownSends);
}

void MainWindow::onRecentSends(const QString &baseUrl, const QList<QDateTime> &sends)
{
    // Only the answer this send is waiting for: a late one for a cancelled send is ignored.
    if (!m_awaitingThrottle || !m_request
        || baseUrl != m_request->baseUrl.toString(QUrl::FullyEncoded))
        return;
    m_awaitingThrottle = false;
    const std::chrono::milliseconds wait = SendThrottle::waitBeforeNext(sends, now());
    if (wait.count() <= 0) {
        writeAhead();
        return;
    }
    const int seconds = int((wait.count() + 999) / 1000);
    QMessageBox box(QMessageBox::Question, tr("Partner Center's limit"),
        tr("Partner Center accepts 2 test events per minute, and 2 were sent to this endpoint in "
           "the last minute. A third now would probably be refused with 429.")
            + QStringLiteral("\n\n") + tr("The next one can go in %n second(s).", "", seconds),
        QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText);
    QPushButton *waitButton = box.addButton(tr("&Wait and send"), QMessageBox::AcceptRole);
    waitButton->setObjectName(QStringLiteral("waitButton"));
    QPushButton *nowButton = box.addButton(tr("Send &now"), QMessageBox::DestructiveRole);
    nowButton->setObjectName(QStringLiteral("sendNowButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(waitButton);
    box.exec();
    if (box.clickedButton() == waitButton) {
        startCountdown(
            wait,
            [](int left) {
                return tr("Waiting %n second(s) for Partner Center's limit of 2 test events per "
                          "minute; Esc cancels.",
                    "", left);
            },
            [this] { writeAhead(); });
    } else if (box.clickedButton() == nowButton) {
        writeAhead();
    } else {
        finishSend();
        statusBar()->showMessage(tr("Nothing was sent."), 5000);
    }
}

void MainWindow::writeAhead()
{
    if (!m_request)
        return;
    CallRecord prepared = m_client->prepareValidationEvent(*m_request);
    if (!m_historyOpen) {
        launch(prepared);
        return;
    }
    // The call goes out once its pending record (with these IDs) is committed: if this program
    // dies mid-call, the next start still knows the MS-RequestId to retry with.
    m_awaitingPending = prepared;
    m_history->addPending(prepared, m_request->timeout);
}

void MainWindow::onPendingAdded(const CallRecord &record)
{
    if (m_cancelledPending.removeOne(record.msCorrelationId)) {
        // Cancelled while its record was being written: it never left.
        m_history->cancelPending(record.msCorrelationId);
        return;
    }
    if (!m_awaitingPending || m_awaitingPending->msCorrelationId != record.msCorrelationId
        || !m_request)
        return;
    m_awaitingPending.reset();
    launch(record);
}

void MainWindow::launch(const CallRecord &prepared)
{
    m_ownSends.append(prepared.sentAtUtc);
    m_call = m_client->sendPrepared(*m_request, prepared);
    // The token stays in the form only; the request copy is wiped now that it is on its way.
    m_request->token.fill(QLatin1Char('\0'));
    m_request.reset();
    connect(m_call, &PendingCall::finished, this, &MainWindow::onCallFinished);
    m_ui->deliveryView->clear();
}

void MainWindow::cancel()
{
    if (m_call) {
        m_call->cancel();
        return;
    }
    if (!m_sendInProgress)
        return;
    m_countdown.stop();
    m_afterCountdown = nullptr;
    m_awaitingThrottle = false;
    if (m_request) {
        m_request->token.fill(QLatin1Char('\0'));
        m_request.reset();
    }
    // A write-ahead record on its way is completed as cancelled when it arrives.
    if (m_awaitingPending) {
        m_cancelledPending.append(m_awaitingPending->msCorrelationId);
        m_awaitingPending.reset();
    }
    finishSend();
    statusBar()->showMessage(tr("Cancelled; nothing was sent."), 5000);
}

void MainWindow::onCallFinished(const CallRecord &record)
{
    m_lastCall = record;
    if (record.id > 0)
        m_history->completeCall(record);
    else if (m_historyOpen)
        m_history->addCall(record);
    showResult(record);
    updateSelectionActions();
    if (record.id == 0 && !m_historyOpen) {
        m_ui->hintText->setText(tr("This call was not saved: the history is unavailable or "
                                   "read-only. Copy its IDs now."));
        m_ui->hintText->show();
        emit callRecorded(record, false);
    }

    // Counted here, not read from the record: a call the history could not take keeps
    // attempt 1, and the retries must still stop.
    const int attempt = m_attemptInRun;
    if (m_ui->autoRetryCheck->isChecked() && attempt < RetryPolicy::MaxAutomaticAttempts
        && RetryPolicy::retriesAutomatically(record)) {
        std::optional<CallRequest> request = retryRequestFor(record);
        if (request) {
            m_request = std::move(request);
            ++m_attemptInRun;
            const auto delay = RetryPolicy::delayBefore(attempt + 1, record, now());
            startCountdown(
                delay,
                [attempt](int left) {
                    return tr("Retrying in %n second(s) (attempt %1 of %2); Esc cancels.", "", left)
                        .arg(attempt + 1)
                        .arg(RetryPolicy::MaxAutomaticAttempts);
                },
                [this] { writeAhead(); });
            return;
        }
    }
    finishSend();
    if (record.outcome == Outcome::Success && !record.correlationId.isEmpty()
        && !m_deliverySchedule.isEmpty())
        startDelivery(record, false);
}

void MainWindow::finishSend()
{
    m_sendInProgress = false;
    m_countdown.stop();
    setBusy(false);
}

void MainWindow::startCountdown(std::chrono::milliseconds wait,
    const std::function<QString(int)> &text, const std::function<void()> &then)
{
    m_countdownEnd = now().addMSecs(wait.count());
    m_countdownText = text;
    m_afterCountdown = then;
    tickCountdown();
    m_countdown.start(qMin<qint64>(1000, qMax<qint64>(1, wait.count())));
}

void MainWindow::tickCountdown()
{
    const qint64 left = now().msecsTo(m_countdownEnd);
    if (left <= 0) {
        m_countdown.stop();
        statusBar()->clearMessage();
        if (const std::function<void()> then = std::exchange(m_afterCountdown, nullptr))
            then();
        return;
    }
    m_countdown.setInterval(int(qMin<qint64>(1000, left)));
    statusBar()->showMessage(m_countdownText(int((left + 999) / 1000)));
}

void MainWindow::updateRetryAfter()
{
    const qint64 left = now().secsTo(m_retryAfterEnd);
    if (left <= 0) {
        m_retryAfterTimer.stop();
        m_ui->hintText->setText(
            tr("Partner Center's Retry-After wait is over: you can send again."));
        return;
    }
    m_ui->hintText->setText(
        tr("Throttled: Partner Center asks to wait %n more second(s) before the next call.", "",
            int(left)));
}

void MainWindow::startDelivery(const CallRecord &call, bool rightAway)
{
    if (m_tracker) {
        m_tracker->disconnect(this);
        m_tracker->cancel();
        m_tracker->deleteLater();
    }
    m_lastCall = call;
    if (DeliveryTracker::isExpiredOnServer(call.sentAtUtc, now())) {
        m_ui->deliveryView->showMessage(
            tr("State expired on the server: Partner Center keeps a validation event for 7 days, "
               "and this one was sent on %1. It was not queried.")
                .arg(TokenInsight::utcText(call.sentAtUtc)),
            false);
        return;
    }
    const Validated<QString> token = InputValidator::token(m_ui->tokenEdit->text());
    if (!token.isValid()) {
        m_ui->deliveryView->showMessage(
            tr("Paste a token to check where this event was delivered."), false);
        return;
    }
    CallRequest request;
    request.baseUrl = m_baseUrl;
    if (const Validated<QUrl> url = InputValidator::baseUrl(call.baseUrl); url.isValid())
        request.baseUrl = url.value;
    request.apiVersion = call.apiVersion;
    request.token = token.value;
    m_tracker = new DeliveryTracker(m_client, request, call.correlationId, this);
    request.token.fill(QLatin1Char('\0'));
    QList<std::chrono::milliseconds> waits = m_deliverySchedule;
    const std::chrono::milliseconds first
        = rightAway || waits.isEmpty() ? std::chrono::milliseconds(0) : waits.takeFirst();
    m_tracker->setSchedule(waits);
    const qint64 id = call.id;
    connect(m_tracker, &DeliveryTracker::statusRead, this,
        [this, id](const DeliveryStatus &status, const QString &body, const QDateTime &checked) {
            m_ui->deliveryView->showStatus(status, checked, !status.isFinal());
            fitResultPanel();
            if (id > 0) {
                m_history->recordDelivery(id, status.status, int(status.attempts.size()),
                    status.lastResponse(), checked, body);
            }
        });
    connect(
        m_tracker, &DeliveryTracker::finished, this, [this](const DeliveryTracker::Result &result) {
            switch (result.ending) {
            case DeliveryTracker::Ending::Final:
                break;
            case DeliveryTracker::Ending::StillDelivering:
            case DeliveryTracker::Ending::Cancelled:
                if (result.status.parsed)
                    m_ui->deliveryView->showStatus(result.status, result.checkedUtc, false);
                else
                    m_ui->deliveryView->showMessage(
                        tr("Stopped checking the delivery status."), false);
                break;
            case DeliveryTracker::Ending::NotFound:
            case DeliveryTracker::Ending::Failed:
                m_ui->deliveryView->showMessage(result.message, true);
                break;
            }
            fitResultPanel();
            emit deliveryChecked(result);
        });
    m_ui->deliveryView->showChecking(call.correlationId);
    fitResultPanel();
    m_tracker->start(first, true);
}

void MainWindow::fitResultPanel()
{
    // Wrapped labels and the delivery attempts: make the splitter leave room for every line
    // of the result, taking it from the history below.
    m_ui->resultGroup->layout()->activate();
    const int needed = m_ui->resultGroup->heightForWidth(m_ui->resultGroup->width());
    if (needed <= 0)
        return;
    m_ui->resultGroup->setMinimumHeight(needed);
    QList<int> sizes = m_ui->mainSplitter->sizes();
    const int top = m_ui->topPanel->minimumSizeHint().height();
    if (sizes.size() == 2 && sizes.at(0) < top) {
        const int total = sizes.at(0) + sizes.at(1);
        m_ui->mainSplitter->setSizes({top, qMax(0, total - top)});
    }
}

void MainWindow::checkDelivery()
{
    const std::optional<CallRecord> call = targetCall();
    if (!call)
        return;
    if (call->correlationId.isEmpty()) {
        statusBar()->showMessage(
            tr("This call has no correlationId: Partner Center did not accept it, so there is "
               "no delivery to check."),
            8000);
        return;
    }
    showResult(*call);
    startDelivery(*call, true);
}

RegistrationDialog *MainWindow::showRegistration()
{
    if (!requestFromForm(m_ui->versionEdit->text()))
        return nullptr;
    auto *dialog = new RegistrationDialog(
        m_client, [this] { return requestFromForm(m_ui->versionEdit->text()); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->refresh();
    return dialog;
}

void MainWindow::updateTokenInsight()
{
    const QString text = m_ui->tokenEdit->text();
    if (text.trimmed().isEmpty()) {
        m_ui->tokenInsight->clear();
        m_ui->tokenInsight->hide();
        return;
    }
    const TokenClaims claims = TokenClaims::decode(text);
    QStringList lines = TokenInsight::describe(claims, now());
    const QStringList warnings = TokenInsight::warnings(claims, m_baseUrl, now());
    lines += warnings;
    QPalette p = m_ui->tokenInsight->palette();
    p.setColor(QPalette::WindowText,
        warnings.isEmpty() ? palette().color(QPalette::PlaceholderText)
                           : OutcomeStyle::color(Outcome::NetworkError, palette()));
    m_ui->tokenInsight->setPalette(p);
    m_ui->tokenInsight->setText(lines.join(QLatin1Char('\n')));
    m_ui->tokenInsight->show();
}

void MainWindow::setBusy(bool busy)
{
    m_ui->sendButton->setEnabled(!busy);
    m_ui->sendAction->setEnabled(!busy);
    m_ui->retryAction->setEnabled(!busy);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->cancelAction->setEnabled(busy);
    m_ui->busyIndicator->setVisible(busy);
    if (busy)
        statusBar()->showMessage(tr("Sending to %1…").arg(m_baseUrl.host()));
}

void MainWindow::showResult(const CallRecord &r)
{
    const bool accepted = r.outcome == Outcome::Success && !r.correlationId.isEmpty();
    QString headline;
    if (accepted) {
        headline = tr("Accepted: Partner Center will send a test-created event to the "
                      "registered webhook URL.");
    } else if (r.outcome == Outcome::Cancelled) {
        headline = tr("Cancelled.");
    } else if (!r.httpStatus) {
        headline = tr("No response from Partner Center.");
    } else {
        headline = tr("Failed: HTTP %1 %2").arg(QString::number(*r.httpStatus), r.httpReason);
    }
    const Outcome shown
        = (r.outcome == Outcome::Success && !accepted) ? Outcome::ServerError : r.outcome;
    QPalette p = m_ui->outcomeText->palette();
    p.setColor(QPalette::WindowText, OutcomeStyle::color(shown, palette()));
    m_ui->outcomeText->setPalette(p);
    QFont bold = m_ui->outcomeText->font();
    bold.setBold(true);
    m_ui->outcomeText->setFont(bold);
    m_ui->outcomeText->setText(headline);
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_ui->outcomeIcon->setPixmap(OutcomeStyle::icon(shown).pixmap(iconSize, iconSize));

    m_ui->correlationIdEdit->setText(r.correlationId);
    m_ui->copyButton->setEnabled(!r.correlationId.isEmpty());

    QStringList details;
    if (r.httpStatus)
        details << tr("HTTP status: %1 %2").arg(QString::number(*r.httpStatus), r.httpReason);
    details << tr("Sent MS-CorrelationId: %1").arg(r.msCorrelationId)
            << tr("Sent MS-RequestId: %1").arg(r.msRequestId)
            << tr("Duration: %1 ms").arg(QLocale().toString(r.durationMs));
    if (!r.errorCode.isEmpty())
        details << tr("Error code: %1").arg(r.errorCode);
    if (!r.errorDescription.isEmpty())
        details << tr("Description: %1").arg(r.errorDescription.left(1024));
    if (!r.networkError.isEmpty())
        details << tr("Problem: %1").arg(r.networkError.left(1024));

    if (r.attempt > 1)
        details << tr("Attempt %1 (retry of call %2)").arg(r.attempt).arg(r.retryOf);
    if (!r.tokenTenantId.isEmpty())
        details << tr("Token tenant: %1").arg(r.tokenTenantId);
    m_ui->resultDetails->setText(details.join(QLatin1Char('\n')));

    const QString hint = CallHints::hintFor(r);
    m_ui->hintText->setText(hint);
    m_ui->hintText->setVisible(!hint.isEmpty());
    m_retryAfterTimer.stop();
    const QDateTime answered = r.sentAtUtc.addMSecs(r.durationMs);
    if (const auto wait = RetryPolicy::retryAfter(r, answered); r.httpStatus == 429 && wait) {
        m_retryAfterEnd = answered.addMSecs(wait->count());
        m_ui->hintText->show();
        m_retryAfterTimer.start();
        updateRetryAfter();
    }
    fitResultPanel();
    statusBar()->showMessage(
        accepted ? tr("correlationId %1 received.").arg(r.correlationId) : headline, 8000);
}

void MainWindow::applyFilter()
{
    HistoryFilter filter;
    filter.search = m_ui->searchEdit->text();
    const QVariant outcome = m_ui->outcomeFilter->currentData();
    if (outcome.isValid())
        filter.outcome = Outcome(outcome.toInt());
    m_model->setFilter(filter);
}

void MainWindow::updateCount()
{
    const qint64 total = m_model->totalCount();
    const qint64 matching = m_model->matchingCount();
    if (total < 0)
        return;
    const HistoryFilter filter = m_model->filter();
    const bool filtered = !filter.search.trimmed().isEmpty() || filter.outcome.has_value();
    m_ui->countLabel->setText(filtered
            ? tr("%1 of %Ln call(s)", "", int(total)).arg(QLocale().toString(matching))
            : tr("%Ln call(s)", "", int(total)));
}

void MainWindow::updateSelectionActions()
{
    const bool any = m_lastCall.has_value() || m_model->rowCount() > 0;
    for (QAction *action : {m_ui->copyCorrelationIdAction, m_ui->copyMsCorrelationIdAction,
             m_ui->copyMsRequestIdAction, m_ui->copyTicketTextAction})
        action->setEnabled(any);
    m_ui->copyCellsAction->setEnabled(m_ui->historyTable->selectionModel()->hasSelection());
}

std::optional<CallRecord> MainWindow::targetCall() const
{
    const QModelIndexList selected = m_ui->historyTable->selectionModel()->selectedRows();
    if (!selected.isEmpty()) {
        if (const CallRecord *record = m_model->recordAt(selected.first().row()))
            return *record;
    }
    if (m_lastCall)
        return m_lastCall;
    if (const CallRecord *newest = m_model->recordAt(0))
        return *newest;
    return std::nullopt;
}

void MainWindow::copyText(const QString &text, const QString &what)
{
    if (text.isEmpty()) {
        statusBar()->showMessage(tr("This call has no %1 to copy.").arg(what), 5000);
        return;
    }
    QGuiApplication::clipboard()->setText(text);
    statusBar()->showMessage(tr("%1 copied to the clipboard.").arg(what), 5000);
}

void MainWindow::copyField(QString CallRecord::*field, const QString &what)
{
    if (const std::optional<CallRecord> call = targetCall())
        copyText((*call).*field, what);
}

void MainWindow::copySelectedCells()
{
    const QModelIndexList selected = m_ui->historyTable->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return;
    QMap<int, QMap<int, QString>> cells; // row -> visual column -> text
    const QHeaderView *header = m_ui->historyTable->horizontalHeader();
    for (const QModelIndex &index : selected) {
        if (!header->isSectionHidden(index.column()))
            cells[index.row()][header->visualIndex(index.column())] = index.data().toString();
    }
    QStringList lines;
    for (const QMap<int, QString> &row : std::as_const(cells))
        lines << QStringList(row.values()).join(QLatin1Char('\t'));
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    statusBar()->showMessage(tr("Copied %n row(s).", "", int(cells.size())), 5000);
}

void MainWindow::showDetail(const CallRecord &record, int attempts)
{
    if (record.id != m_selectedId)
        return; // the selection moved on meanwhile
    m_ui->detailView->setPlainText(CallDetailText::forCall(record, attempts));
}

void MainWindow::showHistoryContextMenu(const QPoint &position)
{
    if (!m_ui->historyTable->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_ui->copyCorrelationIdAction);
    menu.addAction(m_ui->copyMsCorrelationIdAction);
    menu.addAction(m_ui->copyMsRequestIdAction);
    menu.addAction(m_ui->copyTicketTextAction);
    menu.addSeparator();
    menu.addAction(m_ui->retryAction);
    menu.addAction(m_ui->checkDeliveryAction);
    menu.addSeparator();
    menu.addAction(m_ui->copyCellsAction);
    menu.exec(m_ui->historyTable->viewport()->mapToGlobal(position));
}

void MainWindow::chooseExportPath(bool filteredView)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name
        = QStringLiteral("webhook-calls-%1.csv")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path = QFileDialog::getSaveFileName(this,
        filteredView ? tr("Export history as CSV") : tr("Export all calls as CSV"),
        QDir(folder).filePath(name), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportHistory(path, filteredView);
}

void MainWindow::exportHistory(const QString &path, bool filteredView)
{
    statusBar()->showMessage(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    m_history->exportCsv(filteredView ? m_model->filter() : HistoryFilter(),
        filteredView ? m_model->sortOrder() : HistorySort(), path);
}
