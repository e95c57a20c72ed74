package au.chim.detect.dropfolder;

import au.chim.detect.dropfolder.UnreadableFileException.Reason;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Streams the rows of one drop file: detects the encoding, matches the header by name and hands out
 * rows with their physical line numbers. Holds one row at a time, so memory stays flat. Anything that
 * makes the file unreadable (empty, binary, wrong header, truncated, broken quoting) is an
 * {@link UnreadableFileException} with a reason a person can act on.
 */
public final class DropCsvReader implements Closeable {
    private final FileFacts facts;
    private final CsvReader<CsvRecord> parser;
    private final CloseableIterator<CsvRecord> records;
    private final HeaderMatch header;
    private final ColumnPositions columns;

    private DropCsvReader(FileFacts facts, CsvReader<CsvRecord> parser, CloseableIterator<CsvRecord> records, HeaderMatch header,
                          DropInterface iface) {
        this.facts = facts;
        this.parser = parser;
        this.records = records;
        this.header = header;
        this.columns = new ColumnPositions(header.columnIndex(), iface.expectedHeader());
    }

    /** Opens the file and reads its header. */
    public static DropCsvReader open(Path file, DropInterface iface) throws UnreadableFileException {
        FileFacts facts;
        try {
            facts = FileFacts.of(file);
        } catch (IOException e) {
            throw ioError(e);
        }
        if (facts.size() == 0 || facts.blank()) {
            throw new UnreadableFileException(Reason.EMPTY, facts.size() == 0 ? "the file is empty (0 bytes)"
                    : "the file holds only blank lines (" + facts.size() + " bytes)");
        }
        if (facts.utf16Bom()) {
            throw new UnreadableFileException(Reason.UNSUPPORTED_ENCODING,
                    "the file is UTF-16 (byte-order mark); expected UTF-8 or Windows-1252 text");
        }
        if (facts.firstNul() >= 0) {
            throw new UnreadableFileException(Reason.BINARY,
                    "the file is binary, not CSV text (NUL byte at offset " + facts.firstNul() + ")");
        }
        CsvReader<CsvRecord> parser = null;
        try {
            Reader in = new InputStreamReader(TimedReads.open(file), facts.charset());
            if (facts.bom()) {
                in.skip(1);
            }
            // rows with more or fewer fields than the header are the validator's to report, row by row
            parser = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
                    .allowExtraCharsAfterClosingQuote(false).ofCsvRecord(in);
            CloseableIterator<CsvRecord> it = parser.iterator();
            if (!it.hasNext()) {
                throw new UnreadableFileException(Reason.EMPTY, "the file has no header line");
            }
            HeaderMatch header = HeaderMatch.of(iface, it.next().getFields());
            DropCsvReader reader = new DropCsvReader(facts, parser, it, header, iface);
            parser = null;
            return reader;
        } catch (CsvParseException | UncheckedIOException e) {
            throw failure(e, facts);
        } catch (IOException e) {
            throw ioError(e);
        } finally {
            closeQuietly(parser);
        }
    }

    public FileFacts facts() {
        return facts;
    }

    public HeaderMatch header() {
        return header;
    }

    /**
     * The next data row, or null at the end. A last row with fewer fields than the header and no
     * final line break, or a quoted field never closed, is a file cut off mid-write, so the whole file is refused.
     */
    public CsvRow next() throws UnreadableFileException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord r = records.next();
            String[] values = r.getFields().toArray(String[]::new);
            long line = r.getStartingLineNumber();
            boolean last = !records.hasNext();
            if (last && facts.unclosedQuoteLine() >= 0) {
                throw truncatedQuote(facts);
            }
            if (last && values.length < header.width() && !facts.endsWithNewline()) {
                throw new UnreadableFileException(Reason.TRUNCATED, "the file is truncated: last line " + line + " has "
                        + values.length + " of " + header.width() + " fields and no line break after it");
            }
            return new CsvRow(line, values, columns);
        } catch (CsvParseException | UncheckedIOException e) {
            throw failure(e, facts);
        }
    }

    @Override
    public void close() {
        closeQuietly(parser);
    }

    private static UnreadableFileException ioError(IOException e) {
        return new UnreadableFileException(Reason.IO_ERROR, "cannot read the file: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
    }

    private static UnreadableFileException truncatedQuote(FileFacts facts) {
        return new UnreadableFileException(Reason.TRUNCATED, "the file is truncated: a quoted field opened on line "
                + facts.unclosedQuoteLine() + " is never closed");
    }

    private static UnreadableFileException failure(RuntimeException e, FileFacts facts) {
        if (e instanceof UncheckedIOException io) {
            return ioError(io.getCause());
        }
        if (facts.unclosedQuoteLine() >= 0) {
            return truncatedQuote(facts); // the open field ran into the parser's field-size limit
        }
        String why = e.getCause() == null || e.getCause().getMessage() == null ? e.getMessage() : e.getCause().getMessage();
        return new UnreadableFileException(Reason.MALFORMED, "broken CSV quoting: " + e.getMessage().replace("Exception when reading", "")
                .strip() + ": " + why, e);
    }

    private static void closeQuietly(CsvReader<CsvRecord> p) {
        if (p != null) {
            try {
                p.close();
            } catch (IOException e) {
                // nothing was written; a failed close of a read-only stream loses nothing
            }
        }
    }
}
