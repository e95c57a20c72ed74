package au.chim.detect.dropfolder;

import static au.chim.detect.dropfolder.DropTestSupport.PO_HEADER;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_1;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_2;
import static au.chim.detect.dropfolder.DropTestSupport.crlf;
import static au.chim.detect.dropfolder.DropTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.detect.dropfolder.UnreadableFileException.Reason;
import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectedFileTest {
    private static final String NAME = "PO_DATABUILD_20240304101500.csv";
    @TempDir
    Path dir;
    private DataSource clickHome;
    private JdbcCrossFileState state;
    private DropFileValidator validator;

    @BeforeEach
    void setUp() throws Exception {
        clickHome = DropTestSupport.clickHome();
        state = new JdbcCrossFileState(DropTestSupport.store(), "dropfolder", DropTestSupport.CLOCK);
        validator = new DropFileValidator(new JdbcClickHomeLookup(clickHome), state, DropTestSupport.CLOCK);
    }

    private DropFileResult.Rejected rejected(Path p) {
        return assertInstanceOf(DropFileResult.Rejected.class, validator.validate(p));
    }

    @Test
    void aTruncatedFileIsRejectedWithOneFindingForTheSendingSystem() throws Exception {
        String cut = crlf(PO_HEADER, PO_LINE_1) + PO_LINE_2.substring(0, 60);
        DropFileResult.Rejected r = rejected(write(dir, NAME, cut));
        assertEquals(Reason.TRUNCATED, r.reason());
        assertTrue(r.reasonText().contains("last line 3 has"), r.reasonText());
        assertEquals(1, r.findings().size());
        Finding f = r.findings().get(0);
        assertEquals("DROP_FILE_REJECTED|drop-file:PO/" + NAME, f.fingerprint(), "its own issue, keyed by the file");
        assertEquals(Category.DROP_FILE, f.category());
        assertEquals(NAME, f.context().get(Finding.FILE));
        assertTrue(f.summary().contains(NAME) && f.summary().contains("truncated"), f.summary());
        assertEquals(List.of("dropfolder:PO:rejected:" + NAME), r.snapshots().stream().map(FindingSnapshot::scope).toList(),
                "a truncated file says nothing about the layout");
        assertEquals(java.util.Set.of("24017/012"), r.keys(), "the keys read before the cut: a corrected file covering them carries its data");
        assertTrue(state.get("po:24017/012|1").isEmpty(), "nothing of a refused file is remembered");
    }

    @Test
    void eachUnreadableKindHasItsReason() throws Exception {
        assertEquals(Reason.EMPTY, rejected(write(dir, NAME, "")).reason());
        Path bin = dir.resolve("PO_DATABUILD_20240304101501.csv");
        Files.write(bin, new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00});
        assertEquals(Reason.BINARY, rejected(bin).reason());
        assertEquals(Reason.WRONG_HEADER, rejected(write(dir, "PO_DATABUILD_20240304101502.csv", crlf(PO_LINE_1, PO_LINE_2))).reason());
        assertEquals(Reason.TRUNCATED, rejected(write(dir, "PO_DATABUILD_20240304101503.csv", crlf(PO_HEADER, PO_LINE_1) + "24017/012,1,\"ORD")).reason());
        assertEquals(Reason.WRONG_NAME, rejected(write(dir, "purchase-orders.csv", crlf(PO_HEADER, PO_LINE_1))).reason());
    }

    @Test
    void aMissingRequiredColumnIsARejectionAndAFormatChange() throws Exception {
        DropFileResult.Rejected r = rejected(write(dir, NAME, crlf(PO_HEADER.replace("LineGST,", "GSTAmount,"), PO_LINE_1)));
        assertEquals(Reason.MISSING_COLUMNS, r.reason());
        assertEquals(List.of("DROP_FILE_REJECTED", "INTEGRATION_FORMAT_CHANGE"), r.findings().stream().map(Finding::code).toList());
        assertEquals(List.of("dropfolder:PO:rejected:" + NAME, "dropfolder:PO:DATABUILD:format"),
                r.snapshots().stream().map(FindingSnapshot::scope).toList());
        assertEquals(java.util.Set.of("24017/012"), r.keys(), "keys read from the key column of a file refused for its layout");
        assertTrue(r.findings().get(1).summary().contains("required column(s) LineGST; unexpected column(s) GSTAmount"),
                r.findings().get(1).summary());
    }

    @Test
    void aGoodFileFromTheSameSourceSaysNothingAboutARejectionOrTheLayoutOfAnEmptyFile() throws Exception {
        DropFileResult.Rejected bad = rejected(write(dir, NAME, ""));
        assertEquals(List.of("dropfolder:PO:rejected:" + NAME), bad.snapshots().stream().map(FindingSnapshot::scope).toList(),
                "an empty file says nothing about the layout");
        DropFileResult.Validated good = assertInstanceOf(DropFileResult.Validated.class,
                validator.validate(write(dir, "PO_DATABUILD_20240305101500.csv", crlf(PO_HEADER, PO_LINE_1))));
        assertTrue(good.snapshots().stream().noneMatch(s -> s.scope().contains(":rejected:")), "no snapshot of a rejected file's scope");
    }

    @Test
    void hostileValuesBecomeOneBoundedLine() throws Exception {
        String evil = "\"x\r\nBcc: victim@example.com\u0007" + "y".repeat(5000) + "\"";
        DropFileResult.Validated r = assertInstanceOf(DropFileResult.Validated.class,
                validator.validate(write(dir, NAME, crlf(PO_HEADER, PO_LINE_1.replace("0410", evil).replace("1,item,3850", "x,item,3850")))));
        Finding f = r.keySnapshots().get(0).findings().get(0);
        assertTrue(f.summary().length() <= 300 && !f.summary().contains("\n") && !f.summary().contains("\u0007"), f.summary());
        assertTrue(f.evidence().length() <= 4000);
    }

    @Test
    void clickHomeDownIsNotAnEmptyAnswer() throws Exception {
        JdbcDataSource nowhere = new JdbcDataSource();
        nowhere.setURL("jdbc:h2:mem:never;IFEXISTS=TRUE");
        DropFileValidator v = new DropFileValidator(new JdbcClickHomeLookup(nowhere), state, DropTestSupport.CLOCK);
        Path p = write(dir, NAME, crlf(PO_HEADER, PO_LINE_1));
        assertThrows(CheckUnavailableException.class, () -> v.validate(p));
    }

    @Test
    void sha256IsOfTheBytesSoTheSameContentIsRecognised() throws Exception {
        Path a = write(dir, NAME, crlf(PO_HEADER, PO_LINE_1));
        Path b = write(dir, "PO_DATABUILD_20240305101500.csv", crlf(PO_HEADER, PO_LINE_1));
        Path c = write(dir, "PO_DATABUILD_20240306101500.csv", crlf(PO_HEADER, PO_LINE_1), StandardCharsets.UTF_8, true);
        assertEquals(FileHash.sha256(a), FileHash.sha256(b));
        assertNotEquals(FileHash.sha256(a), FileHash.sha256(c));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", FileHash.sha256(write(dir, "e.csv", "")));
    }
}
