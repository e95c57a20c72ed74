package au.chim.notify.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The full item list as CSV for spreadsheet users; cells that a spreadsheet would run as a formula are defused. */
final class CsvAttachment {
    private static final String[] HEADER = {"id", "section", "status", "severity", "category", "code", "entity",
            "summary", "first_seen", "last_seen", "age", "occurrences", "resolved_at", "why_you_get_this", "link"};

    private CsvAttachment() {
    }

    record Section(String name, List<ItemView> items) {
    }

    static RenderedEmail.Attachment of(String fileName, List<Section> sections, int maxRows) {
        StringWriter out = new StringWriter();
        int rows = 0;
        int total = sections.stream().mapToInt(s -> s.items().size()).sum();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (Section s : sections) {
                for (ItemView i : s.items()) {
                    if (rows++ == maxRows) {
                        csv.printRecord("", "note", "", "", "", "", "", "list cut at " + maxRows + " of " + total + " rows");
                        return new RenderedEmail.Attachment(fileName, "text/csv; charset=UTF-8", out.toString());
                    }
                    csv.printRecord(i.id(), s.name(), i.status(), i.severity(), i.category(), safe(i.code()),
                            safe(i.entity()), safe(i.summary()), i.since(), i.lastSeen(), i.age(), i.occurrences(),
                            i.resolvedAt(), safe(i.reason()), i.link());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RenderedEmail.Attachment(fileName, "text/csv; charset=UTF-8", out.toString());
    }

    /** "=HYPERLINK(...)" from a supplier name must stay text when the accounts team opens the file in Excel. */
    static String safe(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }
}
