#include "TerminalText.h"

namespace TerminalText {

bool isUnsafe(char16_t u)
{
    // C0/C1 controls and DEL drive terminals; line separators and bidi overrides can make
    // printed text read differently from what it is.
    return u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029
        || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
}

QString escapeJson(const QString &json)
{
    // QJsonDocument escapes controls below 0x20 (the rest there is layout); DEL, C1 and the
    // others only occur inside strings,
    // where a \uXXXX escape means the same to a parser and nothing to a terminal.
    QString result;
    result.reserve(json.size());
    for (const QChar c : json) {
        if (c.unicode() >= 0x7f && isUnsafe(c.unicode()))
            result += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            result += c;
    }
    return result;
}

QString sanitize(const QString &text, int maxLength)
{
    QString result = text.left(maxLength);
    for (QChar &c : result) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == u'\t')
            c = QLatin1Char(' ');
        else if (isUnsafe(u))
            c = QChar(QChar::ReplacementCharacter);
    }
    if (text.size() > maxLength)
        result += QStringLiteral("…");
    return result;
}

} // namespace TerminalText
