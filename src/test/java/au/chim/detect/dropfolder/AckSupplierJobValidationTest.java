package au.chim.detect.dropfolder;

import static au.chim.detect.dropfolder.DropTestSupport.crlf;
import static au.chim.detect.dropfolder.DropTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AckSupplierJobValidationTest {
    static final String ACK_HEADER = "ApprovalId,PONumber,JobNumber,SupplierCode,AccountingStatus,AccountingRef,ProcessedAt,PaidDate,RejectReason";
    static final String ACK_1 = "A-000981,24017/012,24017,SPARK01,ACCEPTED,AP-2024-00871,2024-04-16T14:02:11+10:00,,";
    static final String ACK_2 = "A-000982,24017/013,24017,TILE09,REJECTED,,2024-04-16T14:02:11+10:00,,Supplier not on creditor ledger";
    static final String SUP_HEADER = "SupplierCode,SupplierName,TradingName,ABN,GSTRegistered,ContactName,Email,Phone,Mobile,Fax,Street,Suburb,"
            + "State,Postcode,HeadOfficeCode,TradeCode,CallupMethod,MessageGrouping,Active,InsuranceExpiry,LastModified";
    static final String SUP_SPARK = "SPARK01,Sparkright Electrical Pty Ltd,Sparkright,87 347 712 782,Y,Dean Rossi,jobs@sparkright.example.com.au,"
            + "(02) 5550 1234,0491 570 156,,4/12 Industrial Rd,Smeaton Grange,NSW,2567,,ELEC,EMAIL,MessagePerDay,Y,2025-06-30,2024-03-01T09:00:00+11:00";
    static final String SUP_PLUMB = "PLUMB02,Harbourside Plumbing,,34161973069,Y,Tina Moore,,(02) 5550 9870,,(02) 5550 9876,7 Trade St,Penrith,NSW,"
            + "2750,,PLUMB,FAX,MessagePerMessage,Y,2024-12-31,2024-03-01T09:00:00+11:00";
    static final String SUP_CONC = "CONC03,Westway Concreting,,87347712783,Y,Sam Lee,,,0491 570 158,,,Ipswich,QLD,4305,,CONC,EMAIL,,Y,,2024-03-01T09:00:00+11:00";
    static final String JOB_HEADER = "JobNumber,JobType,BusinessUnit,Region,ClientCode,ClientName,ClientEmail,ClientMobile,ClientPhone,LotNumber,"
            + "StreetNumber,StreetName,Suburb,State,Postcode,HouseType,Facade,ContractPriceExGST,ContractGST,ContractPriceIncGST,ContractSignedDate,"
            + "Estimator,Salesperson,Supervisor,TemplateCode";
    static final String JOB_1 = "24017,CONSTRUCTION,NSW Housing,South West,NGUY01,Mr J & Mrs K Nguyen,k.nguyen@example.com,0491 570 157,,1203,14,"
            + "Peppercorn Ave,Oran Park,NSW,2570,Aspen 28,Coastal,386363.64,38636.36,425000.00,2024-02-12,Priya Shah,Luke Tan,mkelly,SS-STD-2024";

    @TempDir
    Path dir;
    private JdbcCrossFileState state;
    private DropFileValidator validator;

    @BeforeEach
    void setUp() throws Exception {
        state = new JdbcCrossFileState(DropTestSupport.store(), "dropfolder", DropTestSupport.CLOCK);
        validator = new DropFileValidator(new JdbcClickHomeLookup(DropTestSupport.clickHome()), state, DropTestSupport.CLOCK);
    }

    private DropFileResult.Validated file(String name, String... lines) throws Exception {
        return assertInstanceOf(DropFileResult.Validated.class, validator.validate(write(dir, name, crlf(lines))));
    }

    private static Map<String, List<String>> codesByScope(DropFileResult.Validated r) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        r.snapshots().forEach(s -> m.put(s.scope(), s.findings().stream().map(Finding::code).sorted().toList()));
        return m;
    }

    @Test
    void rejectedApprovalIsReportedWithItsReason() throws Exception {
        DropFileResult.Validated r = file("PO_ACK_DATABUILD_20240416140211.csv", ACK_HEADER, ACK_1, ACK_2);
        assertEquals(Map.of("dropfolder:PO_ACK:A-000981", List.of(), "dropfolder:PO_ACK:A-000982", List.of("APPROVAL_REJECTED"),
                "dropfolder:PO_ACK:DATABUILD:file", List.of(), "dropfolder:PO_ACK:DATABUILD:format", List.of()), codesByScope(r));
        Finding f = r.keySnapshots().get(1).findings().get(0);
        assertTrue(f.summary().contains("Supplier not on creditor ledger") && f.summary().contains("PO 24017/013"), f.summary());
        assertEquals("24017", f.context().get(Finding.CONTRACT_NO));
        assertEquals("TILE09", f.context().get(Finding.SUPPLIER_CODE));
        assertEquals("3", f.context().get(Finding.LINE));
    }

    @Test
    void theSameApprovalIdTwiceIsADuplicateButAStatusChangeIsProgress() throws Exception {
        DropFileResult.Validated inFile = file("PO_ACK_DATABUILD_20240416140211.csv", ACK_HEADER, ACK_1, ACK_1);
        assertEquals(List.of("APPROVAL_DUPLICATE"), inFile.keySnapshots().get(0).findings().stream().map(Finding::code).toList());
        DropFileResult.Validated again = file("PO_ACK_DATABUILD_20240417140211.csv", ACK_HEADER, ACK_1);
        assertTrue(again.keySnapshots().get(0).findings().get(0).summary().contains("already acknowledged as ACCEPTED in PO_ACK_DATABUILD_20240416140211.csv"));
        DropFileResult.Validated paid = file("PO_ACK_DATABUILD_20240418140211.csv", ACK_HEADER, ACK_1.replace("ACCEPTED", "PAID").replace(",,", ",2024-04-30,"));
        assertEquals(new FindingSnapshot("dropfolder:PO_ACK:A-000981", List.of()), paid.keySnapshots().get(0));
    }

    @Test
    void paidWithoutPaidDateIsInvalid() throws Exception {
        DropFileResult.Validated r = file("PO_ACK_DATABUILD_20240416140211.csv", ACK_HEADER, ACK_1.replace("ACCEPTED", "PAID"));
        assertEquals("PaidDate", r.keySnapshots().get(0).findings().get(0).field());
    }

    @Test
    void supplierMasterFromTheBriefFlagsOnlyConc03() throws Exception {
        DropFileResult.Validated r = file("SUPPLIER_DATABUILD_20240301090000.csv", SUP_HEADER, SUP_SPARK, SUP_PLUMB, SUP_CONC);
        assertEquals(Map.of("dropfolder:SUPPLIER:SPARK01", List.of(), "dropfolder:SUPPLIER:PLUMB02", List.of(),
                "dropfolder:SUPPLIER:CONC03", List.of("SUP_ABN_INVALID", "SUP_EMAIL_MISSING_FOR_METHOD"),
                "dropfolder:SUPPLIER:DATABUILD:file", List.of(), "dropfolder:SUPPLIER:DATABUILD:format", List.of()), codesByScope(r));
        Finding abn = r.keySnapshots().get(2).findings().get(0);
        assertEquals("SUP_ABN_INVALID|supplier:CONC03", abn.fingerprint(), "same identity as the database check");
        assertEquals(Category.SUPPLIER_DETAILS, abn.category());
        assertEquals("4", abn.context().get(Finding.LINE));
        assertTrue(abn.summary().endsWith("(SUPPLIER_DATABUILD_20240301090000.csv line 4)"), abn.summary());
    }

    @Test
    void differencesFromClickHomeAndJobFileEmailChanges() throws Exception {
        String jobFile = "JFILE04,Linked Carpentry,,77423938499,Y,,new@carpentry.example.com.au,,,,,,NSW,2570,,CARP,JOBFILE,,Y,,2024-03-01T09:00:00+11:00";
        String spark = SUP_SPARK.replace("87 347 712 782", "34161973069").replace("jobs@sparkright", "accounts@sparkright")
                .replace("0491 570 156,,", "0491 570 156,(02) 5550 4444,");
        DropFileResult.Validated r = file("SUPPLIER_DATABUILD_20240301090000.csv", SUP_HEADER, spark, jobFile);
        List<String> sparkFindings = r.keySnapshots().get(0).findings().stream().map(f -> f.code() + "/" + f.field()).toList();
        assertEquals(List.of("SUP_DIFFERS_FROM_CLICKHOME/abn", "SUP_DIFFERS_FROM_CLICKHOME/email", "SUP_DIFFERS_FROM_CLICKHOME/fax"), sparkFindings);
        Finding jf = r.keySnapshots().get(1).findings().get(0);
        assertEquals("SUP_EMAIL_CHANGED_JOBFILE", jf.code());
        assertTrue(jf.summary().contains("old@carpentry.example.com.au"), jf.summary());
        assertEquals(1, r.keySnapshots().get(1).findings().size(), "no second, generic email difference");
    }

    @Test
    void headOfficeMayBeLaterInTheFileOrInClickHome() throws Exception {
        String branchOfFile = SUP_CONC.replace("CONC03,", "CONC03B,").replace("87347712783", "").replace(",,CONC,", ",HQ01,CONC,")
                .replace(",EMAIL,", ",MANUAL,");
        String branchOfClickHome = branchOfFile.replace("CONC03B,", "CONC03C,").replace("HQ01", "PLUMB02");
        String orphan = branchOfFile.replace("CONC03B,", "CONC03D,").replace("HQ01", "NOPE99");
        String hq = SUP_SPARK.replace("SPARK01,", "HQ01,");
        DropFileResult.Validated r = file("SUPPLIER_DATABUILD_20240301090000.csv", SUP_HEADER, branchOfFile, branchOfClickHome, orphan, hq);
        Map<String, List<String>> codes = codesByScope(r);
        assertEquals(List.of("SUP_ABN_MISSING"), codes.get("dropfolder:SUPPLIER:CONC03B"));
        assertEquals(List.of("SUP_ABN_MISSING"), codes.get("dropfolder:SUPPLIER:CONC03C"));
        assertEquals(List.of("SUP_ABN_MISSING", "SUP_HEAD_OFFICE_MISSING"), codes.get("dropfolder:SUPPLIER:CONC03D"));
    }

    @Test
    void duplicateSupplierCodeAndBadValues() throws Exception {
        String bad = SUP_SPARK.replace(",Y,Dean", ",maybe,Dean").replace(",EMAIL,", ",PIGEON,").replace("2025-06-30", "30/06/25");
        DropFileResult.Validated r = file("SUPPLIER_DATABUILD_20240301090000.csv", SUP_HEADER, SUP_SPARK, bad);
        List<String> fields = r.keySnapshots().get(0).findings().stream().map(f -> f.code() + "/" + f.field()).sorted().toList();
        assertEquals(List.of("DROP_ROW_INVALID/CallupMethod", "DROP_ROW_INVALID/GSTRegistered", "DROP_ROW_INVALID/InsuranceExpiry",
                "SUP_DUPLICATE_CODE/null"), fields);
        assertEquals(1, r.badRows());
    }

    @Test
    void aSupplierNotYetInClickHomeIsKnownToLaterPoFiles() throws Exception {
        file("SUPPLIER_DATABUILD_20240301090000.csv", SUP_HEADER, SUP_SPARK.replace("SPARK01,", "TILE09,"));
        assertTrue(state.get(SupplierFileValidator.stateKey("TILE09")).isPresent());
        assertTrue(state.get(SupplierFileValidator.stateKey("SPARK01")).isEmpty(), "ClickHome's own suppliers are not copied");
    }

    @Test
    void jobFromTheBriefIsClean() throws Exception {
        DropFileResult.Validated r = file("JOB_BUILDPRO_20240212090000.csv", JOB_HEADER, JOB_1);
        assertEquals(Map.of("dropfolder:JOB:24017", List.of(), "dropfolder:JOB:BUILDPRO:file", List.of(), "dropfolder:JOB:BUILDPRO:format",
                List.of()), codesByScope(r));
    }

    @Test
    void jobRules() throws Exception {
        String noContact = JOB_1.replace("k.nguyen@example.com,0491 570 157", ",");
        String badAddress = JOB_1.replace("24017,", "24018,").replace("NSW,2570", "NSW,4305");
        String badGst = JOB_1.replace("24017,", "24019,").replace("38636.36,425000.00", "38636.00,425000.00");
        String unknownBu = JOB_1.replace("24017,", "24020,").replace("NSW Housing", "WA Housing");
        DropFileResult.Validated r = file("JOB_BUILDPRO_20240212090000.csv", JOB_HEADER, noContact, badAddress, badGst, unknownBu);
        Map<String, List<String>> codes = codesByScope(r);
        assertEquals(List.of("CLI_CONTACT_MISSING"), codes.get("dropfolder:JOB:24017"));
        assertEquals(List.of("CLI_ADDRESS_INVALID"), codes.get("dropfolder:JOB:24018"));
        assertEquals(List.of("JOB_GST_MISMATCH", "JOB_GST_MISMATCH"), codes.get("dropfolder:JOB:24019"));
        assertEquals(List.of("JOB_BUSINESS_UNIT_UNKNOWN"), codes.get("dropfolder:JOB:24020"));
        Finding contact = r.keySnapshots().get(0).findings().get(0);
        assertEquals("client:NGUY01", contact.entityType() + ":" + contact.entityKey());
        assertEquals("24017", contact.context().get(Finding.CONTRACT_NO));
        assertEquals(Category.CLIENT_DETAILS, contact.category());
    }
}
