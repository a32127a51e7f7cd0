#include "DeliveryStatus.h"

QString DeliveryAttempt::summary() const
{
    return QString();
}

DeliveryStatus::State DeliveryStatus::state() const
{
    return State::Unknown;
}

bool DeliveryStatus::isFinal() const
{
    return false;
}

QString DeliveryStatus::lastResponse() const
{
    return QString();
}
