#pragma once

#include "api/CallRequest.h"
#include "diagnosis/RegistrationCheck.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class RegistrationDialog;
}
class ApiClient;

// Shows the partner's webhook registration (URL, subscribed events, last change) and the
// events available, with a prominent warning when validation events cannot be delivered.
// Read-only.
class RegistrationDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrationDialog)

public:
    // requestSource gives the endpoint, version and token at each check (from the window's
    // form), so the dialog never keeps the token; std::nullopt when the form is not ready.
    RegistrationDialog(ApiClient *client, std::function<std::optional<CallRequest>()> requestSource,
        QWidget *parent = nullptr);
    ~RegistrationDialog() override;

    void refresh();
    bool isChecking() const { return m_check && m_check->isRunning(); }

signals:
    void checked(const RegistrationCheck::Report &report);

private:
    void showReport(const RegistrationCheck::Report &report);

    std::unique_ptr<Ui::RegistrationDialog> m_ui;
    ApiClient *m_client;
    std::function<std::optional<CallRequest>()> m_requestSource;
    QPointer<RegistrationCheck> m_check;
};
