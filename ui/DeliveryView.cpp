#include "DeliveryView.h"
#include "ui_DeliveryView.h"

#include "OutcomeStyle.h"
#include "token/TokenInsight.h"

#include <QHeaderView>

DeliveryView::DeliveryView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DeliveryView>())
{
    m_ui->setupUi(this);
    QHeaderView *header = m_ui->attemptsTable->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // Up to ten attempts: room for four rows, the rest scrolls.
    const int row = m_ui->attemptsTable->verticalHeader()->defaultSectionSize();
    m_ui->attemptsTable->setMaximumHeight(header->sizeHint().height() + 4 * row + 4);
    connect(m_ui->checkButton, &QPushButton::clicked, this, &DeliveryView::checkRequested);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &DeliveryView::stopRequested);
    clear();
}

DeliveryView::~DeliveryView() = default;

void DeliveryView::clear()
{
    m_ui->deliveryStatus->clear();
    m_ui->callbackUrl->clear();
    m_ui->attemptsTable->setRowCount(0);
    hide();
}

void DeliveryView::setChecking(bool checking)
{
    m_ui->stopButton->setVisible(checking);
    m_ui->checkButton->setVisible(!checking);
}

void DeliveryView::setStatusText(const QString &text, bool error)
{
    QPalette p = m_ui->deliveryStatus->palette();
    p.setColor(QPalette::WindowText,
        error ? OutcomeStyle::color(Outcome::NetworkError, palette())
              : palette().color(QPalette::WindowText));
    m_ui->deliveryStatus->setPalette(p);
    m_ui->deliveryStatus->setText(text);
    show();
}

void DeliveryView::showChecking(const QString &correlationId)
{
    m_ui->attemptsTable->setRowCount(0);
    m_ui->callbackUrl->clear();
    m_ui->attemptsTable->hide();
    setStatusText(
        tr("Delivery: asking Partner Center where the event %1 went…").arg(correlationId), false);
    setChecking(true);
}

void DeliveryView::showStatus(
    const DeliveryStatus &status, const QDateTime &checkedUtc, bool stillChecking)
{
    QString text;
    switch (status.state()) {
    case DeliveryStatus::State::Completed:
        text = tr("Delivery: %1. Partner Center delivered the event to the partner's endpoint.")
                   .arg(status.status);
        break;
    case DeliveryStatus::State::Failed:
        text = tr("Delivery: %1. The partner's endpoint did not accept the event; see the "
                  "attempts below.")
                   .arg(status.status);
        break;
    case DeliveryStatus::State::Delivering:
        text = stillChecking
            ? tr("Delivery: %1, still delivering; checking again shortly.").arg(status.status)
            : tr("Delivery: %1, still delivering.").arg(status.status);
        break;
    case DeliveryStatus::State::Unknown:
        text = tr("Delivery: \"%1\" (a status this version does not know).").arg(status.status);
        break;
    }
    text += QLatin1Char(' ') + tr("Checked %1.").arg(TokenInsight::utcText(checkedUtc));
    setStatusText(text, status.state() == DeliveryStatus::State::Failed);
    m_ui->callbackUrl->setText(
        status.callbackUrl.isEmpty() ? QString() : tr("Callback URL: %1").arg(status.callbackUrl));
    m_ui->callbackUrl->setVisible(!status.callbackUrl.isEmpty());

    QTableWidget *table = m_ui->attemptsTable;
    table->setRowCount(int(status.attempts.size()));
    for (int row = 0; row < status.attempts.size(); ++row) {
        const DeliveryAttempt &a = status.attempts.at(row);
        const QString cells[] = {
            a.timeUtc.isValid() ? a.timeUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                : a.timeText,
            a.responseCode,
            a.systemError ? tr("yes") : tr("no"),
            a.responseMessage.section(QLatin1Char('\n'), 0, 0).left(500),
        };
        for (int column = 0; column < 4; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == 3)
                item->setToolTip(a.responseMessage.left(2000));
            table->setItem(row, column, item);
        }
    }
    table->setVisible(!status.attempts.isEmpty());
    setChecking(stillChecking);
}

void DeliveryView::showMessage(const QString &text, bool error)
{
    m_ui->attemptsTable->setRowCount(0);
    m_ui->attemptsTable->hide();
    m_ui->callbackUrl->clear();
    m_ui->callbackUrl->hide();
    setStatusText(text, error);
    setChecking(false);
}

QString DeliveryView::statusText() const
{
    return m_ui->deliveryStatus->text();
}

int DeliveryView::attemptRows() const
{
    return m_ui->attemptsTable->rowCount();
}
