package au.chim.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDropFilesTest {
    static final Instant NOW = Instant.parse("2026-03-04T23:15:00Z"); // 10:15 in Sydney (AEDT)
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path root;

    private Path only(String folder, String glob) throws IOException {
        try (Stream<Path> s = Files.list(root.resolve(folder))) {
            List<Path> hits = s.filter(p -> root.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName())).toList();
            assertEquals(1, hits.size(), folder + "/" + glob + " -> " + hits);
            return hits.get(0);
        }
    }

    private static List<CSVRecord> csv(Path file, Charset cs) throws IOException {
        String text = Files.readString(file, cs);
        assertTrue(text.contains("\r\n"), "CRLF line endings");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void writesAllFiveFoldersWithNamesFromTheClock() throws IOException {
        List<Path> files = DemoDropFiles.write(root, CLOCK);
        assertEquals(11, files.size());
        for (String f : List.of(DemoDropFiles.PO_FOLDER, DemoDropFiles.PO_ACK_FOLDER, DemoDropFiles.SUPPLIER_FOLDER,
                DemoDropFiles.JOB_FOLDER, DemoDropFiles.FAXMAKER_FOLDER)) {
            assertTrue(Files.isDirectory(root.resolve(f)), f);
        }
        only("po", "PO_DATABUILD_20260305081500.csv"); // 10:15 Sydney minus 2 h
        assertEquals(files, DemoDropFiles.write(root, CLOCK), "rewriting gives the same files");
    }

    @Test
    void poFilesHoldGoodRowsAndTheSeededMistakes() throws IOException {
        DemoDropFiles.write(root, CLOCK);
        for (CSVRecord r : csv(only("po", "PO_DATABUILD_20260305081500.csv"), StandardCharsets.UTF_8)) {
            assertEquals(tenPercent(r.get("LineExGST")), new BigDecimal(r.get("LineGST")), "good file line " + r.getRecordNumber());
        }
        List<CSVRecord> bad = csv(only("po", "PO_DATABUILD_20260305095500.csv"), StandardCharsets.UTF_8);
        assertEquals("TILE09", bad.get(0).get("SupplierCode"));
        assertTrue(bad.get(0).get("Notes").contains("[LF]"));
        assertFalse(tenPercent(bad.get(1).get("LineExGST")).equals(new BigDecimal(bad.get(1).get("LineGST"))), "GST mismatch row");
        CSVRecord inc = bad.get(2);
        assertFalse(new BigDecimal(inc.get("LineExGST")).add(new BigDecimal(inc.get("LineGST"))).equals(new BigDecimal(inc.get("LineIncGST"))));
        assertTrue(Files.readString(only("po", "PO_JOBPAC_*.csv")).startsWith("Order No,Job,Creditor"), "wrong header");
        Path tmp = only("po", "*.tmp");
        assertEquals(Duration.ofMinutes(25), Duration.between(Files.getLastModifiedTime(tmp).toInstant(), NOW));
    }

    @Test
    void supplierFileIsWindows1252WithTheBadAbn() throws IOException {
        DemoDropFiles.write(root, CLOCK);
        Path file = only("supplier", "SUPPLIER_DATABUILD_*.csv");
        assertThrows(CharacterCodingException.class,
                () -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))), "not UTF-8");
        List<CSVRecord> rows = csv(file, Charset.forName("windows-1252"));
        for (CSVRecord r : rows) {
            boolean valid = Checks.abnValid(r.get("ABN"));
            assertEquals(!r.get("SupplierCode").equals("CONC03") && !r.get("ABN").isEmpty(), valid, r.get("SupplierCode"));
        }
        assertTrue(rows.stream().anyMatch(r -> r.get("SupplierName").equals("Caf\u00e9 Stone Benchtops")));
        assertTrue(rows.stream().anyMatch(r -> r.get("SupplierCode").equals("CONC03") && r.get("CallupMethod").equals("EMAIL")
                && r.get("Email").isEmpty()));
    }

    @Test
    void ackJobAndFaxFiles() throws IOException {
        DemoDropFiles.write(root, CLOCK);
        List<CSVRecord> acks = csv(only("po-ack", "PO_ACK_DATABUILD_*.csv"), StandardCharsets.UTF_8);
        assertTrue(acks.stream().anyMatch(r -> r.get("AccountingStatus").equals("REJECTED") && !r.get("RejectReason").isBlank()));
        assertTrue(acks.get(0).get("ProcessedAt").endsWith("+11:00"), acks.get(0).get("ProcessedAt"));
        List<CSVRecord> jobs = csv(only("job", "JOB_DATABUILD_20260305092500.csv"), StandardCharsets.UTF_8);
        assertEquals(List.of("24402"), jobs.stream().filter(r -> !Checks.postcodeFits(r.get("State"), r.get("Postcode")))
                .map(r -> r.get("JobNumber")).toList());
        byte[] binary = Files.readAllBytes(only("job", "JOB_DATABUILD_20260305100000.csv"));
        assertEquals("PK", new String(binary, 0, 2, StandardCharsets.US_ASCII));
        assertTrue(Files.readString(only("faxmaker", "*.err")).contains("Description=No answer"));
        Path stuck = only("faxmaker", "*.txt");
        assertTrue(Files.readString(stuck).startsWith("::"));
        assertEquals(Duration.ofMinutes(45), Duration.between(Files.getLastModifiedTime(stuck).toInstant(), NOW));
    }

    @Test
    void unwritableRootIsAClearError() throws IOException {
        Path file = Files.writeString(root.resolve("not-a-folder"), "x");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DemoDropFiles.write(file, CLOCK));
        assertTrue(e.getMessage().contains("not-a-folder"), e.getMessage());
    }

    private static BigDecimal tenPercent(String ex) {
        return new BigDecimal(ex).multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_UP);
    }
}
