#include "Outcome.h"

const QList<Outcome> &allOutcomes()
{
    static const QList<Outcome> outcomes {Outcome::Success, Outcome::ClientError,
        Outcome::ServerError, Outcome::NetworkError, Outcome::Cancelled, Outcome::Pending,
        Outcome::Interrupted};
    return outcomes;
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return QStringLiteral("success");
    case Outcome::ClientError:
        return QStringLiteral("client-error");
    case Outcome::ServerError:
        return QStringLiteral("server-error");
    case Outcome::NetworkError:
        return QStringLiteral("network-error");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Pending:
        return QStringLiteral("pending");
    case Outcome::Interrupted:
        return QStringLiteral("interrupted");
    }
    return QStringLiteral("network-error");
}

std::optional<Outcome> outcomeFromName(const QString &name)
{
    for (Outcome o : allOutcomes()) {
        if (outcomeName(o) == name)
            return o;
    }
    return std::nullopt;
}

Outcome outcomeForHttpStatus(int status)
{
    if (status >= 200 && status < 300)
        return Outcome::Success;
    if (status >= 400 && status < 500)
        return Outcome::ClientError;
    if (status >= 500 && status < 600)
        return Outcome::ServerError;
    // 1xx and unfollowed 3xx leave the caller without an answer to the request.
    return Outcome::NetworkError;
}
