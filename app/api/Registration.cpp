#include "Registration.h"

bool Registration::exists() const
{
    return !webhookUrl.trimmed().isEmpty();
}

bool Registration::hasEvent(const QString &event) const
{
    return events.contains(event, Qt::CaseInsensitive);
}
