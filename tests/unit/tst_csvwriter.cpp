#include "api/CallRecord.h"
#include "export/CsvWriter.h"
#include "export/HistoryCsvExporter.h"

#include <QBuffer>
#include <QDateTime>
#include <QTest>
#include <QTimeZone>

namespace {

const char Bom[] = "\xEF\xBB\xBF";

// A device that refuses every write.
class RefusingDevice final : public QIODevice
{
public:
    RefusingDevice() { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override { return -1; }
};

// A device that accepts only half of what it is given, like a full disk.
class ShortWriteDevice final : public QIODevice
{
public:
    ShortWriteDevice() { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override { return len / 2; }
};

enum class DeviceKind {
    ReadOnlyBuffer,
    ClosedBuffer,
    Refusing,
    ShortWrite,
};

bool isFormulaStart(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
        || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r')
        || c == QLatin1Char('\n');
}

struct ParsedCsv
{
    bool ok = true;
    QList<QStringList> rows;
};

// A strict RFC 4180 reader: fields separated by commas, every record ended by CRLF, quoted
// fields with doubled quotes; anything else is an error.
ParsedCsv parseCsv(const QString &text)
{
    ParsedCsv out;
    QStringList row;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto fail = [&out] {
        out.ok = false;
        return out;
    };
    while (i < n) {
        QString field;
        if (text.at(i) == QLatin1Char('"')) {
            ++i;
            for (;;) {
                if (i >= n)
                    return fail();
                const QChar c = text.at(i++);
                if (c != QLatin1Char('"')) {
                    field += c;
                } else if (i < n && text.at(i) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    break;
                }
            }
        } else {
            while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r')
                && text.at(i) != QLatin1Char('\n')) {
                if (text.at(i) == QLatin1Char('"'))
                    return fail();
                field += text.at(i++);
            }
        }
        row.append(field);
        if (i >= n)
            return fail(); // the last record lacks its CRLF
        if (text.at(i) == QLatin1Char(',')) {
            ++i;
            if (i >= n)
                return fail();
            continue;
        }
        if (text.at(i) == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
            i += 2;
            out.rows.append(row);
            row.clear();
            continue;
        }
        return fail(); // a bare CR or LF outside quotes
    }
    return out;
}

QStringList contractColumns()
{
    return {
        QStringLiteral("sent_at_utc"),
        QStringLiteral("api_version"),
        QStringLiteral("outcome"),
        QStringLiteral("http_status"),
        QStringLiteral("correlation_id"),
        QStringLiteral("ms_correlationid"),
        QStringLiteral("ms_requestid"),
        QStringLiteral("duration_ms"),
        QStringLiteral("error_code"),
        QStringLiteral("error_description"),
        QStringLiteral("error_body"),
    };
}

CallRecord sampleRecord()
{
    CallRecord r;
    r.id = 7;
    r.sentAtUtc = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    r.durationMs = 1234;
    r.baseUrl = QStringLiteral("https://api.partnercenter.microsoft.com");
    r.apiVersion = QStringLiteral("v1");
    r.method = QStringLiteral("POST");
    r.path = QStringLiteral("/webhooks/v1/registration/validationEvents");
    r.msCorrelationId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    r.msRequestId = QStringLiteral("66666666-7777-8888-9999-aaaaaaaaaaaa");
    return r;
}

} // namespace

Q_DECLARE_METATYPE(DeviceKind)

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void encodeCell_data();
    void encodeCell();

    void writesBomFirst();
    void writesExactBytes();
    void endsEveryRowWithCrlf_data();
    void endsEveryRowWithCrlf();
    void writesUtf8_data();
    void writesUtf8();
    void flushWithNothingBufferedSucceeds();
    void flushReportsRefusedWrites_data();
    void flushReportsRefusedWrites();
    void streamsLargeOutput();
    void writeRowReportsRefusedStreaming();
    void roundTrip();

    void headerStartsWithContractColumns();
    void headerEncodesAsPlainCells();
    void rowMatchesHeader_data();
    void rowMatchesHeader();
    void rowSentAtUtc_data();
    void rowSentAtUtc();
};

void TestCsvWriter::encodeCell_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("plain") << QStringLiteral("plain");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("a b");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote doubled")
        << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("lone quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
    QTest::newRow("CR inside") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("LF inside") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("CRLF inside") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("trailing LF") << QStringLiteral("a\n") << QStringLiteral("\"a\n\"");
    QTest::newRow("TAB inside") << QStringLiteral("a\tb") << QStringLiteral("a\tb");
    QTest::newRow("equals inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("apostrophe already") << QStringLiteral("'x") << QStringLiteral("'x");
    QTest::newRow("formula =") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("formula +") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("formula -") << QStringLiteral("-1") << QStringLiteral("'-1");
    QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("formula TAB") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("formula CR") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
    QTest::newRow("formula LF") << QStringLiteral("\nx") << QStringLiteral("\"'\nx\"");
    QTest::newRow("formula alone") << QStringLiteral("=") << QStringLiteral("'=");
    QTest::newRow("formula with comma") << QStringLiteral("=a,b") << QStringLiteral("\"'=a,b\"");
    QTest::newRow("formula with quotes")
        << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
        << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("formula with CRLF")
        << QStringLiteral("-a\r\nb") << QStringLiteral("\"'-a\r\nb\"");
    QTest::newRow("non-ASCII") << QString::fromUtf8("Gr\xc3\xbc\xc3\x9f"
                                                    "e \xe6\x97\xa5\xe6\x9c\xac")
                               << QString::fromUtf8("Gr\xc3\xbc\xc3\x9f"
                                                    "e \xe6\x97\xa5\xe6\x9c\xac");
}

void TestCsvWriter::encodeCell()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);

    QCOMPARE(CsvWriter::encodeCell(cell), expected);
}

void TestCsvWriter::writesBomFirst()
{
    QBuffer buffer;
    QCOMPARE(buffer.open(QIODevice::WriteOnly), true);
    CsvWriter writer(&buffer);
    QCOMPARE(writer.writeBom(), true);
    QCOMPARE(writer.writeRow({QStringLiteral("a")}), true);
    QCOMPARE(writer.flush(), true);

    QCOMPARE(buffer.data().left(3), QByteArray("\xEF\xBB\xBF"));
    QCOMPARE(buffer.data(),
        QByteArray("\xEF\xBB\xBF"
                   "a\r\n"));
}

void TestCsvWriter::writesExactBytes()
{
    QBuffer buffer;
    QCOMPARE(buffer.open(QIODevice::WriteOnly), true);
    CsvWriter writer(&buffer);
    QCOMPARE(writer.writeBom(), true);
    QCOMPARE(
        writer.writeRow({QStringLiteral("id"), QStringLiteral("note"), QStringLiteral("n")}), true);
    QCOMPARE(writer.writeRow(
                 {QStringLiteral("1"), QStringLiteral("a,\"b\"\r\nc"), QStringLiteral("=2")}),
        true);
    QCOMPARE(writer.flush(), true);

    QCOMPARE(buffer.data(),
        QByteArray("\xEF\xBB\xBF"
                   "id,note,n\r\n"
                   "1,\"a,\"\"b\"\"\r\nc\",'=2\r\n"));
}

void TestCsvWriter::endsEveryRowWithCrlf_data()
{
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("no rows") << QList<QStringList>() << QByteArray();
    QTest::newRow("one empty row") << QList<QStringList> {QStringList()} << QByteArray("\r\n");
    QTest::newRow("one empty cell")
        << QList<QStringList> {QStringList {QString()}} << QByteArray("\r\n");
    QTest::newRow("two empty cells")
        << QList<QStringList> {QStringList {QString(), QString()}} << QByteArray(",\r\n");
    QTest::newRow("three rows") << QList<QStringList> {{QStringLiteral("a")},
        {QStringLiteral("b"), QStringLiteral("c")}, {QStringLiteral("d")}}
                                << QByteArray("a\r\nb,c\r\nd\r\n");
    QTest::newRow("LF in a cell is not a row end") << QList<QStringList> {{QStringLiteral("x\ny")},
        {QStringLiteral("z")}} << QByteArray("\"x\ny\"\r\nz\r\n");
}

void TestCsvWriter::endsEveryRowWithCrlf()
{
    QFETCH(QList<QStringList>, rows);
    QFETCH(QByteArray, expected);

    QBuffer buffer;
    QCOMPARE(buffer.open(QIODevice::WriteOnly), true);
    CsvWriter writer(&buffer);
    for (const QStringList &row : std::as_const(rows))
        QCOMPARE(writer.writeRow(row), true);
    QCOMPARE(writer.flush(), true);
    QCOMPARE(buffer.data(), expected);
}

void TestCsvWriter::writesUtf8_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("German and Japanese") << QString::fromUtf8("Gr\xc3\xbc\xc3\x9f"
                                                              "e \xe6\x97\xa5\xe6\x9c\xac")
                                         << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                                       "e \xe6\x97\xa5\xe6\x9c\xac\r\n");
    QTest::newRow("emoji outside the BMP")
        << QString::fromUtf8("\xf0\x9f\x98\x80") << QByteArray("\xf0\x9f\x98\x80\r\n");
    QTest::newRow("quoted non-ASCII")
        << QString::fromUtf8("\xc3\xa9,\xc3\xa8") << QByteArray("\"\xc3\xa9,\xc3\xa8\"\r\n");
}

void TestCsvWriter::writesUtf8()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, expected);

    QBuffer buffer;
    QCOMPARE(buffer.open(QIODevice::WriteOnly), true);
    CsvWriter writer(&buffer);
    QCOMPARE(writer.writeRow({cell}), true);
    QCOMPARE(writer.flush(), true);
    QCOMPARE(buffer.data(), expected);
}

void TestCsvWriter::flushWithNothingBufferedSucceeds()
{
    QBuffer buffer;
    QCOMPARE(buffer.open(QIODevice::WriteOnly), true);
    CsvWriter writer(&buffer);
    QCOMPARE(writer.flush(), true);
    QCOMPARE(buffer.data(), QByteArray());
}

void TestCsvWriter::flushReportsRefusedWrites_data()
{
    QTest::addColumn<DeviceKind>("kind");

    QTest::newRow("read-only QBuffer") << DeviceKind::ReadOnlyBuffer;
    QTest::newRow("closed QBuffer") << DeviceKind::ClosedBuffer;
    QTest::newRow("writeData returns -1") << DeviceKind::Refusing;
    QTest::newRow("short write") << DeviceKind::ShortWrite;
}

void TestCsvWriter::flushReportsRefusedWrites()
{
    QFETCH(DeviceKind, kind);

    QByteArray backing("existing");
    QBuffer buffer(&backing);
    RefusingDevice refusing;
    ShortWriteDevice shortWrite;
    QIODevice *device = nullptr;
    switch (kind) {
    case DeviceKind::ReadOnlyBuffer:
        QCOMPARE(buffer.open(QIODevice::ReadOnly), true);
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        device = &buffer;
        break;
    case DeviceKind::ClosedBuffer:
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
        device = &buffer;
        break;
    case DeviceKind::Refusing:
        device = &refusing;
        break;
    case DeviceKind::ShortWrite:
        device = &shortWrite;
        break;
    }

    CsvWriter writer(device);
    QCOMPARE(writer.writeBom(), true);
    QCOMPARE(writer.writeRow({QStringLiteral("a"), QStringLiteral("b")}), true);
    QCOMPARE(writer.flush(), false);
    QCOMPARE(backing, QByteArray("existing"));
}

void TestCsvWriter::streamsLargeOutput()
{
    // More than the writer's internal buffer: the rows reach the device before flush().
    const QString big(300 * 1024, QLatin1Char('a'));
    QBuffer buffer;
    QCOMPARE(buffer.open(QIODevice::WriteOnly), true);
    CsvWriter writer(&buffer);
    QCOMPARE(writer.writeRow({big}), true);
    QCOMPARE(buffer.data(), QByteArray(big.toLatin1() + "\r\n"));
    QCOMPARE(writer.writeRow({QStringLiteral("tail")}), true);
    QCOMPARE(writer.flush(), true);
    QCOMPARE(buffer.data(), QByteArray(big.toLatin1() + "\r\ntail\r\n"));
}

void TestCsvWriter::writeRowReportsRefusedStreaming()
{
    RefusingDevice device;
    CsvWriter writer(&device);
    QCOMPARE(writer.writeRow({QString(300 * 1024, QLatin1Char('a'))}), false);
}

void TestCsvWriter::roundTrip()
{
    const QList<QStringList> rows {
        HistoryCsvExporter::header(),
        {QStringLiteral("plain"), QString(), QStringLiteral("a,b"), QStringLiteral("\"")},
        {QStringLiteral("say \"hi\", then\r\nleave"), QStringLiteral("\r\n"), QStringLiteral("\n"),
            QStringLiteral("\r")},
        {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("+1"), QStringLiteral("-2"),
            QStringLiteral("@SUM(A1:A2)")},
        {QStringLiteral("\t=1"), QStringLiteral("\r=1"), QStringLiteral("\n=1"),
            QStringLiteral("=\"a\",\"b\"")},
        {QString::fromUtf8("Gr\xc3\xbc\xc3\x9f"
                           "e \xe6\x97\xa5\xe6\x9c\xac"),
            QString::fromUtf8("\xf0\x9f\x98\x80"), QStringLiteral("'quoted'"),
            QStringLiteral(",,,")},
        {QStringLiteral("\"\"\"\""), QStringLiteral("a\"\"b"), QStringLiteral(" lead"),
            QStringLiteral("trail ")},
    };

    QBuffer buffer;
    QCOMPARE(buffer.open(QIODevice::WriteOnly), true);
    CsvWriter writer(&buffer);
    QCOMPARE(writer.writeBom(), true);
    for (const QStringList &row : rows)
        QCOMPARE(writer.writeRow(row), true);
    QCOMPARE(writer.flush(), true);

    const QByteArray bytes = buffer.data();
    QCOMPARE(bytes.left(3), QByteArray(Bom));
    const ParsedCsv parsed = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(parsed.ok, true);
    QCOMPARE(parsed.rows.size(), rows.size());

    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList &original = rows.at(r);
        const QStringList &read = parsed.rows.at(r);
        QCOMPARE(read.size(), original.size());
        for (qsizetype c = 0; c < original.size(); ++c) {
            QString cell = read.at(c);
            if (isFormulaStart(original.at(c))) {
                QCOMPARE(cell.left(1), QStringLiteral("'"));
                cell.remove(0, 1);
            }
            QCOMPARE(cell, original.at(c));
        }
    }
}

void TestCsvWriter::headerStartsWithContractColumns()
{
    const QStringList &header = HistoryCsvExporter::header();
    QCOMPARE(header.mid(0, 11), contractColumns());
    QCOMPARE(header.mid(0, 11).join(QLatin1Char(',')),
        QStringLiteral("sent_at_utc,api_version,outcome,http_status,correlation_id,"
                       "ms_correlationid,ms_requestid,duration_ms,error_code,error_description,"
                       "error_body"));
    QStringList unique = header;
    QCOMPARE(unique.removeDuplicates(), qsizetype(0));
}

void TestCsvWriter::headerEncodesAsPlainCells()
{
    QBuffer buffer;
    QCOMPARE(buffer.open(QIODevice::WriteOnly), true);
    CsvWriter writer(&buffer);
    QCOMPARE(writer.writeRow(HistoryCsvExporter::header()), true);
    QCOMPARE(writer.flush(), true);
    QCOMPARE(buffer.data(),
        QByteArray(HistoryCsvExporter::header().join(QLatin1Char(',')).toUtf8() + "\r\n"));
    QCOMPARE(buffer.data().startsWith("sent_at_utc,api_version,outcome,http_status,correlation_id,"
                                      "ms_correlationid,ms_requestid,duration_ms,error_code,"
                                      "error_description,error_body"),
        true);
}

void TestCsvWriter::rowMatchesHeader_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("httpStatus"); // -1: no response
    QTest::addColumn<QString>("correlationId");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("errorDescription");
    QTest::addColumn<QString>("responseBody");
    QTest::addColumn<QStringList>("expectedContractCells");

    const QString sent = QStringLiteral("2026-01-02T03:04:05.678Z");
    const QString msCorrelationId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    const QString msRequestId = QStringLiteral("66666666-7777-8888-9999-aaaaaaaaaaaa");
    const QString guid = QStringLiteral("04af2aea-d413-42db-824e-f328001484d1");

    const QString successBody = QStringLiteral("{\"correlationId\":\"%1\"}").arg(guid);
    QTest::newRow("success: error_body empty")
        << int(Outcome::Success) << 200 << guid << QString() << QString() << successBody
        << QStringList {sent, QStringLiteral("v1"), QStringLiteral("success"),
               QStringLiteral("200"), guid, msCorrelationId, msRequestId, QStringLiteral("1234"),
               QString(), QString(), QString()};

    const QString errorBody = QStringLiteral(
        "{\"code\":\"600008\",\"description\":\"Invalid input\",\"source\":\"PartnerCenter\"}");
    QTest::newRow("client error: error_body is the response body")
        << int(Outcome::ClientError) << 400 << QString() << QStringLiteral("600008")
        << QStringLiteral("Invalid input") << errorBody
        << QStringList {sent, QStringLiteral("v1"), QStringLiteral("client-error"),
               QStringLiteral("400"), QString(), msCorrelationId, msRequestId,
               QStringLiteral("1234"), QStringLiteral("600008"), QStringLiteral("Invalid input"),
               errorBody};

    const QString throttled
        = QStringLiteral("{\"statusCode\":429,\"message\":\"Rate limit is exceeded\"}");
    QTest::newRow("throttled") << int(Outcome::ClientError) << 429 << QString() << QString()
                               << QStringLiteral("Rate limit is exceeded") << throttled
                               << QStringList {sent, QStringLiteral("v1"),
                                      QStringLiteral("client-error"), QStringLiteral("429"),
                                      QString(), msCorrelationId, msRequestId,
                                      QStringLiteral("1234"), QString(),
                                      QStringLiteral("Rate limit is exceeded"), throttled};

    const QString html = QStringLiteral("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("server error with HTML body")
        << int(Outcome::ServerError) << 502 << QString() << QString() << QString() << html
        << QStringList {sent, QStringLiteral("v1"), QStringLiteral("server-error"),
               QStringLiteral("502"), QString(), msCorrelationId, msRequestId,
               QStringLiteral("1234"), QString(), QString(), html};

    QTest::newRow("network error: http_status empty")
        << int(Outcome::NetworkError) << -1 << QString() << QString() << QString() << QString()
        << QStringList {sent, QStringLiteral("v1"), QStringLiteral("network-error"), QString(),
               QString(), msCorrelationId, msRequestId, QStringLiteral("1234"), QString(),
               QString(), QString()};

    QTest::newRow("cancelled: http_status empty")
        << int(Outcome::Cancelled) << -1 << QString() << QString() << QString() << QString()
        << QStringList {sent, QStringLiteral("v1"), QStringLiteral("cancelled"), QString(),
               QString(), msCorrelationId, msRequestId, QStringLiteral("1234"), QString(),
               QString(), QString()};
}

void TestCsvWriter::rowMatchesHeader()
{
    QFETCH(int, outcome);
    QFETCH(int, httpStatus);
    QFETCH(QString, correlationId);
    QFETCH(QString, errorCode);
    QFETCH(QString, errorDescription);
    QFETCH(QString, responseBody);
    QFETCH(QStringList, expectedContractCells);

    CallRecord record = sampleRecord();
    record.outcome = Outcome(outcome);
    if (httpStatus >= 0)
        record.httpStatus = httpStatus;
    record.correlationId = correlationId;
    record.errorCode = errorCode;
    record.errorDescription = errorDescription;
    record.responseBody = responseBody;

    const QStringList row = HistoryCsvExporter::row(record);
    QCOMPARE(row.size(), HistoryCsvExporter::header().size());
    QCOMPARE(row.mid(0, 11), expectedContractCells);
    QCOMPARE(row.at(3).isEmpty(), httpStatus < 0);
}

void TestCsvWriter::rowSentAtUtc_data()
{
    QTest::addColumn<QDateTime>("sentAt");
    QTest::addColumn<QString>("expected");

    QTest::newRow("UTC with milliseconds") << QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678),
        Qt::UTC) << QStringLiteral("2026-01-02T03:04:05.678Z");
    QTest::newRow("zero milliseconds kept") << QDateTime(QDate(2026, 12, 4), QTime(10, 0, 0, 0),
        Qt::UTC) << QStringLiteral("2026-12-04T10:00:00.000Z");
    QTest::newRow("offset converted to UTC") << QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678),
        QTimeZone(3600)) << QStringLiteral("2026-01-02T02:04:05.678Z");
    QTest::newRow("offset crossing midnight and year") << QDateTime(QDate(2026, 1, 1),
        QTime(0, 30, 0, 1), QTimeZone(7200)) << QStringLiteral("2025-12-31T22:30:00.001Z");
    QTest::newRow("negative offset") << QDateTime(QDate(2026, 6, 30), QTime(23, 59, 59, 999),
        QTimeZone(-5 * 3600)) << QStringLiteral("2026-07-01T04:59:59.999Z");
}

void TestCsvWriter::rowSentAtUtc()
{
    QFETCH(QDateTime, sentAt);
    QFETCH(QString, expected);

    CallRecord record = sampleRecord();
    record.sentAtUtc = sentAt;
    QCOMPARE(HistoryCsvExporter::row(record).at(0), expected);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
