package au.chim.detect.dropfolder;

import au.chim.detect.dropfolder.UnreadableFileException.Reason;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of one drop file: detects the encoding, matches the header by name and hands out
 * rows with their physical line numbers. Holds one row at a time, so memory stays flat. Anything that
 * makes the file unreadable (empty, binary, wrong header, truncated, broken quoting) is an
 * {@link UnreadableFileException} with a reason a person can act on.
 */
public final class DropCsvReader implements Closeable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final FileFacts facts;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final HeaderMatch header;
    private final ColumnPositions columns;
    /** commons-csv's line count after the previous record: where the next one starts when no blank line came between. */
    private long linesBefore;

    private DropCsvReader(FileFacts facts, CSVParser parser, HeaderMatch header, DropInterface iface) {
        this.facts = facts;
        this.parser = parser;
        this.records = parser.iterator();
        this.header = header;
        this.columns = new ColumnPositions(header.columnIndex(), iface.expectedHeader());
        this.linesBefore = parser.getCurrentLineNumber();
    }

    /** Opens the file and reads its header. */
    public static DropCsvReader open(Path file, DropInterface iface) throws UnreadableFileException {
        FileFacts facts;
        try {
            facts = FileFacts.of(file);
        } catch (IOException e) {
            throw new UnreadableFileException(Reason.IO_ERROR, "cannot read the file: " + e.getClass().getSimpleName(), e);
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
        CSVParser parser = null;
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(TimedReads.open(file), facts.charset()), 64 * 1024);
            if (facts.bom()) {
                in.skip(1);
            }
            parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get();
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                throw new UnreadableFileException(Reason.EMPTY, "the file has no header line");
            }
            HeaderMatch header = HeaderMatch.of(iface, it.next().toList());
            DropCsvReader reader = new DropCsvReader(facts, parser, header, iface);
            parser = null;
            return reader;
        } catch (UncheckedIOException e) {
            throw parseFailure(e, facts);
        } catch (IOException e) {
            throw new UnreadableFileException(Reason.IO_ERROR, "cannot read the file: " + e.getClass().getSimpleName(), e);
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
     * final line break is a file cut off mid-write, so the whole file is refused.
     */
    public CsvRow next() throws UnreadableFileException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord r = records.next();
            List<String> values = Arrays.asList(r.values());
            long after = parser.getCurrentLineNumber();
            // In a file whose every record ends with a line break, one break read means the record is the line after the
            // previous one; more means a quoted break or a skipped blank line, which only counting the values can tell.
            long line = after - linesBefore == 1 && facts.endsWithNewline() ? after : after - lineBreaksIn(values);
            linesBefore = after;
            if (values.size() < header.width() && !facts.endsWithNewline() && !records.hasNext()) {
                throw new UnreadableFileException(Reason.TRUNCATED, "the file is truncated: last line " + line + " has "
                        + values.size() + " of " + header.width() + " fields and no line break after it");
            }
            return new CsvRow(line, values, columns);
        } catch (UncheckedIOException e) {
            throw parseFailure(e, facts);
        }
    }

    @Override
    public void close() {
        closeQuietly(parser);
    }

    private static UnreadableFileException parseFailure(UncheckedIOException e, FileFacts facts) {
        String msg = e.getCause() == null || e.getCause().getMessage() == null ? "" : e.getCause().getMessage();
        if (msg.contains("EOF reached before encapsulated token finished")) {
            String at = msg.replaceAll(".*\\(startline (\\d+)\\).*", "$1");
            return new UnreadableFileException(Reason.TRUNCATED, "the file is truncated: a quoted field opened on line "
                    + at + " is never closed", e);
        }
        return new UnreadableFileException(Reason.MALFORMED, "broken CSV quoting: " + msg.replaceAll("^.*CSVException: ", ""), e);
    }

    /** commons-csv counts CR, LF and CRLF each as one line break; so do we. */
    private static long lineBreaksIn(List<String> values) {
        long n = 0;
        for (String v : values) {
            if (v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
                continue; // nearly every value: skip the char loop
            }
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == v.length() || v.charAt(i + 1) != '\n'))) {
                    n++;
                }
            }
        }
        return n;
    }

    private static void closeQuietly(CSVParser p) {
        if (p != null) {
            try {
                p.close();
            } catch (IOException e) {
                // nothing was written; a failed close of a read-only stream loses nothing
            }
        }
    }
}
