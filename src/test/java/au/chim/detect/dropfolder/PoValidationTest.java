package au.chim.detect.dropfolder;

import static au.chim.detect.dropfolder.DropTestSupport.PO_HEADER;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_1;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_2;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_3;
import static au.chim.detect.dropfolder.DropTestSupport.crlf;
import static au.chim.detect.dropfolder.DropTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoValidationTest {
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

    private DropFileResult.Validated po(String name, String... lines) throws Exception {
        String[] all = new String[lines.length + 1];
        all[0] = PO_HEADER;
        System.arraycopy(lines, 0, all, 1, lines.length);
        return assertInstanceOf(DropFileResult.Validated.class, validator.validate(write(dir, name, crlf(all))));
    }

    private static Map<String, List<String>> codesByScope(DropFileResult.Validated r) {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        r.snapshots().forEach(s -> m.put(s.scope(), s.findings().stream().map(Finding::code).sorted().toList()));
        return m;
    }

    @Test
    void theBriefsExampleIsCleanAndGivesOneEmptySnapshotPerPo() throws Exception {
        DropFileResult.Validated r = po("PO_DATABUILD_20240304101500.csv", PO_LINE_1, PO_LINE_2, PO_LINE_3);
        assertEquals(Map.of("dropfolder:PO:24017/012", List.of(), "dropfolder:PO:24017/013", List.of(),
                "dropfolder:PO:DATABUILD:file", List.of(), "dropfolder:PO:DATABUILD:format", List.of()), codesByScope(r),
                "the expected layout: an empty format snapshot resolves an earlier format change of this source");
        assertEquals(3, r.rows());
        assertEquals(0, r.badRows());
        assertEquals("DATABUILD", r.sourceSystem());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "GST not 10%          | 385.00,4235.00 | 300.00,4150.00 | PO_GST_MISMATCH  | LineNo 1:LineGST    | LineGST '300.00' should be 10% of LineExGST 3850.00 = 385.00",
            "inc not ex + GST     | 385.00,4235.00 | 385.00,4236.00 | PO_GST_MISMATCH  | LineNo 1:LineIncGST | LineIncGST '4236.00' should be LineExGST + LineGST = 4235.00",
            "line ex not qty*unit | 1,item,3850.0000,3850.00 | 2,item,3850.0000,3850.00 | PO_TOTAL_MISMATCH | LineNo 1:LineExGST | should be round(Quantity 2 x UnitPriceExGST 3850.0000, 2) = 7700.00",
            "FRE line with GST    | GST,385.00,4235.00 | FRE,385.00,4235.00 | PO_GST_MISMATCH | LineNo 1:LineGST | should be 0 for GSTCode FRE",
            "unknown job          | ORDER,24017, | ORDER,24099, | PO_UNKNOWN_CONTRACT | | JobNumber '24099' is not a ClickHome contract",
            "preconstruction job  | ORDER,24017, | ORDER,24050, | PO_UNKNOWN_CONTRACT | | of job type 3, not Construction",
            "unknown supplier     | 24017,SPARK01, | 24017,TILE09, | PO_UNKNOWN_SUPPLIER | | SupplierCode 'TILE09' is not in ClickHome's supplier master",
            "excluded supplier    | 24017,SPARK01,Sparkright Electrical Pty Ltd,87347712782 | 24017,EXCL05,Excluded Roofing,14698935572 | PO_SUPPLIER_EXCLUDED | | excluded from integration",
            "other supplier's ABN | Pty Ltd,87347712782 | Pty Ltd,34161973069 | PO_SUPPLIER_ABN_MISMATCH | | differs from the ABN in ClickHome",
            "bad order date       | 2024-03-04,2024-04-15 | 2024-02-30,2024-04-15 | DROP_ROW_INVALID | LineNo 1:OrderDate | OrderDate '2024-02-30' is not a date",
            "required CostCode    | ELEC,0410, | ELEC,, | DROP_ROW_INVALID | LineNo 1:CostCode | CostCode '' is required",
            "money with $         | 3850.0000,3850.00 | 3850.0000,$3850.00 | DROP_ROW_INVALID | LineNo 1:LineExGST | is not a plain decimal",
            "bad order type       | 1,ORDER | 1,REORDER | DROP_ROW_INVALID | LineNo 1:OrderType | is not one of ORDER / VARIATION / CANCEL",
    })
    void eachRuleGivesOneFindingNamingFileLineFieldValueAndRule(String name, String from, String to, String code, String field,
                                                                 String words) throws Exception {
        String bad = PO_LINE_1.replace(from, to);
        assertTrue(!bad.equals(PO_LINE_1), "the test edits the row");
        DropFileResult.Validated r = po("PO_DATABUILD_20240304101500.csv", bad, PO_LINE_2);
        List<Finding> findings = r.keySnapshots().get(0).findings();
        assertEquals(List.of(code), findings.stream().map(Finding::code).toList(), name);
        Finding f = findings.get(0);
        assertEquals("po", f.entityType());
        assertEquals("24017/012", f.entityKey());
        assertEquals(field, f.field());
        assertEquals("PO_DATABUILD_20240304101500.csv", f.context().get(Finding.FILE));
        assertEquals("2", f.context().get(Finding.LINE));
        assertTrue(f.summary().contains(words), f.summary());
        assertTrue(f.summary().contains("line 2"), f.summary());
        assertEquals(Category.PO_INTEGRATION, f.category());
        assertEquals(1, r.badRows());
    }

    @Test
    void aSupplierSentInASupplierFileIsNotUnknown() throws Exception {
        state.put(SupplierFileValidator.stateKey("TILE09"), "SUPPLIER_DATABUILD_20240303.csv");
        DropFileResult.Validated r = po("PO_DATABUILD_20240304101500.csv", PO_LINE_1.replace("SPARK01,Sparkright Electrical Pty Ltd,87347712782",
                "TILE09,Coastline Tiling,"));
        assertEquals(List.of(), r.findings());
    }

    @Test
    void theSameLineTwiceInOneFileIsADuplicate() throws Exception {
        DropFileResult.Validated r = po("PO_DATABUILD_20240304101500.csv", PO_LINE_1, PO_LINE_1);
        Finding f = r.keySnapshots().get(0).findings().get(0);
        assertEquals("PO_DUPLICATE", f.code());
        assertEquals("3", f.context().get(Finding.LINE));
    }

    @Test
    void aHeaderTotalThatIsNotTheSumOfTheLinesIsReported() throws Exception {
        String header = PO_HEADER + ",POTotalExGST";
        String text = crlf(header, PO_LINE_1 + ",4850.00", PO_LINE_2 + ",4850.00", PO_LINE_3 + ",3000.00");
        DropFileResult.Validated r = assertInstanceOf(DropFileResult.Validated.class,
                validator.validate(write(dir, "PO_DATABUILD_20240304101500.csv", text)));
        assertEquals(Map.of("dropfolder:PO:24017/012", List.of(), "dropfolder:PO:24017/013", List.of("PO_TOTAL_MISMATCH"),
                "dropfolder:PO:DATABUILD:file", List.of(), "dropfolder:PO:DATABUILD:format", List.of()), codesByScope(r),
                "a known optional column is no format change");
        assertTrue(r.keySnapshots().get(1).findings().get(0).summary().contains("differs from the sum of LineExGST 3120.00"));
    }

    @Test
    void aPoResentWithOtherContentUnderTheSameVersionIsADuplicate() throws Exception {
        po("PO_DATABUILD_20240304101500.csv", PO_LINE_1, PO_LINE_2);
        // Same content, rows reordered, in a later file: the same PO, no finding.
        assertEquals(List.of(), po("PO_DATABUILD_20240305101500.csv", PO_LINE_2, PO_LINE_1).findings());
        // Other content, same version: ClickHome already has version 1.
        String changed = PO_LINE_2.replace("Electrical fit-off", "Electrical fit-off incl. smoke alarms");
        DropFileResult.Validated r = po("PO_DATABUILD_20240306101500.csv", PO_LINE_1, changed);
        Finding f = r.keySnapshots().get(0).findings().get(0);
        assertEquals("PO_DUPLICATE", f.code());
        assertEquals("POVersion 1", f.field());
        assertTrue(f.summary().contains("PO_DATABUILD_20240304101500.csv"), f.summary());
        // As version 2 it is a proper variation.
        assertEquals(List.of(), po("PO_DATABUILD_20240307101500.csv", PO_LINE_1.replace("24017/012,1,", "24017/012,2,"),
                changed.replace("24017/012,1,", "24017/012,2,")).findings());
    }

    @Test
    void aCorrectedFileGivesAnEmptySnapshotForTheKeyEvenUnderTheSameVersion() throws Exception {
        DropFileResult.Validated bad = po("PO_DATABUILD_20240304101500.csv", PO_LINE_1.replace("385.00,4235.00", "300.00,4150.00"));
        FindingSnapshot s = bad.keySnapshots().get(0);
        assertEquals(List.of("PO_GST_MISMATCH"), s.findings().stream().map(Finding::code).toList());
        // The same problem tomorrow is the same issue: same fingerprints (physical line moved by a blank line).
        DropFileResult.Validated again = po("PO_DATABUILD_20240305101500.csv", "", PO_LINE_1.replace("385.00,4235.00", "300.00,4150.00"));
        assertEquals(s.findings().stream().map(Finding::fingerprint).toList(),
                again.keySnapshots().get(0).findings().stream().map(Finding::fingerprint).toList());
        assertEquals("3", again.keySnapshots().get(0).findings().get(0).context().get(Finding.LINE));
        // A bad PO was never loaded, so its correction under the same version is no duplicate: the snapshot is empty.
        DropFileResult.Validated fixed = po("PO_DATABUILD_20240306101500.csv", PO_LINE_1);
        assertEquals(new FindingSnapshot("dropfolder:PO:24017/012", List.of()), fixed.keySnapshots().get(0));
    }

    @Test
    void aRowWithoutPoNumberIsAFileLevelFinding() throws Exception {
        DropFileResult.Validated r = po("PO_DATABUILD_20240304101500.csv", PO_LINE_1.replace("24017/012,", ","));
        assertEquals(List.of(), r.keySnapshots());
        Finding f = r.fileSnapshot().findings().get(0);
        assertEquals("DROP_ROW_INVALID", f.code());
        assertEquals("drop-interface:PO_DATABUILD", f.entityType() + ":" + f.entityKey());
        assertTrue(f.summary().contains("PONumber"), f.summary());
    }

    @Test
    void newAndMissingColumnsAreAFormatChange() throws Exception {
        String header = PO_HEADER.replace(",Estimator", "").replace("Notes", "Notes,DeliveryWindow");
        String line = PO_LINE_1.replace(",Priya Shah,", ",") + ",AM";
        DropFileResult.Validated r = assertInstanceOf(DropFileResult.Validated.class,
                validator.validate(write(dir, "PO_DATABUILD_20240304101500.csv", crlf(header, line))));
        assertEquals(List.of(), r.fileSnapshot().findings(), "a layout is no row problem");
        assertEquals("dropfolder:PO:DATABUILD:format", r.formatSnapshot().scope());
        Finding f = r.formatSnapshot().findings().get(0);
        assertEquals("INTEGRATION_FORMAT_CHANGE", f.code());
        assertEquals(Category.FORMAT_CHANGE, f.category());
        assertTrue(f.summary().contains("new column(s) DeliveryWindow; missing column(s) Estimator"), f.summary());
        assertEquals(List.of(), r.keySnapshots().get(0).findings(), "rows are still checked");
    }

    @Test
    void eachJobAndSupplierIsAskedOncePerFile() throws Exception {
        AtomicInteger queries = new AtomicInteger();
        ClickHomeLookup real = new JdbcClickHomeLookup(clickHome);
        ClickHomeLookup counting = new ClickHomeLookup() {
            @Override
            public Optional<Contract> contract(String no) {
                queries.incrementAndGet();
                return real.contract(no);
            }

            @Override
            public Optional<Supplier> supplier(String code) {
                queries.incrementAndGet();
                return real.supplier(code);
            }

            @Override
            public boolean businessUnitExists(String name) {
                queries.incrementAndGet();
                return real.businessUnitExists(name);
            }
        };
        DropFileValidator v = new DropFileValidator(counting, state, DropTestSupport.CLOCK);
        v.validate(write(dir, "PO_DATABUILD_20240304101500.csv", crlf(PO_HEADER, PO_LINE_1, PO_LINE_2, PO_LINE_3, PO_LINE_1.replace(",1,ELEC", ",3,ELEC"))));
        assertEquals(3, queries.get(), "job 24017, SPARK01, PLUMB02");
    }

    @Test
    void aPoAckFileInThePoFolderIsRefusedByName() throws Exception {
        Path p = write(dir, "PO_ACK_DATABUILD_20240416140211.csv", "ApprovalId\r\n");
        DropFileResult.Rejected r = assertInstanceOf(DropFileResult.Rejected.class, validator.validate(p, DropInterface.PO));
        assertTrue(r.reasonText().contains("it is a PO_ACK file"), r.reasonText());
    }
}
