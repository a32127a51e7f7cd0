#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace TranslationLoader {

void install(QCoreApplication &application, const QString &language)
{
    QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    // The C/POSIX locale of a bare terminal or CI still reads English (with English plurals).
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);

    auto *product = new QTranslator(&application);
    if (product->load(
            locale, QStringLiteral("webhook-diag"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(product);
    else
        delete product;

    auto *qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("ja")};
}

QString savedLanguage()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void saveLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

} // namespace TranslationLoader
