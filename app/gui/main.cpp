#include "MainWindow.h"
#include "api/InputValidator.h"
#include "history/HistoryLocation.h"
#include "i18n/TranslationLoader.h"
#include "product/ProductInfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication application(argc, argv);
    ProductInfo::applyToApplication();
    // --lang wins over the language chosen in the window, which wins over the system's.
    QString language = TranslationLoader::savedLanguage();
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0)
            language = QString::fromLocal8Bit(argv[i + 1]);
    }
    TranslationLoader::install(application, language);
    QGuiApplication::setDesktopFileName(QStringLiteral("webhook-diag"));
    QIcon appIcon;
    for (int size : {16, 32, 64, 128, 256})
        appIcon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/webhook-diag.png").arg(size));
    QApplication::setWindowIcon(appIcon);
    QGuiApplication::setApplicationDisplayName(
        QCoreApplication::translate("main", "Webhook Diagnostics"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Send Partner Center webhook validation events and "
        "search the history of every call."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption historyOption(QStringLiteral("history"),
        QCoreApplication::translate("main", "History database to use (env WEBHOOK_DIAG_HISTORY)."),
        QStringLiteral("FILE"));
    const QCommandLineOption baseUrlOption(QStringLiteral("base-url"),
        QCoreApplication::translate(
            "main", "API base URL for this run (env WEBHOOK_DIAG_BASE_URL)."),
        QStringLiteral("URL"));
    // For the start-up benchmark: print the milliseconds until the window was shown, then quit.
    QCommandLineOption startupTimeOption(QStringLiteral("print-startup-time"));
    startupTimeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption languageOption(QStringLiteral("lang"),
        QCoreApplication::translate("main", "Language of the window, e.g. de, fr, ja or en."),
        QStringLiteral("CODE"));
    parser.addOptions({historyOption, baseUrlOption, languageOption, startupTimeOption});
    parser.process(application);

    const QString title = QCoreApplication::translate("main", "Webhook Diagnostics");
    std::optional<QUrl> baseUrl;
    QString baseUrlText = parser.value(baseUrlOption);
    if (baseUrlText.isEmpty())
        baseUrlText = qEnvironmentVariable("WEBHOOK_DIAG_BASE_URL");
    if (!baseUrlText.isEmpty()) {
        const Validated<QUrl> url = InputValidator::baseUrl(baseUrlText);
        if (!url.isValid()) {
            QMessageBox::critical(nullptr, title, url.error);
            return 1;
        }
        baseUrl = url.value;
    }

    // The history is opened on the history thread; a failure is explained by the window.
    MainWindow window(HistoryLocation::resolve(parser.value(historyOption)), baseUrl);
    window.show();
    if (parser.isSet(startupTimeOption)) {
        QTimer::singleShot(0, &window, [&] {
            std::printf("%lld\n", static_cast<long long>(startup.elapsed()));
            std::fflush(stdout);
            application.quit();
        });
    }
    return application.exec();
}
