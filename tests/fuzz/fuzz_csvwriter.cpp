// Writes rows built from arbitrary bytes with CsvWriter, reads the file back with a strict
// RFC 4180 reader and traps unless every cell comes back as it went in (plus the apostrophe
// that neutralises spreadsheet formulas).
//
// Input: the first byte holds flags, the rest are rows separated by 0x1E whose cells are
// separated by 0x1F.
//   bit 0  write raw bytes with writeRow(const QByteArrayView *, qsizetype), else a QStringList
//   bit 1  QStringList cells decoded from Latin-1, else from UTF-8
//   bit 2  the device refuses to be written to: writeRow()/flush() must say so
// The writer's 256 KiB flush threshold is crossed once per process (LLVMFuzzerInitialize): a
// row that size costs ~20 ms under the sanitizers, and what happens at a flush does not depend
// on the cells.
#include "export/CsvWriter.h"

#include "FuzzCheck.h"

#include <QBuffer>
#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace {

using Row = QList<QByteArray>;

const QByteArray Bom("\xEF\xBB\xBF");
// CsvWriter pushes its buffer to the device once it holds this much (CsvWriter.cpp).
constexpr qsizetype FlushThreshold = 256 * 1024;

// Mirrors CsvWriter::appendCell: a cell whose first byte a spreadsheet would take for the start
// of a formula (or a cell split) gets a leading apostrophe.
bool isNeutralised(const QByteArray &cell)
{
    if (cell.isEmpty())
        return false;
    const char first = cell.front();
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
        || first == '\r' || first == '\n';
}

QByteArray expectedCell(const QByteArray &cell)
{
    return isNeutralised(cell) ? '\'' + cell : cell;
}

// A strict RFC 4180 reader: UTF-8 BOM first, records ended by CRLF (the last one too), fields
// separated by commas, quoted fields with doubled quotes. Unquoted fields may hold no quote,
// comma, CR or LF. std::nullopt for anything else.
std::optional<QList<Row>> readCsv(const QByteArray &file)
{
    if (!file.startsWith(Bom))
        return std::nullopt;
    QList<Row> rows;
    Row row;
    qsizetype i = Bom.size();
    const qsizetype end = file.size();
    while (i < end) {
        QByteArray field;
        if (file.at(i) == '"') {
            ++i;
            for (;;) {
                const qsizetype quote = file.indexOf('"', i);
                if (quote < 0)
                    return std::nullopt; // unterminated quoted field
                field.append(file.constData() + i, quote - i);
                i = quote + 1;
                if (i < end && file.at(i) == '"') {
                    field.append('"');
                    ++i;
                } else {
                    break;
                }
            }
        } else {
            const qsizetype start = i;
            while (i < end && file.at(i) != ',' && file.at(i) != '\r') {
                if (file.at(i) == '"' || file.at(i) == '\n')
                    return std::nullopt;
                ++i;
            }
            field = file.mid(start, i - start);
        }
        row.append(field);
        if (i >= end)
            return std::nullopt; // the last record must end with CRLF too
        if (file.at(i) == ',') {
            ++i;
            continue;
        }
        if (file.at(i) == '\r' && i + 1 < end && file.at(i + 1) == '\n') {
            i += 2;
            rows.append(row);
            row.clear();
            continue;
        }
        return std::nullopt; // something after a closing quote, or a lone CR
    }
    if (!row.isEmpty())
        return std::nullopt;
    return rows;
}

QList<Row> splitRows(const QByteArray &bytes)
{
    QList<Row> rows;
    for (const QByteArray &line : bytes.split('\x1e'))
        rows.append(line.split('\x1f'));
    return rows;
}

struct Mode
{
    bool rawBytes = false;
    bool latin1 = false;
    bool unwritable = false;
};

void writeAndReadBack(const QList<Row> &input, Mode mode)
{
    // What goes into the writer: the bytes themselves, or text decoded from them (which the
    // writer encodes as UTF-8).
    QList<QStringList> textRows;
    QList<Row> written;
    for (const Row &cells : input) {
        if (mode.rawBytes) {
            written.append(cells);
            continue;
        }
        QStringList text;
        Row utf8;
        for (const QByteArray &cell : cells) {
            text.append(mode.latin1 ? QString::fromLatin1(cell) : QString::fromUtf8(cell));
            utf8.append(text.constLast().toUtf8());
        }
        textRows.append(text);
        written.append(utf8);
    }

    QBuffer buffer;
    FUZZ_CHECK(buffer.open(mode.unwritable ? QIODevice::ReadOnly : QIODevice::WriteOnly));
    {
        CsvWriter writer(&buffer);
        FUZZ_CHECK(writer.writeBom());
        // More than the writer can make of the rows so far (every byte a doubled quote, every
        // cell quoted and neutralised, commas and CRLFs).
        qsizetype mostBytes = Bom.size();
        bool ok = true;
        for (qsizetype r = 0; r < written.size(); ++r) {
            if (mode.rawBytes) {
                QList<QByteArrayView> views;
                for (const QByteArray &cell : written.at(r))
                    views.append(QByteArrayView(cell));
                ok = writer.writeRow(views.constData(), views.size());
            } else {
                ok = writer.writeRow(textRows.at(r));
            }
            for (const QByteArray &cell : written.at(r))
                mostBytes += 2 * cell.size() + 4;
            mostBytes += 2;
            // A row returns false only when it filled the buffer and the device refused it.
            FUZZ_CHECK(ok || (mode.unwritable && mostBytes >= FlushThreshold));
        }
        // Unless the last row was just pushed out (and refused), its CRLF at least is left to
        // write.
        FUZZ_CHECK(writer.flush() == (!mode.unwritable || !ok));
        if (mode.unwritable)
            return;
    }
    const QByteArray file = buffer.data();

    // The file is what encodeCell promises, cell by cell.
    if (!mode.rawBytes && file.size() < FlushThreshold) {
        QByteArray expected = Bom;
        for (const QStringList &cells : std::as_const(textRows)) {
            for (qsizetype c = 0; c < cells.size(); ++c) {
                if (c > 0)
                    expected.append(',');
                expected.append(CsvWriter::encodeCell(cells.at(c)).toUtf8());
            }
            expected.append("\r\n");
        }
        FUZZ_CHECK(file == expected);
    }

    const std::optional<QList<Row>> read = readCsv(file);
    FUZZ_CHECK(read.has_value());
    FUZZ_CHECK(read->size() == written.size());
    for (qsizetype r = 0; r < read->size(); ++r) {
        const Row &original = written.at(r);
        const Row &back = read->at(r);
        FUZZ_CHECK(back.size() == original.size());
        for (qsizetype c = 0; c < back.size(); ++c) {
            FUZZ_CHECK(back.at(c) == expectedCell(original.at(c)));
            // Whatever went in, no cell read back starts a formula.
            FUZZ_CHECK(!isNeutralised(back.at(c)));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // A row past the flush threshold, then rows that land in the emptied buffer: the file must
    // still be every row in order, whichever writeRow overload was used.
    const QList<Row> rows {
        Row {QByteArray(FlushThreshold, 'x')},
        Row {QByteArray("=1+1"), QByteArray("a,\"b\"\r\n")},
        Row {QByteArray()},
    };
    writeAndReadBack(rows, Mode {});
    writeAndReadBack(rows, Mode {true, false, false});
    writeAndReadBack(rows, Mode {false, false, true});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t flags = data[0];
    const Mode mode {(flags & 0x01) != 0, (flags & 0x02) != 0, (flags & 0x04) != 0};
    writeAndReadBack(
        splitRows(QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1))), mode);
    return 0;
}
