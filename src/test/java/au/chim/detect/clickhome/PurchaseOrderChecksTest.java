package au.chim.detect.clickhome;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The purchase-order checks on real rows: stalled loads, autotasks, amounts, approvals, brown houses (load errors: PoLoadErrorChecksTest). */
class PurchaseOrderChecksTest extends CheckTestBase {
    @Test
    void poPendingPastTheThresholdIsReportedAndResolvedWhenLoaded() {
        int late = rows.poHeader("NL-1", "31010", "SPARK01", 0, 122, "1.00", "0.10", "1.10");
        rows.poHeader("NL-2", "31011", "SPARK01", 0, 118, "1.00", "0.10", "1.10");
        rows.poHeader("NL-3", "31012", "SPARK01", 1, 500, "1.00", "0.10", "1.10");
        Map<String, Object> issue = awaitOpen("PO_NOT_LOADED|po:NL-1");
        assertIssue(issue, "ERROR", "environment", "PO NL-1 for job 31010 has waited 122 minutes to load into ClickHome");
        assertNotRaised("po-not-loaded", "PO_NOT_LOADED|po:NL-2", "PO_NOT_LOADED|po:NL-3");

        db.update("UPDATE dbo.tblIntPOHeaders SET inLoadStatus = 1, dtLoaded = GETDATE() WHERE idIntPOHeader = ?", late);
        awaitResolved("PO_NOT_LOADED|po:NL-1");
    }

    @Test
    void unmatchedCostCodeIsOneIssuePerCodeUntilMapped() {
        int a = rows.poHeader("AT-1", "31020", "SPARK01", 2, 60, "30.00", "3.00", "33.00");
        rows.poLine(a, 1, "AT-PLB", "Rough-in", "10.00", "GST", "1.00", 2);
        rows.poLine(a, 2, "AT-MAP", "Fit-off", "20.00", "GST", "2.00", 1);
        int b = rows.poHeader("AT-2", "31021", "SPARK01", 2, 30, "10.00", "1.00", "11.00");
        rows.poLine(b, 1, "AT-PLB", "Rough-in", "10.00", "GST", "1.00", 2);
        int old = rows.poHeader("AT-3", "31022", "SPARK01", 2, 15 * 24 * 60, "10.00", "1.00", "11.00");
        rows.poLine(old, 1, "AT-OLD", "Old autotask", "10.00", "GST", "1.00", 2);

        Map<String, Object> issue = awaitOpen("PO_COST_CODE_UNMATCHED|cost-code:AT-PLB");
        assertIssue(issue, "WARNING", "po-integration",
                "Cost code AT-PLB matches no template task: 2 autotask line(s) on 2 PO(s), latest AT-2");
        assertNotRaised("po-autotasks", "PO_COST_CODE_UNMATCHED|cost-code:AT-MAP", "PO_COST_CODE_UNMATCHED|cost-code:AT-OLD");

        db.update("UPDATE dbo.tblIntPOLines SET inMatchStatus = 1 WHERE sgCostCode = 'AT-PLB'");
        awaitResolved("PO_COST_CODE_UNMATCHED|cost-code:AT-PLB");
    }

    @Test
    void latestAutotaskIsTheLastLoadedPoNotTheHighestNumber() {
        int earlier = rows.poHeader("AT-9", "31023", "SPARK01", 2, 120, "10.00", "1.00", "11.00");
        rows.poLine(earlier, 1, "AT-LATE", "Old scaffold", "10.00", "GST", "1.00", 2);
        int later = rows.poHeader("AT-10", "31024", "SPARK01", 2, 10, "10.00", "1.00", "11.00");
        rows.poLine(later, 1, "AT-LATE", "New scaffold", "10.00", "GST", "1.00", 2);
        Map<String, Object> issue = awaitOpen("PO_COST_CODE_UNMATCHED|cost-code:AT-LATE");
        assertIssue(issue, "WARNING", "po-integration", "2 autotask line(s) on 2 PO(s), latest AT-10");
        assertTrue(((String) issue.get("detail")).startsWith("Latest: Autotask for PO=AT-LATE on job 31024"), (String) issue.get("detail"));
    }

    @Test
    void correctPoRaisesNothing() {
        int ok = rows.poHeader("AM-OK", "31030", "SPARK01", 1, 10, "120.01", "9.99", "130.00");
        rows.poLine(ok, 1, "AM1", "Frame", "60.00", "GST", "6.00", 1);
        rows.poLine(ok, 2, "AM2", "Fix", "40.01", "GST", "3.99", 1);      // GST 1 cent off 10 %: rounding, tolerated
        rows.poLine(ok, 3, "AM3", "Fee", "19.99", "FRE", "0.00", 1);      // lines add up to 120.00, header says 120.01: tolerated
        assertNothingOpenFor("po-amounts", "po:AM-OK");
    }

    @Test
    void headerTotalThatDiffersFromItsLinesIsReported() {
        int h = rows.poHeader("AM-1", "31031", "SPARK01", 1, 10, "100.00", "9.00", "99.00");
        rows.poLine(h, 1, "AM1", "Frame", "60.00", "GST", "6.00", 1);
        rows.poLine(h, 2, "AM2", "Fix", "30.00", "GST", "3.00", 1);
        Map<String, Object> issue = awaitOpen("PO_TOTAL_MISMATCH|po:AM-1|total");
        assertIssue(issue, "ERROR", "po-integration", "PO AM-1 amounts do not add up: header ex-GST 100.00, GST 9.00, inc-GST 99.00; lines ex-GST 90.00");

        db.update("UPDATE dbo.tblIntPOHeaders SET dcTotalExGST = 90.00, dcTotalIncGST = 99.00 WHERE idIntPOHeader = ?", h);
        awaitResolved("PO_TOTAL_MISMATCH|po:AM-1|total");
    }

    @Test
    void incGstThatIsNotExPlusGstIsReported() {
        int h = rows.poHeader("AM-2", "31032", "SPARK01", 1, 10, "100.00", "10.00", "110.02");
        rows.poLine(h, 1, "AM1", "Frame", "100.00", "GST", "10.00", 1);
        assertIssue(awaitOpen("PO_TOTAL_MISMATCH|po:AM-2|total"), "ERROR", "po-integration", "inc-GST 110.02");
    }

    @Test
    void gstLineOffByMoreThanACentAndGstFreeLineWithGstAreReportedPerLine() {
        int h = rows.poHeader("AM-3", "31033", "SPARK01", 1, 10, "120.00", "12.03", "132.03");
        rows.poLine(h, 1, "AM1", "Frame", "50.00", "GST", "5.02", 1);
        rows.poLine(h, 2, "AM2", "Fix", "50.00", "GST", "5.01", 1);
        rows.poLine(h, 3, "AM3", HOSTILE, "20.00", "FRE", "2.00", 1);
        rows.poLine(h, 4, "AM4", "Levy", "0.00", "N-T", "0.00", 1);
        Map<String, Object> line1 = awaitOpen("PO_GST_MISMATCH|po:AM-3|line 1");
        assertIssue(line1, "ERROR", "po-integration", "line 1 (AM1 Frame): GST code GST, ex-GST 50.00, GST 5.02, expected 5.00");
        Map<String, Object> line3 = awaitOpen("PO_GST_MISMATCH|po:AM-3|line 3");
        assertIssue(line3, "ERROR", "po-integration", "GST code FRE, ex-GST 20.00, GST 2.00, expected 0.00");
        assertOneLineHostile(line3);
        assertNotRaised("po-amounts", "PO_GST_MISMATCH|po:AM-3|line 2", "PO_GST_MISMATCH|po:AM-3|line 4", "PO_TOTAL_MISMATCH|po:AM-3|total");

        db.update("UPDATE dbo.tblIntPOLines SET dcLineGST = 0 WHERE fkidIntPOHeader = ? AND inLineNo = 3", h);
        db.update("UPDATE dbo.tblIntPOLines SET dcLineGST = 5.00 WHERE fkidIntPOHeader = ? AND inLineNo = 1", h);
        db.update("UPDATE dbo.tblIntPOHeaders SET dcTotalGST = 10.01, dcTotalIncGST = 130.01 WHERE idIntPOHeader = ?", h);
        awaitResolved("PO_GST_MISMATCH|po:AM-3|line 3");
        awaitResolved("PO_GST_MISMATCH|po:AM-3|line 1");
    }

    @Test
    void supersededPoIsNotJudged() {
        int h = rows.poHeader("AM-4", "31034", "SPARK01", 8, 10, "999.00", "1.00", "5.00");
        rows.poLine(h, 1, "AM1", "Frame", "50.00", "FRE", "5.00", 1);
        assertNothingOpenFor("po-amounts", "po:AM-4");
    }

    private void approval(String id, int header, int exportStatus, String exportedSql, String ackStatus, String ackMessage, String ackedSql) {
        db.update("INSERT INTO dbo.tblIntPOApprovals (sgApprovalId, fkidIntPOHeader, sgPONumber, sgContractNo, sgSupplierCode, dcApprovePercent, "
                        + "dcApproveExGST, inExportStatus, dtExported, sgAckStatus, sgAckMessage, dtAcknowledged) "
                        + "VALUES (?, ?, 'AP-PO', '31040', 'SPARK01', 50, 500.00, ?, " + exportedSql + ", ?, ?, " + ackedSql + ")",
                id, header, exportStatus, ackStatus, ackMessage);
    }

    @Test
    void approvalNotExportedAfterExportHours() {
        int loaded5h = rows.poHeader("AP-PO", "31040", "SPARK01", 1, 5 * 60, "1000.00", "100.00", "1100.00");
        int loaded3h = rows.poHeader("AP-PO", "31040", "SPARK01", 1, 3 * 60, "1000.00", "100.00", "1100.00");
        approval("AP-1", loaded5h, 0, "NULL", null, null, "NULL");
        approval("AP-2", loaded3h, 0, "NULL", null, null, "NULL");
        approval("AP-3", loaded3h, 9, "NULL", null, null, "NULL");
        assertIssue(awaitOpen("APPROVAL_NOT_EXPORTED|approval:AP-1"), "ERROR", "po-integration",
                "Approval AP-1 for PO AP-PO has not been exported to accounting");
        assertIssue(awaitOpen("APPROVAL_NOT_EXPORTED|approval:AP-3"), "ERROR", "po-integration", "Approval AP-3 for PO AP-PO failed to export");
        assertNotRaised("po-approvals", "APPROVAL_NOT_EXPORTED|approval:AP-2");

        db.update("UPDATE dbo.tblIntPOApprovals SET inExportStatus = 1, dtExported = GETDATE() WHERE sgApprovalId = 'AP-1'");
        awaitResolved("APPROVAL_NOT_EXPORTED|approval:AP-1");
    }

    @Test
    void approvalNotAcknowledgedPastAckHoursAndResolvedByTheAck() {
        int h = rows.poHeader("AP-PO", "31040", "SPARK01", 1, 60, "1000.00", "100.00", "1100.00");
        approval("AP-10", h, 1, "DATEADD(hour, -25, GETDATE())", null, null, "NULL");
        approval("AP-11", h, 1, "DATEADD(hour, -23, GETDATE())", null, null, "NULL");
        approval("AP-12", h, 2, "DATEADD(hour, -90, GETDATE())", "ACCEPTED", "ok", "DATEADD(hour, -80, GETDATE())");
        assertIssue(awaitOpen("APPROVAL_NOT_ACKED|approval:AP-10"), "ERROR", "po-integration",
                "Approval AP-10 for PO AP-PO was exported 25 h ago and accounting has not acknowledged it");
        assertNotRaised("po-approvals", "APPROVAL_NOT_ACKED|approval:AP-11");
        assertNothingOpenFor("po-approvals", "approval:AP-12");

        db.update("UPDATE dbo.tblIntPOApprovals SET inExportStatus = 2, sgAckStatus = 'ACCEPTED', dtAcknowledged = GETDATE() WHERE sgApprovalId = 'AP-10'");
        awaitResolved("APPROVAL_NOT_ACKED|approval:AP-10");
    }

    @Test
    void rejectedApprovalCarriesTheReason() {
        int h = rows.poHeader("AP-PO", "31040", "SPARK01", 1, 60, "1000.00", "100.00", "1100.00");
        approval("AP-20", h, 3, "DATEADD(hour, -2, GETDATE())", "REJECTED", "PO closed in accounting", "GETDATE()");
        approval("AP-21", h, 2, "DATEADD(hour, -2, GETDATE())", "REJECTED", HOSTILE, "GETDATE()");
        approval("AP-22", h, 3, "DATEADD(hour, -2, GETDATE())", null, null, "GETDATE()");
        approval("AP-23", h, 3, "DATEADD(day, -16, GETDATE())", "REJECTED", "old", "DATEADD(day, -15, GETDATE())");
        assertIssue(awaitOpen("APPROVAL_REJECTED|approval:AP-20"), "ERROR", "po-integration",
                "Accounting rejected approval AP-20 for PO AP-PO: PO closed in accounting");
        assertOneLineHostile(awaitOpen("APPROVAL_REJECTED|approval:AP-21"));
        assertIssue(awaitOpen("APPROVAL_REJECTED|approval:AP-22"), "ERROR", "po-integration", "AP-22 for PO AP-PO: no reason given");
        assertNotRaised("po-approvals", "APPROVAL_REJECTED|approval:AP-23");

        db.update("UPDATE dbo.tblIntPOApprovals SET inExportStatus = 2, sgAckStatus = 'ACCEPTED', sgAckMessage = NULL WHERE sgApprovalId = 'AP-20'");
        awaitResolved("APPROVAL_REJECTED|approval:AP-20");
    }

    private void updatedJob(String contractNo, Integer supervisor, String suburb, int jobType, int contractStatus, int hoursAgo) {
        db.update("INSERT INTO dbo.tblContracts (sgContractNo, inJobType, inContractStatus, inSchedulingStatus, fkidSupervisor1, sgSuburb, "
                + "dtSchedulingStatusChanged) VALUES (?, ?, ?, 3, ?, ?, DATEADD(hour, -1 * ?, GETDATE()))",
                contractNo, jobType, contractStatus, supervisor, suburb, hoursAgo);
    }

    @Test
    void poUpdateNotAcknowledgedForMoreThanThreeDays() {
        int sam = rows.user("Sam Site", "sam@builder.example");
        updatedJob("31050", sam, "Marsden Park", 4, 1, 3 * 24 + 2);
        updatedJob("31051", null, null, 4, 1, 5 * 24);
        updatedJob("31052", sam, "Box Hill", 4, 1, 3 * 24 - 2);
        updatedJob("31053", sam, "Box Hill", 4, 3, 9 * 24);
        updatedJob("31054", sam, "Box Hill", 3, 1, 9 * 24);
        assertIssue(awaitOpen("PO_UPDATE_UNACKNOWLEDGED|contract:31050"), "WARNING", "po-integration",
                "Job 31050 (Marsden Park): PO update waiting 3 days for Sam Site to acknowledge");
        assertIssue(awaitOpen("PO_UPDATE_UNACKNOWLEDGED|contract:31051"), "WARNING", "po-integration",
                "Job 31051: PO update waiting 5 days for the supervisor to acknowledge");
        assertNotRaised("po-update-unacknowledged", "PO_UPDATE_UNACKNOWLEDGED|contract:31052", "PO_UPDATE_UNACKNOWLEDGED|contract:31053",
                "PO_UPDATE_UNACKNOWLEDGED|contract:31054");

        db.update("UPDATE dbo.tblContracts SET inSchedulingStatus = 2 WHERE sgContractNo = '31050'");
        awaitResolved("PO_UPDATE_UNACKNOWLEDGED|contract:31050");
    }
}
