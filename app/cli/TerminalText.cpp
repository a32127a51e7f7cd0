#include "TerminalText.h"

namespace TerminalText {

QString sanitize(const QString &text, int maxLength)
{
    QString result = text.left(maxLength);
    for (QChar &c : result) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == u'\t')
            c = QLatin1Char(' ');
        else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029)
            c = QChar(QChar::ReplacementCharacter);
    }
    if (text.size() > maxLength)
        result += QStringLiteral("…");
    return result;
}

} // namespace TerminalText
