#pragma once

#include "api/CallRecord.h"
#include "api/CallRequest.h"
#include "diagnosis/DeliveryTracker.h"
#include "export/HistoryCsvExporter.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}
class ApiClient;
class HistoryService;
class HistoryTableModel;
class PendingCall;
class RegistrationDialog;

// The Webhook Diagnostics window: send a validation event, read the result in plain words,
// and search, copy from and export the history of every call. History reads and writes run on
// the history thread and calls on the network, so the window never freezes.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // baseUrlOverride (--base-url) wins over the endpoint saved in the settings for this run.
    MainWindow(const QString &historyPath, const std::optional<QUrl> &baseUrlOverride,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    HistoryTableModel *historyModel() const { return m_model; }
    QUrl baseUrl() const { return m_baseUrl; }

    void send();
    void cancel();
    // Sends the selected call (else the latest) again, following SPEC.md's MS-RequestId rule.
    void retry();
    // Asks Partner Center where the selected call's (else the latest) event went.
    void checkDelivery();
    RegistrationDialog *showRegistration();

    // For tests: the time the throttle and the token checks see, and the waits between
    // delivery status queries (the first entry is the wait after a send; none: no automatic
    // check after a send).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setDeliverySchedule(QList<std::chrono::milliseconds> waits)
    {
        m_deliverySchedule = std::move(waits);
    }
    // Writes the filtered view (or every call) to path; the result arrives in the status bar.
    void exportHistory(const QString &path, bool filteredView);
    void setBaseUrl(const QUrl &url);

signals:
    // A finished call has been committed to the history (or failed to be).
    void callRecorded(const CallRecord &record, bool saved);
    void exportFinished(const QString &path, const HistoryCsvExporter::Result &result);
    // A delivery status check (after a send or on demand) ended.
    void deliveryChecked(const DeliveryTracker::Result &result);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupHistoryView();
    void setupActions();
    void setupLanguageMenu();
    void restoreSettings();
    void saveSettings() const;
    void setBusy(bool busy);
    // The stages of one send: form -> token check -> throttle -> write-ahead record -> network.
    std::optional<CallRequest> requestFromForm(const QString &versionText);
    bool confirmToken(const CallRequest &request);
    // A retry of previous by SPEC.md's MS-RequestId rule, to the same endpoint and version.
    std::optional<CallRequest> retryRequestFor(const CallRecord &previous);
    void beginSend(CallRequest request, bool checkThrottle);
    void onRecentSends(const QString &baseUrl, const QList<QDateTime> &sends);
    void writeAhead();
    void onPendingAdded(const CallRecord &record);
    void launch(const CallRecord &prepared);
    void onCallFinished(const CallRecord &record);
    void finishSend();
    // Waits (Esc cancels) with the seconds left in the status bar, then runs then.
    void startCountdown(std::chrono::milliseconds wait, const std::function<QString(int)> &text,
        const std::function<void()> &then);
    void tickCountdown();
    void startDelivery(const CallRecord &call, bool rightAway);
    void updateTokenInsight();
    void updateRetryAfter();
    void fitResultPanel();
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    void showResult(const CallRecord &record);
    void showInputErrors(const QString &versionError, const QString &tokenError);
    void applyFilter();
    void updateCount();
    void updateSelectionActions();
    void showDetail(const CallRecord &record, int attempts);
    // The selected call, else the latest one; nullopt when there is none.
    std::optional<CallRecord> targetCall() const;
    void copyText(const QString &text, const QString &what);
    void copyField(QString CallRecord::*field, const QString &what);
    void copySelectedCells();
    void chooseExportPath(bool filteredView);
    void chooseEndpoint();
    void showHistoryContextMenu(const QPoint &position);

    std::unique_ptr<Ui::MainWindow> m_ui;
    HistoryService *m_history;
    HistoryTableModel *m_model;
    ApiClient *m_client;
    QPointer<PendingCall> m_call;
    std::optional<CallRecord> m_lastCall;
    // The send in progress, from the throttle check until its request is out; holds the token
    // only that long.
    std::optional<CallRequest> m_request;
    std::optional<CallRecord> m_awaitingPending; // prepared, its write-ahead record on its way
    bool m_sendInProgress = false;
    bool m_awaitingThrottle = false; // the recent sends were asked for and not yet answered
    int m_attemptInRun = 1; // attempts of the current send, automatic retries included
    QStringList m_cancelledPending; // MS-CorrelationIds whose write-ahead was cancelled
    bool m_historyOpen = true; // until the history says it failed to open
    QList<QDateTime> m_ownSends; // when the history is unavailable, the throttle counts these
    QTimer m_countdown;
    QDateTime m_countdownEnd;
    std::function<QString(int)> m_countdownText; // from the seconds left
    std::function<void()> m_afterCountdown;
    QTimer m_retryAfterTimer; // the live Retry-After countdown of a 429
    QDateTime m_retryAfterEnd;
    QPointer<DeliveryTracker> m_tracker;
    QList<std::chrono::milliseconds> m_deliverySchedule;
    std::function<QDateTime()> m_clock;
    QUrl m_baseUrl;
    QTimer m_searchDebounce;
    qint64 m_selectedId = 0;
};
