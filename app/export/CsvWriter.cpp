#include "CsvWriter.h"

#include <QIODevice>

namespace {
constexpr qsizetype FlushThreshold = 256 * 1024;
}

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(FlushThreshold + 4096);
}

QString CsvWriter::encodeCell(const QString &cell)
{
    QString text = cell;
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')
            || first == QLatin1Char('\n'))
            text.prepend(QLatin1Char('\''));
    }
    const bool needsQuotes = text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(','))
        || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
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
        m_buffer.append(encodeCell(cells.at(i)).toUtf8());
    }
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
