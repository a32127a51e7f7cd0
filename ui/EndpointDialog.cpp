#include "EndpointDialog.h"
#include "ui_EndpointDialog.h"

#include "api/ApiClient.h"
#include "api/InputValidator.h"

#include <QPushButton>

EndpointDialog::EndpointDialog(const QUrl &current, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EndpointDialog>())
{
    m_ui->setupUi(this);
    m_ui->customError->setForegroundRole(QPalette::BrightText);
    const bool isGlobal = current.toString() == ApiClient::defaultBaseUrl();
    m_ui->globalRadio->setChecked(isGlobal);
    m_ui->customRadio->setChecked(!isGlobal);
    m_ui->customEdit->setText(isGlobal ? QString() : current.toString());
    connect(m_ui->customRadio, &QRadioButton::toggled, m_ui->customEdit, &QWidget::setEnabled);
    connect(m_ui->customRadio, &QRadioButton::toggled, this, &EndpointDialog::validate);
    connect(m_ui->customEdit, &QLineEdit::textChanged, this, &EndpointDialog::validate);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->customEdit->setEnabled(!isGlobal);
    validate();
}

EndpointDialog::~EndpointDialog() = default;

QUrl EndpointDialog::baseUrl() const
{
    return m_accepted;
}

void EndpointDialog::validate()
{
    QString error;
    if (m_ui->globalRadio->isChecked()) {
        m_accepted = QUrl(ApiClient::defaultBaseUrl());
    } else {
        const Validated<QUrl> url = InputValidator::baseUrl(m_ui->customEdit->text());
        error = url.error;
        m_accepted = url.value;
    }
    m_ui->customError->setText(error);
    m_ui->customError->setVisible(!error.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}
