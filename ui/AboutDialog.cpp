#include "AboutDialog.h"
#include "ui_AboutDialog.h"

#include "product/ProductInfo.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

AboutDialog::AboutDialog(const QString &historyPath, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->titleLabel->setText(tr("Webhook Diagnostics"));
    m_ui->versionLabel->setText(tr("Version %1 (Qt %2; built with Qt %3)")
                                    .arg(ProductInfo::version(), QString::fromLatin1(qVersion()),
                                        QStringLiteral(QT_VERSION_STR)));
    m_ui->licenceLabel->setText(tr("Released under the MIT licence. Send Partner Center webhook "
                                   "validation events and keep every call."));
    const QString folder = QFileInfo(historyPath).absolutePath();
    m_ui->historyLabel->setText(tr("History: %1").arg(QDir::toNativeSeparators(historyPath)));
    connect(m_ui->openFolderButton, &QPushButton::clicked, this,
        [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;
