#pragma once

#include <QString>
#include <QStringList>

// The partner's webhook registration as GET /registration returns it (read-only use).
struct Registration
{
    bool parsed = false; // false when the body was not a registration object
    QString subscriberId;
    QString webhookUrl;
    QStringList events; // webhookEvents, as the server wrote them
    QString lastModified; // lastModifiedTimestamp, as the server wrote it
    bool signatureInMsSignatureHeader = false; // signatureTokenToMsSignatureHeader

    // Whether a webhook URL is registered at all.
    bool exists() const;
    // Case-insensitive membership, e.g. hasEvent("test-created").
    bool hasEvent(const QString &event) const;
};
