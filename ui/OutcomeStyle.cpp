#include "OutcomeStyle.h"

namespace OutcomeStyle {

QIcon icon(Outcome outcome)
{
    // Own icons (resources/icons): a white outline keeps them readable on dark palettes.
    const QString name = outcomeName(outcome);
    QIcon icon;
    for (int size : {16, 32, 64})
        icon.addFile(
            QStringLiteral(":/icons/outcome-%1-%2.png").arg(name).arg(size), QSize(size, size));
    return icon;
}

QColor color(Outcome outcome, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (outcome) {
    case Outcome::Success:
        return dark ? QColor(0x7e, 0xe0, 0x8f) : QColor(0x1a, 0x7f, 0x37);
    case Outcome::ClientError:
        return dark ? QColor(0xff, 0xc1, 0x6b) : QColor(0x9a, 0x5b, 0x00);
    case Outcome::ServerError:
    case Outcome::NetworkError:
    case Outcome::Interrupted:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case Outcome::Cancelled:
        return palette.color(QPalette::PlaceholderText);
    case Outcome::Pending:
        return dark ? QColor(0x8c, 0xb8, 0xff) : QColor(0x1f, 0x5f, 0xb0);
    }
    return palette.color(QPalette::WindowText);
}

} // namespace OutcomeStyle
