#pragma once

#include <QString>

// Text from the network or a file is printed only after this: control characters (including
// ANSI escape sequences and C1 controls) become U+FFFD so a hostile server cannot drive the
// terminal, and very long values are cut.
namespace TerminalText {

QString sanitize(const QString &text, int maxLength = 2048);

} // namespace TerminalText
