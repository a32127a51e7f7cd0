#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A scripted stand-in for Partner Center on 127.0.0.1 (port 0): it answers each request with
// the next queued response (or 200 with a fixed correlationId when the queue is empty) and
// records every raw request byte for assertions.
class FakePartnerCenter : public QObject
{
    Q_OBJECT

public:
    struct Response
    {
        enum class Kind {
            Full, // send head + body at once
            Silent, // read the request, never answer
            Drop, // read the request, close the connection without a byte
            Trickle, // send head + body one byte per trickleIntervalMs
            EndlessBody, // send head, then generatedBodyBytes of 'x' as fast as the client reads
        };
        Kind kind = Kind::Full;
        QByteArray head; // status line and headers, without the blank line
        QByteArray body;
        int trickleIntervalMs = 200;
        qint64 generatedBodyBytes = 0;
    };

    static constexpr const char *DefaultCorrelationId = "04af2aea-d413-42db-824e-f328001484d1";

    explicit FakePartnerCenter(QObject *parent = nullptr);
    ~FakePartnerCenter() override;

    bool listen();
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>

    void enqueue(const Response &response);
    // Queues a response for requests whose path ends with pathSuffix (e.g. "/registration");
    // these are served before the general queue, so concurrent GETs get the right answers.
    void route(const QByteArray &pathSuffix, const Response &response);

    // Ready-made responses.
    static Response json(int status, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &headers = {},
        const QByteArray &contentType = "application/json; charset=utf-8");
    static Response text(int status, const QByteArray &body, const QByteArray &contentType,
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static Response silent();
    static Response drop();
    static Response trickle(int status, const QByteArray &body, int intervalMs);
    static Response endless(qint64 bytes);

    // Raw requests (head and body) in arrival order.
    QList<QByteArray> requests() const { return m_requests; }
    int connectionCount() const { return m_connections; }
    // The value of a header in request i, or a null QByteArray when absent.
    QByteArray header(int request, const QByteArray &name) const;
    // Request line of request i, e.g. "POST /webhooks/v1/... HTTP/1.1".
    QByteArray requestLine(int request) const;

signals:
    void requestReceived(int index);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Response &response);

    QTcpServer m_server;
    QList<Response> m_queue;
    QList<QPair<QByteArray, QList<Response>>> m_routes;
    QList<QByteArray> m_requests;
    int m_connections = 0;
};
