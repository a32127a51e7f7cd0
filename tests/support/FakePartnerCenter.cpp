#include "FakePartnerCenter.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray headFor(int status, const QByteArray &contentType, qint64 length,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    for (const auto &h : headers)
        head += h.first + ": " + h.second + "\r\n";
    return head;
}

} // namespace

FakePartnerCenter::FakePartnerCenter(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakePartnerCenter::onNewConnection);
}

FakePartnerCenter::~FakePartnerCenter() = default;

bool FakePartnerCenter::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 FakePartnerCenter::port() const
{
    return m_server.serverPort();
}

QUrl FakePartnerCenter::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FakePartnerCenter::route(const QByteArray &pathSuffix, const Response &response)
{
    for (auto &entry : m_routes) {
        if (entry.first == pathSuffix) {
            entry.second.append(response);
            return;
        }
    }
    m_routes.append({pathSuffix, QList<Response> {response}});
}

void FakePartnerCenter::enqueue(const Response &response)
{
    m_queue.append(response);
}

FakePartnerCenter::Response FakePartnerCenter::json(int status, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &contentType)
{
    return text(status, body, contentType, headers);
}

FakePartnerCenter::Response FakePartnerCenter::text(int status, const QByteArray &body,
    const QByteArray &contentType, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    Response r;
    r.head = headFor(status, contentType, body.size(), headers);
    r.body = body;
    return r;
}

FakePartnerCenter::Response FakePartnerCenter::silent()
{
    Response r;
    r.kind = Response::Kind::Silent;
    return r;
}

FakePartnerCenter::Response FakePartnerCenter::drop()
{
    Response r;
    r.kind = Response::Kind::Drop;
    return r;
}

FakePartnerCenter::Response FakePartnerCenter::trickle(
    int status, const QByteArray &body, int intervalMs)
{
    Response r = text(status, body, "application/json");
    r.kind = Response::Kind::Trickle;
    r.trickleIntervalMs = intervalMs;
    return r;
}

FakePartnerCenter::Response FakePartnerCenter::endless(qint64 bytes)
{
    Response r;
    r.kind = Response::Kind::EndlessBody;
    r.head = headFor(500, "text/plain", bytes, {});
    r.generatedBodyBytes = bytes;
    return r;
}

QByteArray FakePartnerCenter::requestLine(int request) const
{
    const QByteArray raw = m_requests.value(request);
    return raw.left(raw.indexOf("\r\n"));
}

QByteArray FakePartnerCenter::header(int request, const QByteArray &name) const
{
    const QByteArray raw = m_requests.value(request);
    const QByteArray head = raw.left(raw.indexOf("\r\n\r\n"));
    const QList<QByteArray> lines = head.split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return QByteArray();
}

void FakePartnerCenter::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        socket->setProperty("buffer", QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FakePartnerCenter::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        qint64 length = 0;
        const QByteArray head = buffer.left(end);
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        const qint64 total = end + 4 + length;
        if (buffer.size() < total)
            break;
        const QByteArray request = buffer.left(total);
        buffer.remove(0, total);
        m_requests.append(request);
        const QByteArray line = request.left(request.indexOf("\r\n"));
        const QByteArray target = line.split(' ').value(1);
        const QByteArray path
            = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
        QList<Response> *queue = &m_queue;
        for (auto it = m_routes.begin(); it != m_routes.end(); ++it) {
            if (path.endsWith(it->first) && !it->second.isEmpty()) {
                queue = &it->second;
                break;
            }
        }
        const Response response = queue->isEmpty()
            ? json(200, QByteArray("{\"correlationId\":\"") + DefaultCorrelationId + "\"}")
            : queue->takeFirst();
        emit requestReceived(int(m_requests.size() - 1));
        respond(socket, response);
    }
    socket->setProperty("buffer", buffer);
}

void FakePartnerCenter::respond(QTcpSocket *socket, const Response &response)
{
    switch (response.kind) {
    case Response::Kind::Full:
        socket->write(response.head + "\r\n" + response.body);
        return;
    case Response::Kind::Silent:
        return;
    case Response::Kind::Drop:
        socket->disconnectFromHost();
        return;
    case Response::Kind::Trickle: {
        auto bytes = std::make_shared<QByteArray>(response.head + "\r\n" + response.body);
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [socket, timer, bytes] {
            if (bytes->isEmpty() || socket->state() != QAbstractSocket::ConnectedState) {
                timer->stop();
                return;
            }
            socket->write(bytes->left(1));
            bytes->remove(0, 1);
        });
        timer->start(response.trickleIntervalMs);
        return;
    }
    case Response::Kind::EndlessBody: {
        auto remaining = std::make_shared<qint64>(response.generatedBodyBytes);
        socket->write(response.head + "\r\n");
        const QByteArray chunk(64 * 1024, 'x');
        auto pump = [socket, remaining, chunk] {
            // Keep at most a few chunks queued so the server's own memory stays flat.
            while (*remaining > 0 && socket->bytesToWrite() < 4 * chunk.size()
                && socket->state() == QAbstractSocket::ConnectedState) {
                const qint64 n = qMin<qint64>(*remaining, chunk.size());
                socket->write(chunk.constData(), n);
                *remaining -= n;
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
        return;
    }
    }
}
