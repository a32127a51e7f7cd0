#include "PendingCall.h"

#include <QNetworkReply>
#include <QSslError>

#include "ResponseParser.h"

namespace {

constexpr int MaxHeaderValueLength = 1024;

QString headerText(const QByteArray &raw)
{
    return QString::fromLatin1(raw.left(MaxHeaderValueLength));
}

} // namespace

PendingCall::PendingCall(
    QNetworkReply *reply, CallRecord record, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_record(std::move(record))
    , m_timeout(timeout)
{
    m_elapsed.start();
    reply->setParent(this);

    // Qt's transfer timeout restarts on every byte; this deadline covers the whole call.
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] { abortWith(AbortReason::Timeout); });
    m_deadline.start(m_timeout);

    connect(reply, &QNetworkReply::readyRead, this, &PendingCall::readBody);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded and explained, never ignored: the handshake fails.
        for (const QSslError &error : errors)
            m_tlsErrors.append(error.errorString());
    });
    connect(reply, &QNetworkReply::finished, this, &PendingCall::complete);
}

PendingCall::~PendingCall()
{
    if (m_reply && !m_finished) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void PendingCall::cancel()
{
    abortWith(AbortReason::Cancelled);
}

void PendingCall::readBody()
{
    if (!m_reply)
        return;
    while (m_reply->bytesAvailable() > 0) {
        const qint64 room = MaxBodyBytes - m_body.size();
        if (room <= 0) {
            m_record.bodyTruncated = true;
            abortWith(AbortReason::BodyCap);
            return;
        }
        m_body += m_reply->read(room);
    }
}

void PendingCall::abortWith(AbortReason reason)
{
    if (m_finished || m_abortReason != AbortReason::None || !m_reply)
        return;
    m_abortReason = reason;
    m_reply->abort(); // emits finished(), which completes the record
}

void PendingCall::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    if (m_abortReason == AbortReason::None)
        readBody();
    m_record.durationMs = m_elapsed.elapsed();
    fillResponse();
    if (!m_secret.isEmpty()) {
        const QString removed = tr("[token removed]");
        const QString secret = QString::fromLatin1(m_secret);
        m_record.responseBody.replace(secret, removed);
        m_body.replace(m_secret, removed.toUtf8());
        for (QString &value : m_record.responseHeaders)
            value.replace(secret, removed);
        for (QString *text : {&m_record.errorDescription, &m_record.errorCode,
                 &m_record.networkError, &m_record.httpReason})
            text->replace(secret, removed);
        m_secret.fill('\0');
        m_secret.clear();
    }
    if (m_reply)
        m_reply->deleteLater();
    emit finished(m_record);
}

void PendingCall::fillResponse()
{
    CallRecord &r = m_record;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid() && status.toInt() > 0) {
        r.httpStatus = status.toInt();
        r.httpReason = headerText(
            m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
        for (const QString &name : recordedResponseHeaders()) {
            const QByteArray key = name.toLatin1();
            if (m_reply->hasRawHeader(key))
                r.responseHeaders.insert(name, headerText(m_reply->rawHeader(key)));
        }
    }
    r.responseBody = QString::fromUtf8(m_body);

    switch (m_abortReason) {
    case AbortReason::Cancelled:
        r.outcome = Outcome::Cancelled;
        r.networkError = tr("Cancelled before the call finished.");
        return;
    case AbortReason::Timeout:
        r.outcome = r.httpStatus ? outcomeForHttpStatus(*r.httpStatus) : Outcome::NetworkError;
        r.networkError = r.httpStatus
            ? tr("The response did not finish within %n second(s); the rest was not read.", "",
                int(m_timeout.count() / 1000))
            : tr("No response within %n second(s).", "", int(m_timeout.count() / 1000));
        break;
    case AbortReason::BodyCap:
    case AbortReason::None:
        if (r.httpStatus) {
            r.outcome = outcomeForHttpStatus(*r.httpStatus);
            const QNetworkReply::NetworkError error = m_reply->error();
            // Qt reports 4xx/5xx as errors of their own; only a broken transfer after the
            // status line (connection lost, malformed framing) is worth recording here.
            // Qt raises no error because of a 2xx or 3xx status: there, any error is real.
            const bool transportError = error != QNetworkReply::NoError
                && (error < QNetworkReply::ContentAccessDenied
                    || error == QNetworkReply::ProtocolFailure || *r.httpStatus < 400);
            if (m_abortReason == AbortReason::None
                && (transportError || r.outcome == Outcome::NetworkError))
                r.networkError = describeNetworkError();
        } else {
            r.outcome = Outcome::NetworkError;
            r.networkError = describeNetworkError();
        }
        break;
    }

    if (r.outcome == Outcome::Success && r.method == QLatin1String("POST")) {
        r.correlationId = ResponseParser::correlationId(m_body);
        if (r.correlationId.isEmpty() && r.networkError.isEmpty())
            r.errorDescription = tr("The response did not contain a correlationId.");
    } else if (r.outcome != Outcome::Success && r.httpStatus) {
        const ParsedError parsed = ResponseParser::error(m_body);
        r.errorCode = parsed.code;
        r.errorDescription = parsed.description;
    }
}

QString PendingCall::describeNetworkError() const
{
    const QNetworkReply::NetworkError error = m_reply->error();
    if (error == QNetworkReply::InsecureRedirectError
        || error == QNetworkReply::TooManyRedirectsError) {
        const QUrl target = m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        const QString location = target.isValid()
            ? target.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded).left(512)
            : headerText(m_reply->rawHeader("Location"));
        if (error == QNetworkReply::TooManyRedirectsError)
            return tr("Too many redirects; the last pointed to %1.").arg(location);
        return tr("The server redirected to another origin (%1); the redirect was not followed, "
                  "so the token was not sent there.")
            .arg(location);
    }
    if (!m_tlsErrors.isEmpty()) {
        return tr("The TLS connection was refused: %1. Check the system clock, the proxy and "
                  "the certificate store.")
            .arg(m_tlsErrors.join(QStringLiteral("; ")));
    }
    QString text = m_reply->errorString();
    if (text.isEmpty())
        text = tr("The connection failed without a response.");
    return text;
}
