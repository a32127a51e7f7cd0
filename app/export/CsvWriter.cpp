#include "CsvWriter.h"

#include <QIODevice>

#include <algorithm>

namespace {
constexpr qsizetype FlushThreshold = 256 * 1024;
}

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(FlushThreshold + 4096);
}

void CsvWriter::appendCell(QByteArray &out, QByteArrayView cell)
{
    // UTF-8 keeps every byte below 0x80 as that ASCII character, so checking bytes is exact.
    const bool neutralise = !cell.isEmpty()
        && (cell.front() == '=' || cell.front() == '+' || cell.front() == '-' || cell.front() == '@'
            || cell.front() == '\t' || cell.front() == '\r' || cell.front() == '\n');
    const bool needsQuotes = std::any_of(cell.begin(), cell.end(),
        [](char c) { return c == '"' || c == ',' || c == '\r' || c == '\n'; });
    if (needsQuotes)
        out.append('"');
    if (neutralise)
        out.append('\'');
    if (!needsQuotes) {
        out.append(cell);
        return;
    }
    // Copy in runs between quotes, doubling each quote.
    qsizetype start = 0;
    for (qsizetype quote = cell.indexOf('"'); quote >= 0; quote = cell.indexOf('"', start)) {
        out.append(cell.sliced(start, quote + 1 - start));
        out.append('"');
        start = quote + 1;
    }
    out.append(cell.sliced(start));
    out.append('"');
}

QString CsvWriter::encodeCell(const QString &cell)
{
    QByteArray out;
    appendCell(out, cell.toUtf8());
    return QString::fromUtf8(out);
}

bool CsvWriter::writeBom()
{
    m_buffer.append("\xEF\xBB\xBF");
    return true;
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer.append(',');
        appendCell(m_buffer, cells.at(i).toUtf8());
    }
    return endRow();
}

bool CsvWriter::writeRow(const QByteArrayView *cells, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            m_buffer.append(',');
        appendCell(m_buffer, cells[i]);
    }
    return endRow();
}

bool CsvWriter::endRow()
{
    m_buffer.append("\r\n");
    if (m_buffer.size() >= FlushThreshold)
        return flush();
    return true;
}

bool CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return true;
    const qint64 written = m_device->write(m_buffer);
    const bool ok = written == m_buffer.size();
    m_buffer.clear();
    return ok;
}
