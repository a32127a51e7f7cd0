#pragma once

#include "api/CallRecord.h"
#include "export/HistoryCsvExporter.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}
class ApiClient;
class HistoryService;
class HistoryTableModel;
class PendingCall;

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
    // Writes the filtered view (or every call) to path; the result arrives in the status bar.
    void exportHistory(const QString &path, bool filteredView);
    void setBaseUrl(const QUrl &url);

signals:
    // A finished call has been committed to the history (or failed to be).
    void callRecorded(const CallRecord &record, bool saved);
    void exportFinished(const QString &path, const HistoryCsvExporter::Result &result);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupHistoryView();
    void setupActions();
    void setupLanguageMenu();
    void restoreSettings();
    void saveSettings() const;
    void setBusy(bool busy);
    void onCallFinished(const CallRecord &record);
    void showResult(const CallRecord &record);
    void showInputErrors(const QString &versionError, const QString &tokenError);
    void applyFilter();
    void updateCount();
    void updateSelectionActions();
    void showDetail(const CallRecord &record);
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
    QUrl m_baseUrl;
    QTimer m_searchDebounce;
    qint64 m_selectedId = 0;
};
