#include "TicketText.h"

#include <QStringList>

namespace {

// Values partly come from the server; a line break inside one would let it forge a line of
// its own (say a second "MS-RequestId:") in the ticket, so every control character and every
// Unicode line separator becomes a space.
QString oneLine(const QString &value)
{
    QString text = value;
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029)
            c = QLatin1Char(' ');
    }
    return text;
}

} // namespace

QString TicketText::forCall(const CallRecord &record)
{
    const QString outcome = outcomeName(record.outcome);
    QString result;
    if (record.httpStatus) {
        const QString status = QString::number(*record.httpStatus);
        const QString reason = oneLine(record.httpReason).trimmed();
        if (reason.isEmpty()) {
            //: %1 is the HTTP status code; %2 the outcome's machine name, e.g. client-error.
            result = tr("Result: HTTP %1 (%2)").arg(status, outcome);
        } else {
            //: %1 is the HTTP status code, %2 its reason phrase (e.g. Unauthorized), %3 the
            //: outcome's machine name, e.g. client-error.
            result = tr("Result: HTTP %1 %2 (%3)").arg(status, reason, outcome);
        }
    } else {
        //: %1 is the outcome's machine name, e.g. network-error.
        result = tr("Result: no HTTP response (%1)").arg(outcome);
    }

    QStringList lines {
        tr("Partner Center webhook validation event"),
        tr("Time (UTC): %1").arg(record.sentAtIso()),
        tr("Endpoint: %1").arg(oneLine(record.baseUrl)),
        tr("API version: %1").arg(oneLine(record.apiVersion)),
        result,
        record.correlationId.isEmpty() ? tr("correlationId: none")
                                       : tr("correlationId: %1").arg(oneLine(record.correlationId)),
        tr("MS-CorrelationId: %1").arg(oneLine(record.msCorrelationId)),
        tr("MS-RequestId: %1").arg(oneLine(record.msRequestId)),
    };
    if (!record.errorCode.isEmpty())
        lines << tr("Error code: %1").arg(oneLine(record.errorCode));
    if (!record.errorDescription.isEmpty())
        lines << tr("Error description: %1").arg(oneLine(record.errorDescription));
    if (!record.networkError.isEmpty())
        lines << tr("Network error: %1").arg(oneLine(record.networkError));
    return lines.join(QLatin1Char('\n'));
}
