package au.chim.detect.clickhome;

import au.chim.rules.Abn;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Supplier master-data checks on real ClickHome rows. */
class SupplierChecksTest extends CheckTestBase {
    /** A checksum-valid ABN of its own for each seed, so suppliers of different tests never share one. */
    static String abn(int seed) {
        String body = String.format("%09d", 100_000_000 + seed * 7919);
        for (int prefix = 10; prefix <= 99; prefix++) {
            if (Abn.isValid(prefix + body)) {
                return prefix + body;
            }
        }
        throw new IllegalStateException("no ABN for " + seed);
    }

    /** An active supplier that is clean except for what the test changes afterwards. */
    private int supplier(String code, String name, int seed) {
        db.update("INSERT INTO dbo.tblSuppliers (sgSupplierCode, sgSupplierName, sgABN, bGSTRegistered, sgEmail, sgFax, sgPhone, sgMobile, "
                + "sgState, sgPostcode, inCallupMethod) VALUES (?, ?, ?, 1, ?, '(02) 5550 1234', '02 5550 1200', '0491 570 156', 'NSW', '2150', 1)",
                code, name, abn(seed), code.toLowerCase() + "@trade.example.com.au");
        return db.queryForObject("SELECT idSupplier FROM dbo.tblSuppliers WHERE sgSupplierCode = ?", Integer.class, code);
    }

    private void set(String code, String column, Object value) {
        db.update("UPDATE dbo.tblSuppliers SET " + column + " = ? WHERE sgSupplierCode = ?", value, code);
    }

    @Test
    void cleanSupplierWithSpacedAbnAndNullOptionalsRaisesNothing() {
        supplier("SD-CLEAN", "Clean Carpentry", 1);
        set("SD-CLEAN", "sgABN", "51 824 753 556");
        supplier("SD-NULLS", "Nulls Painting", 2);
        db.update("UPDATE dbo.tblSuppliers SET sgABN = NULL, bGSTRegistered = NULL, sgFax = NULL, sgPhone = NULL, sgMobile = NULL, "
                + "sgState = NULL, sgPostcode = NULL WHERE sgSupplierCode = 'SD-NULLS'");
        assertNothingOpenFor("supplier-details", "supplier:SD-CLEAN", "supplier:SD-NULLS");
    }

    @Test
    void badAbnWithSpacesIsReportedAndResolvedWhenCorrected() {
        supplier("SD-ABN", "Bad Abn Bricklaying", 3);
        set("SD-ABN", "sgABN", "51 824 753 557");
        Map<String, Object> issue = awaitOpen("SUP_ABN_INVALID|supplier:SD-ABN");
        assertIssue(issue, "ERROR", "supplier-details",
                "Supplier SD-ABN (Bad Abn Bricklaying): ABN '51 824 753 557' is not 11 digits passing the modulus-89 check");

        set("SD-ABN", "sgABN", "51 824 753 556");
        awaitResolved("SUP_ABN_INVALID|supplier:SD-ABN");
    }

    @Test
    void gstRegisteredWithoutAbn() {
        supplier("SD-NOABN", "No Abn Glazing", 4);
        supplier("SD-NOGST", "Hobby Trade", 5);
        set("SD-NOABN", "sgABN", "  ");
        set("SD-NOGST", "sgABN", null);
        set("SD-NOGST", "bGSTRegistered", 0);
        assertIssue(awaitOpen("SUP_ABN_MISSING|supplier:SD-NOABN"), "WARNING", "supplier-details", "GST-registered but no ABN");
        assertNothingOpenFor("supplier-details", "supplier:SD-NOGST");
    }

    @Test
    void callupMethodWithoutItsAddress() {
        supplier("SD-EML", "No Email Plastering", 6);
        set("SD-EML", "sgEmail", null);
        supplier("SD-FAX", "No Fax Fencing", 7);
        set("SD-FAX", "inCallupMethod", 2);
        set("SD-FAX", "sgFax", "");
        supplier("SD-SMS", "No Mobile Tiling", 8);
        set("SD-SMS", "inCallupMethod", 3);
        set("SD-SMS", "sgMobile", null);
        assertIssue(awaitOpen("SUP_EMAIL_MISSING_FOR_METHOD|supplier:SD-EML"), "ERROR", "supplier-details",
                "Supplier SD-EML (No Email Plastering): call-up method EMAIL but no email address");
        assertIssue(awaitOpen("SUP_FAX_MISSING_FOR_METHOD|supplier:SD-FAX"), "ERROR", "supplier-details", "call-up method FAX but no fax number");
        assertIssue(awaitOpen("SUP_MOBILE_MISSING_FOR_METHOD|supplier:SD-SMS"), "ERROR", "supplier-details",
                "call-up method SMS but no mobile number");

        set("SD-FAX", "sgFax", "02 5550 9876");
        awaitResolved("SUP_FAX_MISSING_FOR_METHOD|supplier:SD-FAX");
    }

    @Test
    void invalidPhoneAndImpossibleStatePostcode() {
        supplier("SD-PH", "Wrong Number Roofing", 9);
        set("SD-PH", "sgPhone", "555-CALL-NOW");
        supplier("SD-ADR", "Wrong State Concreting", 10);
        set("SD-ADR", "sgPostcode", "3000");
        assertIssue(awaitOpen("SUP_PHONE_INVALID|supplier:SD-PH|phone"), "WARNING", "supplier-details",
                "phone '555-CALL-NOW' is not an Australian phone number");
        assertIssue(awaitOpen("SUP_ADDRESS_INVALID|supplier:SD-ADR"), "WARNING", "supplier-details",
                "state 'NSW' and postcode '3000' do not match");

        set("SD-ADR", "sgState", "VIC");
        awaitResolved("SUP_ADDRESS_INVALID|supplier:SD-ADR");
    }

    @Test
    void branchOfAnInactiveHeadOffice() {
        int head = supplier("SD-HO", "Head Office Group", 11);
        supplier("SD-BR", "Branch West", 12);
        set("SD-BR", "fkidHeadOffice", head);
        set("SD-HO", "bActive", 0);
        assertIssue(awaitOpen("SUP_HEAD_OFFICE_INACTIVE|supplier:SD-BR"), "WARNING", "supplier-details",
                "Branch SD-BR (Branch West) belongs to head office SD-HO, which is inactive");

        set("SD-HO", "bActive", 1);
        awaitResolved("SUP_HEAD_OFFICE_INACTIVE|supplier:SD-BR");
    }

    @Test
    void inactiveSupplierIsNotJudgedAndHostileNameIsOneLine() {
        supplier("SD-OFF", "Retired Trade", 13);
        set("SD-OFF", "sgABN", "123");
        set("SD-OFF", "bActive", 0);
        supplier("SD-HOST", HOSTILE, 14);
        set("SD-HOST", "sgABN", "999");
        assertOneLineHostile(awaitOpen("SUP_ABN_INVALID|supplier:SD-HOST"));
        assertNothingOpenFor("supplier-details", "supplier:SD-OFF");
    }

    @Test
    void headOfficesSharingAnAbnAreDuplicatesButBranchesAreNot() {
        int head = supplier("DUP-A", "Dup A", 20);
        supplier("DUP-B", "Dup B", 21);
        supplier("DUP-BR", "Dup branch", 22);
        supplier("DUP-OFF", "Dup inactive", 23);
        String shared = abn(20);
        set("DUP-B", "sgABN", shared.substring(0, 2) + " " + shared.substring(2, 5) + " " + shared.substring(5, 8) + " " + shared.substring(8));
        set("DUP-BR", "sgABN", shared);
        set("DUP-BR", "fkidHeadOffice", head);
        set("DUP-OFF", "sgABN", shared);
        set("DUP-OFF", "bActive", 0);
        Map<String, Object> issue = awaitOpen("SUP_ABN_SHARED|abn:" + shared);
        assertIssue(issue, "WARNING", "supplier-details", "2 suppliers share ABN " + shared + ": DUP-A, DUP-B");

        set("DUP-B", "sgABN", abn(21));
        awaitResolved("SUP_ABN_SHARED|abn:" + shared);
    }

    @Test
    void sharedEmailMattersOnlyAmongJobFileLinkedSuppliers() {
        supplier("JF-A", "JobFile A", 30);
        supplier("JF-B", "JobFile B", 31);
        supplier("JF-C", "Not on JobFile", 32);
        set("JF-A", "sgEmail", "Office@Shared-Trade.example");
        set("JF-B", "sgEmail", " office@shared-trade.example ");
        set("JF-A", "sgJobFileID", "JF-1001");
        set("JF-B", "sgJobFileID", "JF-1002");
        set("JF-C", "sgEmail", "solo@shared-trade.example");
        supplier("JF-D", "JobFile D", 33);
        set("JF-D", "sgEmail", "solo@shared-trade.example");
        set("JF-D", "sgJobFileID", "JF-1003");
        Map<String, Object> issue = awaitOpen("SUP_JOBFILE_EMAIL_SHARED|email:office@shared-trade.example");
        assertIssue(issue, "WARNING", "supplier-details", "2 suppliers share email office@shared-trade.example: JF-A, JF-B");
        assertNotRaised("supplier-duplicates", "SUP_JOBFILE_EMAIL_SHARED|email:solo@shared-trade.example");

        set("JF-B", "sgJobFileID", null);
        awaitResolved("SUP_JOBFILE_EMAIL_SHARED|email:office@shared-trade.example");
    }

    @Test
    void inactiveSupplierStillHoldingOpenPos() {
        supplier("SIO-1", "Gone Bust Electrical", 40);
        supplier("SIO-2", "Only Closed Work", 41);
        set("SIO-1", "bActive", 0);
        set("SIO-2", "bActive", 0);
        rows.contract("32001");
        db.update("INSERT INTO dbo.tblContracts (sgContractNo, inJobType, inContractStatus) VALUES ('32002', 4, 3)");
        rows.poHeader("SIO-PO-1", "32001", "SIO-1", 1, 60, "1.00", "0.10", "1.10");
        rows.poHeader("SIO-PO-2", "32001", "SIO-1", 0, 30, "1.00", "0.10", "1.10");
        rows.poHeader("SIO-PO-3", "32002", "SIO-2", 1, 60, "1.00", "0.10", "1.10");
        int cancel = rows.poHeader("SIO-PO-4", "32001", "SIO-2", 1, 60, "1.00", "0.10", "1.10");
        db.update("UPDATE dbo.tblIntPOHeaders SET sgOrderType = 'CANCEL' WHERE idIntPOHeader = ?", cancel);
        rows.poHeader("SIO-PO-5", "32001", "SIO-2", 8, 60, "1.00", "0.10", "1.10");
        rows.poHeader("SIO-PO-6", "32001", "SIO-2", 1, 181 * 24 * 60, "1.00", "0.10", "1.10");

        Map<String, Object> issue = awaitOpen("SUP_INACTIVE_ON_OPEN_PO|supplier:SIO-1");
        assertIssue(issue, "WARNING", "supplier-details",
                "Inactive supplier SIO-1 (Gone Bust Electrical) still has 2 open PO(s), latest SIO-PO-2 on job 32001");
        assertNotRaised("supplier-inactive-on-open-po", "SUP_INACTIVE_ON_OPEN_PO|supplier:SIO-2");

        set("SIO-1", "bActive", 1);
        awaitResolved("SUP_INACTIVE_ON_OPEN_PO|supplier:SIO-1");
    }

    @Test
    void latestOpenPoIsTheLastReceivedWithItsOwnJob() {
        supplier("SIO-3", "Closed Down Cabinets", 42);
        set("SIO-3", "bActive", 0);
        rows.contract("32003");
        rows.contract("32004");
        rows.poHeader("SIO-9", "32004", "SIO-3", 1, 120, "1.00", "0.10", "1.10");
        rows.poHeader("SIO-10", "32003", "SIO-3", 1, 10, "1.00", "0.10", "1.10");
        assertIssue(awaitOpen("SUP_INACTIVE_ON_OPEN_PO|supplier:SIO-3"), "WARNING", "supplier-details",
                "still has 2 open PO(s), latest SIO-10 on job 32003");
    }
}
