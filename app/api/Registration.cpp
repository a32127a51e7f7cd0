#include "Registration.h"

bool Registration::exists() const
{
    return false;
}

bool Registration::hasEvent(const QString &event) const
{
    Q_UNUSED(event)
    return false;
}
