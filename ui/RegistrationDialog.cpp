#include "RegistrationDialog.h"
#include "ui_RegistrationDialog.h"

#include "OutcomeStyle.h"

RegistrationDialog::RegistrationDialog(
    ApiClient *client, std::function<std::optional<CallRequest>()> requestSource, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RegistrationDialog>())
    , m_client(client)
    , m_requestSource(std::move(requestSource))
{
    m_ui->setupUi(this);
    const QColor error = OutcomeStyle::color(Outcome::NetworkError, palette());
    for (QLabel *label : {m_ui->warningText, m_ui->errorText}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, error);
        label->setPalette(p);
    }
    QFont bold = m_ui->warningText->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_ui->warningText->setFont(bold);
    m_ui->warningText->hide();
    m_ui->errorText->hide();
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &RegistrationDialog::refresh);
}

RegistrationDialog::~RegistrationDialog() = default;

void RegistrationDialog::refresh()
{
    if (isChecking())
        return;
    std::optional<CallRequest> request = m_requestSource();
    if (!request) {
        m_ui->errorText->setText(
            tr("Paste a valid token in the main window to read the registration."));
        m_ui->errorText->show();
        return;
    }
    delete m_check;
    m_check = new RegistrationCheck(m_client, *request, this);
    request->token.fill(QLatin1Char('\0'));
    connect(m_check, &RegistrationCheck::finished, this, &RegistrationDialog::showReport);
    m_ui->busyIndicator->show();
    m_ui->refreshButton->setEnabled(false);
    m_ui->warningText->hide();
    m_ui->errorText->hide();
    m_ui->webhookUrl->setText(tr("Reading…"));
    m_check->start();
}

void RegistrationDialog::showReport(const RegistrationCheck::Report &report)
{
    m_check->deleteLater(); // and the token with it
    m_ui->busyIndicator->hide();
    m_ui->refreshButton->setEnabled(true);
    const Registration &r = report.registration;
    const QString none = tr("(none)");
    m_ui->webhookUrl->setText(r.exists() ? r.webhookUrl : none);
    m_ui->events->setText(r.events.isEmpty() ? none : r.events.join(QStringLiteral(", ")));
    m_ui->lastModified->setText(r.lastModified.isEmpty() ? none : r.lastModified);
    m_ui->availableEvents->setText(report.availableEvents
            ? report.availableEvents->join(QStringLiteral(", "))
            : tr("(could not be read)"));
    m_ui->warningText->setText(report.warnings.join(QLatin1Char('\n')));
    m_ui->warningText->setVisible(!report.warnings.isEmpty());
    m_ui->errorText->setText(report.error);
    m_ui->errorText->setVisible(!report.error.isEmpty());
    emit checked(report);
}
