#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

class QIODevice;

// Writes RFC 4180 CSV for spreadsheets: UTF-8 with a BOM, CRLF line ends, quoting where needed,
// and cells a spreadsheet would execute (leading =, +, -, @, tab, CR, LF) neutralised with a
// leading apostrophe. Buffers internally and streams to the device.
class CsvWriter
{
    Q_DISABLE_COPY_MOVE(CsvWriter)

public:
    explicit CsvWriter(QIODevice *device);

    // Writes the byte-order mark; call once before the first row.
    bool writeBom();
    bool writeRow(const QStringList &cells);
    // The same for cells that already are UTF-8 (streamed exports).
    bool writeRow(const QByteArrayView *cells, qsizetype count);
    // Pushes buffered bytes to the device; false when the device refused them.
    bool flush();

    // One cell as it appears in the file (neutralised, then quoted when needed).
    static QString encodeCell(const QString &cell);
    static void appendCell(QByteArray &out, QByteArrayView cell);

private:
    bool endRow();

    QIODevice *m_device;
    QByteArray m_buffer;
};
