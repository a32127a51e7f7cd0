#pragma once

#include <QString>

// Names and version shared by both executables, so that the window and the CLI find the same
// history and settings locations.
namespace ProductInfo {

QString version();
// Sets the organization, application name and version on the running QCoreApplication.
void applyToApplication();

} // namespace ProductInfo
