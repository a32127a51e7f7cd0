#pragma once

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class EndpointDialog;
}

// Chooses the API endpoint: the Global Partner Center or a custom base URL, checked with the
// same rules as the CLI's --base-url. OK stays disabled while the URL would be refused.
class EndpointDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointDialog)

public:
    explicit EndpointDialog(const QUrl &current, QWidget *parent = nullptr);
    ~EndpointDialog() override;

    QUrl baseUrl() const;

private:
    void validate();

    std::unique_ptr<Ui::EndpointDialog> m_ui;
    QUrl m_accepted;
};
