#include "DeliveryStatus.h"

QString DeliveryAttempt::summary() const
{
    const QString code = responseCode.trimmed();
    // Endpoints answer with stack traces and HTML pages; one line is what fits in a summary.
    QString message = responseMessage.trimmed();
    for (qsizetype i = 0; i < message.size(); ++i) {
        if (message.at(i) == QLatin1Char('\n') || message.at(i) == QLatin1Char('\r')) {
            message = message.left(i).trimmed();
            break;
        }
    }

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
