#pragma once

#include <QList>
#include <QString>

#include <optional>

// How a call ended, in the vocabulary shared by the history, the filters, the CLI and the CSV.
enum class Outcome {
    Success,
    ClientError,
    ServerError,
    NetworkError,
    Cancelled,
    Pending, // written before the request leaves; replaced by the result
    Interrupted, // was pending when its program died: no result will come
};

// Every outcome, in the order filters list them.
const QList<Outcome> &allOutcomes();

// The stable machine name ("success", "client-error", ...); never translated.
QString outcomeName(Outcome outcome);
// Parses a machine name; std::nullopt for anything else.
std::optional<Outcome> outcomeFromName(const QString &name);
// The outcome an HTTP status maps to (2xx success, 4xx client, 5xx server, else network).
Outcome outcomeForHttpStatus(int status);
