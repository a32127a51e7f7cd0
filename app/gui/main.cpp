#include "MainWindow.h"
#include "api/ApiClient.h"
#include "api/InputValidator.h"
#include "history/HistoryLocation.h"
#include "history/HistoryStore.h"
#include "i18n/TranslationLoader.h"
#include "product/ProductInfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    ProductInfo::applyToApplication();
    QGuiApplication::setApplicationDisplayName(QObject::tr("Webhook Diagnostics"));
    TranslationLoader::install(application);

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Diagnose Microsoft Partner Center webhooks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption historyOption(
        QStringLiteral("history"), QObject::tr("History database to use."), QStringLiteral("FILE"));
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"), QObject::tr("API base URL."), QStringLiteral("URL"));
    parser.addOptions({historyOption, baseUrlOption});
    parser.process(application);

    QString baseUrlText = parser.value(baseUrlOption);
    if (baseUrlText.isEmpty())
        baseUrlText = qEnvironmentVariable("WEBHOOK_DIAG_BASE_URL");
    if (baseUrlText.isEmpty())
        baseUrlText = ApiClient::defaultBaseUrl();
    const Validated<QUrl> baseUrl = InputValidator::baseUrl(baseUrlText);
    if (!baseUrl.isValid()) {
        QMessageBox::critical(nullptr, QObject::tr("Webhook Diagnostics"), baseUrl.error);
        return 1;
    }

    HistoryStore store;
    if (!store.open(HistoryLocation::resolve(parser.value(historyOption)))) {
        QMessageBox::critical(nullptr, QObject::tr("Webhook Diagnostics"), store.lastError());
        return 1;
    }

    MainWindow window(store, baseUrl.value);
    window.show();
    return application.exec();
}
