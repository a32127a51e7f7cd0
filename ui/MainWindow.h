#pragma once

#include "api/CallRecord.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace Ui {
class MainWindow;
}
class ApiClient;
class HistoryStore;
class PendingCall;

// The Webhook Diagnostics window: collects the API version and token, sends Create Validation
// Event and shows the result of the last call; every call is saved to the history.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The store must outlive the window.
    MainWindow(HistoryStore &store, const QUrl &baseUrl, QWidget *parent = nullptr);
    ~MainWindow() override;

    void send();
    void cancel();

private:
    void showRecord(const CallRecord &record);
    void setBusy(bool busy);

    std::unique_ptr<Ui::MainWindow> m_ui;
    HistoryStore &m_store;
    QUrl m_baseUrl;
    ApiClient *m_client;
    QPointer<PendingCall> m_call;
};
