#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "api/ApiClient.h"
#include "api/InputValidator.h"
#include "api/PendingCall.h"
#include "history/HistoryStore.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeySequence>
#include <QShortcut>

MainWindow::MainWindow(HistoryStore &store, const QUrl &baseUrl, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(store)
    , m_baseUrl(baseUrl)
    , m_client(new ApiClient(this))
{
    m_ui->setupUi(this);
    m_ui->endpointValue->setText(baseUrl.toString());
    m_ui->inputError->hide();
    m_ui->sendButton->setToolTip(
        tr("Send a validation event (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_ui->cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));

    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(sendShortcut, &QShortcut::activated, this, &MainWindow::send);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &MainWindow::send);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    connect(m_ui->showTokenButton, &QToolButton::toggled, this, [this](bool show) {
        m_ui->tokenEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showTokenButton->setText(show ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->correlationIdEdit->text());
        statusBar()->showMessage(tr("correlationId copied to the clipboard."), 5000);
    });

    statusBar()->showMessage(tr("History: %1").arg(store.path()));
    m_ui->tokenEdit->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::send()
{
    if (m_call)
        return;
    const Validated<QString> version = InputValidator::apiVersion(m_ui->versionEdit->text());
    const Validated<QString> token = InputValidator::token(m_ui->tokenEdit->text());
    const QString error = !version.isValid() ? version.error : token.error;
    m_ui->inputError->setText(error);
    m_ui->inputError->setVisible(!error.isEmpty());
    if (!error.isEmpty())
        return;

    CallRequest request;
    request.baseUrl = m_baseUrl;
    request.apiVersion = version.value;
    request.token = token.value;
    m_call = m_client->createValidationEvent(request);
    connect(m_call, &PendingCall::finished, this, [this](const CallRecord &finished) {
        CallRecord record = finished;
        if (!m_store.add(record))
            statusBar()->showMessage(m_store.lastError());
        setBusy(false);
        showRecord(record);
    });
    setBusy(true);
}

void MainWindow::cancel()
{
    if (m_call)
        m_call->cancel();
}

void MainWindow::setBusy(bool busy)
{
    m_ui->sendButton->setEnabled(!busy);
    m_ui->cancelButton->setEnabled(busy);
    if (busy)
        statusBar()->showMessage(tr("Sending…"));
}

void MainWindow::showRecord(const CallRecord &record)
{
    QString outcome;
    if (record.outcome == Outcome::Success && !record.correlationId.isEmpty()) {
        outcome = tr("Accepted (HTTP %1)").arg(*record.httpStatus);
    } else if (record.httpStatus) {
        outcome = tr("Failed with HTTP %1 %2").arg(*record.httpStatus).arg(record.httpReason);
        if (!record.errorCode.isEmpty())
            outcome += QLatin1Char('\n') + tr("Error %1").arg(record.errorCode);
        if (!record.errorDescription.isEmpty())
            outcome += QLatin1Char('\n') + record.errorDescription.left(1024);
    } else {
        outcome = tr("No response: %1").arg(record.networkError);
    }
    m_ui->outcomeValue->setText(outcome);
    m_ui->correlationIdEdit->setText(record.correlationId);
    m_ui->copyButton->setEnabled(!record.correlationId.isEmpty());
    m_ui->idsValue->setText(tr("MS-CorrelationId %1\nMS-RequestId %2\n%3 ms")
                                .arg(record.msCorrelationId, record.msRequestId)
                                .arg(record.durationMs));
    statusBar()->showMessage(tr("Call saved to the history."), 5000);
}
