#pragma once

#include "api/DeliveryStatus.h"

#include <QWidget>

#include <memory>

namespace Ui {
class DeliveryView;
}

// Where a validation event went after it was accepted: the delivery status, the partner's
// callback URL and every delivery attempt with the partner endpoint's answer.
class DeliveryView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryView)

public:
    explicit DeliveryView(QWidget *parent = nullptr);
    ~DeliveryView() override;

    // Nothing to show: the view hides.
    void clear();
    // A query is on its way (or the next one is waiting).
    void showChecking(const QString &correlationId);
    void showStatus(const DeliveryStatus &status, const QDateTime &checkedUtc, bool stillChecking);
    // A sentence instead of a status (expired on the server, query failed); error colours it.
    void showMessage(const QString &text, bool error);
    void setChecking(bool checking);

    QString statusText() const;
    int attemptRows() const;

signals:
    void checkRequested();
    void stopRequested();

private:
    void setStatusText(const QString &text, bool error);

    std::unique_ptr<Ui::DeliveryView> m_ui;
};
