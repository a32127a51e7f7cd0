#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Installs the product's translations (embedded under :/i18n) and Qt's own for the given
// language, or for the system locale when the language is empty.
namespace TranslationLoader {

void install(QCoreApplication &application, const QString &language = QString());
// The languages the product speaks, as codes ("en", "de", "fr", "ja").
QStringList languages();
// The language chosen in the window (empty: follow the system), kept in the settings.
QString savedLanguage();
void saveLanguage(const QString &code);

} // namespace TranslationLoader
