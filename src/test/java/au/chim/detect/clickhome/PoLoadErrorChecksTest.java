package au.chim.detect.clickhome;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The PO load-error check on real rows: ClickHome's error mapped to the catalogue, and ClickHome's own faults told apart. */
class PoLoadErrorChecksTest extends CheckTestBase {
    private int loadError(String po, String contractNo, String supplier, String errorCode, String message) {
        int id = rows.poHeader(po, contractNo, supplier, 9, 10, "100.00", "10.00", "110.00");
        db.update("UPDATE dbo.tblIntPOHeaders SET sgErrorCode = ?, sgErrorMessage = ?, inAttemptCount = 2 WHERE idIntPOHeader = ?",
                errorCode, message, id);
        return id;
    }

    @Test
    void unknownSupplierIsMappedAndResolvedByTheNextLoad() {
        db.update("INSERT INTO dbo.tblBusinessUnits (sgName) VALUES ('Western Sydney')");
        int sam = rows.user("Sam Site", "sam.site@builder.example");
        db.update("INSERT INTO dbo.tblContracts (sgContractNo, inJobType, inContractStatus, fkidBusinessUnit, fkidSupervisor1) "
                + "VALUES ('31001', 4, 1, (SELECT MAX(idBusinessUnit) FROM dbo.tblBusinessUnits), ?)", sam);
        int id = loadError("LE-1", "31001", "ZZTRADE", "PO_UNKNOWN_SUPPLIER", "Supplier ZZTRADE not found");
        Map<String, Object> issue = awaitOpen("PO_UNKNOWN_SUPPLIER|po:LE-1");
        assertIssue(issue, "ERROR", "po-integration", "PO LE-1 (job 31001, supplier ZZTRADE) did not load: Supplier ZZTRADE not found");
        assertTrue(((String) issue.get("suggested_action")).contains("Add supplier ZZTRADE to the supplier master"));
        String context = (String) issue.get("context_json");
        for (String routed : new String[] {"ZZTRADE", "31001", "Western Sydney", "sam.site@builder.example"}) {
            assertTrue(context.contains(routed), "routing context " + context + " should carry " + routed);
        }

        db.update("UPDATE dbo.tblIntPOHeaders SET inLoadStatus = 1, dtLoaded = GETDATE() WHERE idIntPOHeader = ?", id);
        awaitResolved("PO_UNKNOWN_SUPPLIER|po:LE-1");
    }

    @Test
    void unknownContractAndExcludedSupplierAreToldApart() {
        loadError("LE-2", "39999", "SPARK01", "PO_UNKNOWN_CONTRACT", "Contract 39999 not found");
        loadError("LE-3", "31003", "EXCL01", "PO_SUPPLIER_EXCLUDED", "Supplier excluded in integration");
        Map<String, Object> contract = awaitOpen("PO_UNKNOWN_CONTRACT|po:LE-2");
        assertIssue(contract, "ERROR", "po-integration", "did not load: Contract 39999 not found");
        assertTrue(((String) contract.get("suggested_action")).contains("Check job number 39999"));
        Map<String, Object> excluded = awaitOpen("PO_SUPPLIER_EXCLUDED|po:LE-3");
        assertIssue(excluded, "INFO", "po-integration", "supplier EXCL01");
    }

    @Test
    void unknownClickHomeCodeNullsAndHostileMessageBecomePlainLoadErrors() {
        loadError("LE-4", "31004", "SPARK01", "XYZ_NEW_CODE", HOSTILE);
        loadError("LE-5", "31005", "SPARK01", null, null);
        Map<String, Object> hostile = awaitOpen("PO_LOAD_ERROR|po:LE-4");
        assertIssue(hostile, "ERROR", "po-integration", "PO LE-4 (job 31004, supplier SPARK01) did not load:");
        assertOneLineHostile(hostile);
        assertIssue(awaitOpen("PO_LOAD_ERROR|po:LE-5"), "ERROR", "po-integration", "did not load: no message recorded");
    }

    @Test
    void clickHomesOwnFaultsAreForItAndClickHomeNotForAccounts() {
        loadError("LE-DL", "31007", "SPARK01", null, "Transaction (Process ID 87) was deadlocked on lock resources with another process "
                + "and has been chosen as the deadlock victim. Rerun the transaction.");
        loadError("LE-TO", "31008", "SPARK01", null, "Execution Timeout Expired. The timeout period elapsed prior to completion of the operation.");
        loadError("LE-NR", "31009", "SPARK01", null, "Object reference not set to an instance of an object.");
        for (String po : new String[] {"LE-DL", "LE-TO", "LE-NR"}) {
            Map<String, Object> fault = awaitOpen("PO_LOAD_CLICKHOME_FAULT|po:" + po);
            assertIssue(fault, "ERROR", "clickhome-software", "PO " + po + " (job ");
            assertTrue(((String) fault.get("suggested_action")).contains("re-run the PO load"), (String) fault.get("suggested_action"));
        }
        assertNotRaised("po-load-errors", "PO_LOAD_ERROR|po:LE-DL", "PO_LOAD_ERROR|po:LE-TO", "PO_LOAD_ERROR|po:LE-NR");
    }

    @Test
    void loadedOrSupersededPoWithAnOldErrorCodeIsNotAnError() {
        for (int status : new int[] {0, 1, 8}) {
            int id = rows.poHeader("LE-OK" + status, "31006", "SPARK01", status, 5, "1.00", "0.10", "1.10");
            db.update("UPDATE dbo.tblIntPOHeaders SET sgErrorCode = 'PO_UNKNOWN_SUPPLIER' WHERE idIntPOHeader = ?", id);
        }
        assertNothingOpenFor("po-load-errors", "po:LE-OK");
    }
}
