#pragma once

#include <QString>

class QCoreApplication;

// Installs the product's translations (embedded under :/i18n) and Qt's own for the given
// language, or for the system locale when the language is empty.
namespace TranslationLoader {

void install(QCoreApplication &application, const QString &language = QString());

} // namespace TranslationLoader
