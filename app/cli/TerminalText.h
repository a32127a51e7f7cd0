#pragma once

#include <QString>

// Text from the network or a file is printed only after this: control characters (including
// ANSI escape sequences and C1 controls) become U+FFFD so a hostile server cannot drive the
// terminal, and very long values are cut.
namespace TerminalText {

QString sanitize(const QString &text, int maxLength = 2048);
// JSON for a terminal: terminal-driving characters inside strings become \uXXXX escapes.
QString escapeJson(const QString &json);
bool isUnsafe(char16_t u);

} // namespace TerminalText
