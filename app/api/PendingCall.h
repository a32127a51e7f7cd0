#pragma once

#include "CallRecord.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>

class QNetworkReply;

// One call in flight. Owns the reply's lifetime, enforces the total deadline and the body cap,
// and turns whatever happened into a CallRecord. Emits finished() exactly once.
class PendingCall : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingCall)

public:
    // Response bodies beyond this many bytes are discarded and the record is marked truncated.
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;

    PendingCall(QNetworkReply *reply, CallRecord record, std::chrono::milliseconds timeout,
        QObject *parent = nullptr);
    ~PendingCall() override;

    bool isFinished() const { return m_finished; }
    // A server that echoes the request (a misconfigured proxy, a wrong base URL) would hand the
    // token back in the body or a header: every occurrence is replaced before it is recorded.
    void setSecret(const QString &secret) { m_secret = secret.toLatin1(); }
    // The record so far; complete once finished() has been emitted.
    const CallRecord &record() const { return m_record; }
    // The response body as received (at most MaxBodyBytes), for answers other than a POST's.
    const QByteArray &body() const { return m_body; }

public slots:
    // Stops the call; it finishes with Outcome::Cancelled. Does nothing once finished.
    void cancel();

signals:
    void finished(const CallRecord &record);

private:
    enum class AbortReason { None, Timeout, Cancelled, BodyCap };

    void readBody();
    void abortWith(AbortReason reason);
    void complete();
    void fillResponse();
    QString describeNetworkError() const;

    QPointer<QNetworkReply> m_reply;
    CallRecord m_record;
    std::chrono::milliseconds m_timeout;
    QByteArray m_body;
    QByteArray m_secret;
    QStringList m_tlsErrors;
    QElapsedTimer m_elapsed;
    QTimer m_deadline;
    AbortReason m_abortReason = AbortReason::None;
    bool m_finished = false;
};
