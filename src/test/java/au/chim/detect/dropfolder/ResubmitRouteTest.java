package au.chim.detect.dropfolder;

import static au.chim.detect.dropfolder.DropTestSupport.PO_HEADER;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_1;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_2;
import static au.chim.detect.dropfolder.DropTestSupport.crlf;
import static au.chim.detect.dropfolder.DropTestSupport.write;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resubmitting a quarantined file over the real REST API: audited, validated again, the original kept until the copy is
 * processed, and the file's issue resolved only once ClickHome's interface tables hold its data. Also a crash between
 * the resubmit and the processing.
 */
class ResubmitRouteTest {
    static final String NAME = "PO_DATABUILD_20240304101500.csv";
    static final String FP = "DROP_FILE_REJECTED|drop-file:PO/" + NAME;
    static final String MISSING_LINE_GST = crlf(PO_HEADER.replace("LineGST,", "GSTAmount,"), PO_LINE_1, PO_LINE_2);

    @TempDir
    Path dir;

    static DropFolderRig rig(Path dir) throws Exception {
        return new DropFolderRig(dir).set("monitor.dropfolders.verify-interval", "300ms");
    }

    @Test
    void aResubmittedFileIsValidatedAgainAndResolvesOnlyOnceClickHomeLoadedIt() throws Exception {
        try (DropFolderRig rig = rig(dir).start()) {
            DropApi api = new DropApi(rig.monitor);
            write(rig.in("po"), NAME, MISSING_LINE_GST);
            assertEquals("QUARANTINED", rig.awaitDone(NAME).get("status"));
            long id = rig.count("SELECT id FROM monitor_rejected_file WHERE file_name = ?", NAME);

            var list = api.call("GET", "/api/files/quarantined", "viewer", null);
            assertEquals(200, list.statusCode(), list.body());
            assertTrue(list.body().contains("\"fileName\":\"" + NAME + "\"") && list.body().contains("Reason:        MISSING_COLUMNS"),
                    "listed with its report: " + list.body());
            assertEquals(403, api.call("POST", "/api/files/" + id + "/resubmit", "viewer", "{\"reason\":\"x\"}").statusCode(),
                    "only an admin resubmits");
            assertEquals(400, api.call("POST", "/api/files/" + id + "/resubmit", "admin", "{}").statusCode(), "a reason is required");

            // Accounts corrected the header in the quarantine copy
            Files.writeString(rig.quarantine("po").resolve(NAME), crlf(PO_HEADER, PO_LINE_1, PO_LINE_2));
            var sent = api.call("POST", "/api/files/" + id + "/resubmit", "admin", "{\"reason\":\"header fixed by Accounts\"}");
            assertEquals(200, sent.statusCode(), sent.body());
            assertTrue(sent.body().contains("\"status\":\"RESUBMITTING\""), sent.body());

            // Camel drops its read-lock marker just after the archive move: the In folder is empty a moment later
            await().atMost(Duration.ofSeconds(20)).until(() -> "VERIFYING".equals(entryStatus(rig, id)) && rig.archived("po").size() == 1
                    && DropFolderRig.files(rig.in("po")).isEmpty());
            assertTrue(Files.exists(rig.quarantine("po").resolve(DropOutcomes.RESUBMITTED).resolve(NAME)),
                    "the original left the quarantine's top level only after its copy was processed, and is kept");
            assertEquals("NEW", rig.status(FP), "not resolved before ClickHome holds the data");
            long issue = ((Number) rig.monitor.issue(FP).get("id")).longValue();
            assertEquals("admin", rig.store().queryForObject(
                    "SELECT actor FROM monitor_issue_audit WHERE issue_id = ? AND transition = 'RESUBMITTED'", String.class, issue));
            assertTrue(rig.store().queryForObject("SELECT reason FROM monitor_issue_audit WHERE issue_id = ? AND transition = 'RESUBMITTED'",
                    String.class, issue).contains("header fixed by Accounts"));

            loadPo(rig, "24017/012", 1);
            await().atMost(Duration.ofSeconds(20)).until(() -> "RESOLVED".equals(rig.status(FP)) && "RESOLVED".equals(entryStatus(rig, id)));
            String evidence = rig.store().queryForObject("SELECT reason FROM monitor_issue_audit WHERE issue_id = ? AND transition = 'RESOLVED'",
                    String.class, issue);
            assertTrue(evidence.contains("tblIntPOHeaders 24017/012 v1 inLoadStatus 1") && evidence.contains("carried by " + NAME), evidence);
            assertEquals(409, api.call("POST", "/api/files/" + id + "/resubmit", "admin", "{\"reason\":\"again\"}").statusCode());
        }
    }

    @Test
    void aCrashBetweenResubmitAndProcessingLosesNothingAndProcessesTheCopyOnce() throws Exception {
        try (DropFolderRig rig = rig(dir).start()) {
            write(rig.in("po"), NAME, MISSING_LINE_GST);
            rig.awaitDone(NAME);
            long id = rig.count("SELECT id FROM monitor_rejected_file WHERE file_name = ?", NAME);
            rig.stop();

            // what a resubmit commits before it places the copy; the monitor died before placing it
            Path original = rig.quarantine("po").resolve(NAME);
            Files.writeString(original, crlf(PO_HEADER, PO_LINE_1, PO_LINE_2));
            String sha = FileHash.sha256(original);
            var store = rig.store().getDataSource();
            new RejectedFiles(store, Clock.systemUTC()).resubmitting(id, "admin", "fixed", false, NAME, sha);
            new ProcessedFiles(store, Clock.systemUTC()).reopen(sha, NAME);

            rig.start();
            // the copy was placed again after the restart, processed and archived
            await().atMost(Duration.ofSeconds(30)).until(() -> "VERIFYING".equals(entryStatus(rig, id)) && rig.archived("po").size() == 1);
            assertEquals(1, rig.count("SELECT COUNT(*) FROM monitor_processed_file WHERE sha256 = ? AND status = 'PROCESSED'", sha));
            // several more polls of the folder, so more than one run of the recovery (300 ms) at a 200 ms poll
            rig.awaitPolls("detect-drop-po", 5);
            assertEquals(1, rig.archived("po").size(), "and never processed twice");
            assertEquals(List.of(), DropFolderRig.files(rig.in("po")), "no copy or .tmp left in the In folder");
            assertTrue(Files.exists(rig.quarantine("po").resolve(DropOutcomes.RESUBMITTED).resolve(NAME)), "the original is kept");
        }
    }

    @Test
    void bytesAlreadyProcessedAreResubmittedOnlyWhenForced() throws Exception {
        try (DropFolderRig rig = rig(dir).start()) {
            DropApi api = new DropApi(rig.monitor);
            String fixed = crlf(PO_HEADER, PO_LINE_1, PO_LINE_2);
            write(rig.in("po"), NAME, MISSING_LINE_GST);
            rig.awaitDone(NAME);
            long first = rig.count("SELECT id FROM monitor_rejected_file WHERE file_name = ?", NAME);
            Files.writeString(rig.quarantine("po").resolve(NAME), fixed);
            assertEquals(200, api.call("POST", "/api/files/" + first + "/resubmit", "admin", "{\"reason\":\"fixed\"}").statusCode());
            await().atMost(Duration.ofSeconds(20)).until(() -> "VERIFYING".equals(entryStatus(rig, first)) && rig.archived("po").size() == 1);

            // the nightly export sends the same bad bytes again; someone corrects that copy to what was already processed
            String again = "PO_DATABUILD_20240305101500.csv";
            write(rig.in("po"), again, MISSING_LINE_GST);
            await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(rig.quarantine("po").resolve(again + ".report.txt")));
            long second = rig.count("SELECT id FROM monitor_rejected_file WHERE file_name = ?", again);
            Files.writeString(rig.quarantine("po").resolve(again), fixed);
            var refused = api.call("POST", "/api/files/" + second + "/resubmit", "admin", "{\"reason\":\"fixed too\"}");
            assertEquals(409, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("already processed as " + NAME) && refused.body().contains("force"), refused.body());
            assertEquals("QUARANTINED", entryStatus(rig, second), "nothing changed");

            var forced = api.call("POST", "/api/files/" + second + "/resubmit", "admin", "{\"reason\":\"reload it\",\"force\":true}");
            assertEquals(200, forced.statusCode(), forced.body());
            await().atMost(Duration.ofSeconds(20)).until(() -> "VERIFYING".equals(entryStatus(rig, second)) && rig.archived("po").size() == 2);
            assertEquals(Boolean.TRUE, rig.store().queryForObject("SELECT resubmit_forced FROM monitor_rejected_file WHERE id = ?",
                    Boolean.class, second));
        }
    }

    @Test
    void aResubmittedCopyThatIsStillBadIsRefusedAgainAndTheOriginalWaitsAsBefore() throws Exception {
        try (DropFolderRig rig = rig(dir).start()) {
            write(rig.in("po"), NAME, MISSING_LINE_GST);
            rig.awaitDone(NAME);
            long id = rig.count("SELECT id FROM monitor_rejected_file WHERE file_name = ?", NAME);
            var sent = new DropApi(rig.monitor).call("POST", "/api/files/" + id + "/resubmit", "admin", "{\"reason\":\"try again\"}");
            assertEquals(200, sent.statusCode(), sent.body());

            Path copy = rig.quarantine("po").resolve(DropOutcomes.RESUBMITTED).resolve(NAME);
            await().atMost(Duration.ofSeconds(20)).until(() -> "QUARANTINED".equals(entryStatus(rig, id)) && Files.exists(copy)
                    && Files.exists(copy.resolveSibling(NAME + ".report.txt")));
            assertTrue(rig.store().queryForObject("SELECT resolution FROM monitor_rejected_file WHERE id = ?", String.class, id)
                    .contains("the resubmitted copy was refused again (MISSING_COLUMNS)"));
            assertTrue(Files.exists(rig.quarantine("po").resolve(NAME)), "the original waits where it was");
            assertEquals(List.of(), DropFolderRig.files(rig.in("po")));
            assertEquals("OPEN", rig.status(FP), "seen again by the refused copy and still open: its data is not in");
            assertEquals(List.of(), rig.archived("po"));
        }
    }

    static String entryStatus(DropFolderRig rig, long id) {
        return rig.store().queryForObject("SELECT status FROM monitor_rejected_file WHERE id = ?", String.class, id);
    }

    /** ClickHome's importer loaded the PO (inLoadStatus 1 Loaded, 9 Error). */
    static void loadPo(DropFolderRig rig, String po, int status) {
        rig.monitor.clickhome().update("INSERT INTO dbo.tblIntPOHeaders (sgSourceSystem, sgPONumber, inPOVersion, sgOrderType, sgContractNo, "
                + "sgSupplierCode, dtOrderDate, dcTotalExGST, dcTotalGST, dcTotalIncGST, inLoadStatus, dtLoaded) VALUES ('DATABUILD', ?, 1, "
                + "'ORDER', '24017', 'SPARK01', '2024-03-04', 100.00, 10.00, 110.00, ?, GETDATE())", po, status);
    }
}
