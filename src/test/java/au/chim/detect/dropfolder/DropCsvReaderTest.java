package au.chim.detect.dropfolder;

import static au.chim.detect.dropfolder.DropTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.detect.dropfolder.UnreadableFileException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DropCsvReaderTest {
    private static final String ACK_HEADER = "ApprovalId,PONumber,JobNumber,SupplierCode,AccountingStatus,AccountingRef,ProcessedAt,PaidDate,RejectReason";
    @TempDir
    Path dir;

    private List<CsvRow> readAll(Path p, DropInterface iface) throws UnreadableFileException {
        List<CsvRow> rows = new ArrayList<>();
        try (DropCsvReader r = DropCsvReader.open(p, iface)) {
            CsvRow row;
            while ((row = r.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "bom={0} crlf={1}")
    @CsvSource({"true, true", "true, false", "false, true", "false, false"})
    void readsUtf8WithOrWithoutBomAndEitherLineEnding(boolean bom, boolean crlf) throws Exception {
        String nl = crlf ? "\r\n" : "\n";
        String text = ACK_HEADER + nl + "A-1,24017/012,24017,SPARK01,ACCEPTED,AP-1,2024-04-16T14:02:11+10:00,,Café" + nl;
        List<CsvRow> rows = readAll(write(dir, "x.csv", text, StandardCharsets.UTF_8, bom), DropInterface.PO_ACK);
        assertEquals(1, rows.size());
        assertEquals("A-1", rows.get(0).get("ApprovalId"), "BOM is not part of the first header name");
        assertEquals("Café", rows.get(0).get("RejectReason"));
        assertEquals(2, rows.get(0).line());
    }

    @Test
    void readsWindows1252() throws Exception {
        String text = DropTestSupport.crlf(ACK_HEADER, "A-1,P,J,S,REJECTED,,2024-04-16,,Café closed – “on hold”");
        CsvRow row = readAll(write(dir, "x.csv", text, FileFacts.WINDOWS_1252, false), DropInterface.PO_ACK).get(0);
        assertEquals("Café closed – “on hold”", row.get("RejectReason"));
    }

    @Test
    void quotedCommasQuotesLineBreaksAndLfMarkersKeepLineNumbersPhysical() throws Exception {
        String text = DropTestSupport.crlf(ACK_HEADER,
                "",
                "A-1,P,J,S,REJECTED,,2024-04-16,,\"Exceeds PO value, by $1,000\"",
                "A-2,P,J,S,REJECTED,,2024-04-16,,\"Supplier said \"\"no\"\"\r\nthen \"\"yes\"\"\"",
                "A-3,P,J,S,REJECTED,,2024-04-16,,First[LF]Second");
        List<CsvRow> rows = readAll(write(dir, "x.csv", text), DropInterface.PO_ACK);
        assertEquals(List.of(3L, 4L, 6L), rows.stream().map(CsvRow::line).toList());
        assertEquals("Exceeds PO value, by $1,000", rows.get(0).get("RejectReason"));
        assertEquals("Supplier said \"no\"\r\nthen \"yes\"", rows.get(1).get("RejectReason"));
        assertEquals("First\nSecond", rows.get(2).get("RejectReason"));
    }

    @Test
    void columnsAreMatchedByNameInAnyOrderAndCase() throws Exception {
        String text = "rejectreason,APPROVALID,AccountingStatus,processedat,PONumber,JobNumber,SupplierCode,AccountingRef,PaidDate\n"
                + "Closed,A-9,REJECTED,2024-04-16,24017/013,24017,TILE09,,\n";
        try (DropCsvReader r = DropCsvReader.open(write(dir, "x.csv", text), DropInterface.PO_ACK)) {
            assertTrue(r.header().asExpected());
            CsvRow row = r.next();
            assertEquals("A-9", row.get("ApprovalId"));
            assertEquals("Closed", row.get("RejectReason"));
            assertEquals("TILE09", row.get("SupplierCode"));
            assertNull(r.next());
        }
    }

    @Test
    void newAndMissingOptionalColumnsAreReportedNotRefused() throws Exception {
        String text = "ApprovalId,PONumber,AccountingStatus,ProcessedAt,BatchNo\nA-1,P,ACCEPTED,2024-04-16,7\n";
        try (DropCsvReader r = DropCsvReader.open(write(dir, "x.csv", text), DropInterface.PO_ACK)) {
            assertEquals(List.of("BatchNo"), r.header().added());
            assertEquals(List.of("JobNumber", "SupplierCode", "AccountingRef", "PaidDate", "RejectReason"), r.header().missing());
        }
    }

    @Test
    void headerOnlyFileHasNoRows() throws Exception {
        assertEquals(List.of(), readAll(write(dir, "x.csv", ACK_HEADER + "\r\n"), DropInterface.PO_ACK));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "EMPTY           | ''                                                   | empty (0 bytes)",
            "EMPTY           | '\r\n  \r\n'                                         | only blank lines",
            "WRONG_HEADER    | 'A-1,P,J,S,ACCEPTED,,2024-04-16,,\r\n'               | line 1 is not a PO_ACK header",
            "WRONG_HEADER    | 'ApprovalId,approvalid,PONumber,AccountingStatus,ProcessedAt\r\n' | more than once",
            "MISSING_COLUMNS | 'ApprovalId,PONumber,ProcessedAt,Extra\r\nA,P,2024-04-16,x\r\n' | required column(s) AccountingStatus; unexpected column(s) Extra",
            "TRUNCATED       | 'ApprovalId,PONumber,AccountingStatus,ProcessedAt\r\nA-1,P,ACCEPTED,2024-04-16\r\nA-2,\"P'  | quoted field opened on line 3 is never closed",
            "TRUNCATED       | 'ApprovalId,PONumber,AccountingStatus,ProcessedAt\r\nA-1,P,ACCEPTED,2024-04-16\r\nA-2,P'     | last line 3 has 2 of 4 fields",
            "MALFORMED       | 'ApprovalId,PONumber,AccountingStatus,ProcessedAt\r\nA-1,\"P\"x,ACCEPTED,2024-04-16\r\n'   | broken CSV quoting",
    })
    void unreadableFilesAreRefusedWithAPreciseReason(Reason reason, String content, String words) throws Exception {
        Path p = write(dir, "x.csv", content);
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> readAll(p, DropInterface.PO_ACK));
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }

    @Test
    void binaryFileIsRefused() throws Exception {
        Path p = dir.resolve("x.csv");
        Files.write(p, new byte[] {'P', 'K', 3, 4, 20, 0, 8, 0, 8, 0, 'x', 'l'});
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> readAll(p, DropInterface.PO_ACK));
        assertEquals(Reason.BINARY, e.reason());
        assertTrue(e.getMessage().contains("offset 5"), e.getMessage());
    }

    @Test
    void utf16FileIsRefusedAsUnsupportedEncoding() throws Exception {
        Path p = dir.resolve("x.csv");
        Files.write(p, DropTestSupport.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, (ACK_HEADER + "\r\n").getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(Reason.UNSUPPORTED_ENCODING,
                assertThrows(UnreadableFileException.class, () -> readAll(p, DropInterface.PO_ACK)).reason());
    }

    @Test
    void aCompleteLastLineWithoutLineBreakIsNotTruncation() throws Exception {
        List<CsvRow> rows = readAll(write(dir, "x.csv", "ApprovalId,PONumber,AccountingStatus,ProcessedAt\r\nA-1,P,ACCEPTED,2024-04-16"),
                DropInterface.PO_ACK);
        assertEquals("2024-04-16", rows.get(0).get("ProcessedAt"));
    }
}
