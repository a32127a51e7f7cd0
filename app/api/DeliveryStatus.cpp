#include "DeliveryStatus.h"

QString DeliveryAttempt::summary() const
{
    // Endpoints answer with stack traces and HTML pages; one line is what fits in a summary,
    // for the code as much as for the message.
    const auto firstLine = [](const QString &text) {
        const QString trimmed = text.trimmed();
        for (qsizetype i = 0; i < trimmed.size(); ++i) {
            if (trimmed.at(i) == QLatin1Char('\n') || trimmed.at(i) == QLatin1Char('\r'))
                return trimmed.left(i).trimmed();
        }
        return trimmed;
    };
    const QString code = firstLine(responseCode);
    const QString message = firstLine(responseMessage);

    if (message.isEmpty())
        return code;
    if (code.isEmpty())
        return message;
    return code + QStringLiteral(": ") + message;
}

DeliveryStatus::State DeliveryStatus::state() const
{
    const QString text = status.trimmed();
    if (text.compare(QLatin1String("Submitted"), Qt::CaseInsensitive) == 0)
        return State::Delivering;
    if (text.compare(QLatin1String("completed"), Qt::CaseInsensitive) == 0)
        return State::Completed;
    if (text.compare(QLatin1String("failed"), Qt::CaseInsensitive) == 0)
        return State::Failed;
    return State::Unknown;
}

bool DeliveryStatus::isFinal() const
{
    const State current = state();
    return current == State::Completed || current == State::Failed;
}

QString DeliveryStatus::lastResponse() const
{
    return attempts.isEmpty() ? QString() : attempts.constLast().summary();
}
