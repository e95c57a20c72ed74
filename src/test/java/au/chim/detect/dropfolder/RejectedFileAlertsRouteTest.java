package au.chim.detect.dropfolder;

import static au.chim.detect.dropfolder.DropTestSupport.PO_HEADER;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_3;
import static au.chim.detect.dropfolder.DropTestSupport.crlf;
import static au.chim.detect.dropfolder.DropTestSupport.write;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two bad files from one source are two issues, each alerted; an operator's resolution with a reason ends one of them only. */
class RejectedFileAlertsRouteTest {
    static final String EMPTY = "PO_DATABUILD_20240304101500.csv";
    static final String BINARY = "PO_DATABUILD_20240304111500.csv";

    @TempDir
    Path dir;

    @Test
    void eachRejectedFileIsAlertedOnItsOwnAndAnOperatorResolvesOneWithAReason() throws Exception {
        try (DropFolderRig rig = new DropFolderRig(dir).set("monitor.dropfolders.verify-interval", "300ms").start()) {
            DropApi api = new DropApi(rig.monitor);
            write(rig.in("po"), EMPTY, "");
            rig.awaitDone(EMPTY);
            Files.write(rig.in("po").resolve(BINARY), new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00});
            rig.awaitDone(BINARY);
            write(rig.in("po"), "PO_DATABUILD_20240304121500.csv", crlf(PO_HEADER, PO_LINE_3));
            rig.awaitDone("PO_DATABUILD_20240304121500.csv");

            String empty = "DROP_FILE_REJECTED|drop-file:PO/" + EMPTY;
            String binary = "DROP_FILE_REJECTED|drop-file:PO/" + BINARY;
            assertEquals("NEW", rig.status(empty), "a good file with other content says nothing about it");
            assertEquals("NEW", rig.status(binary));
            for (String fp : new String[] {empty, binary}) {
                assertTrue(rig.count("SELECT COUNT(*) FROM monitor_alert_queue q JOIN monitor_issue i ON i.id = q.issue_id "
                        + "WHERE i.fingerprint = ? AND q.transition = 'NEW'", fp) >= 1, fp + " is alerted on its own");
            }

            long issue = FileRowIssuesRouteTest.id(rig, empty);
            var r = api.call("POST", "/api/issues/" + issue + "/resolve", "admin", "{\"reason\":\"export was run by mistake; nothing to load\"}");
            assertEquals(200, r.statusCode(), r.body());
            await().atMost(Duration.ofSeconds(20)).until(() -> "RESOLVED".equals(rig.store().queryForObject(
                    "SELECT status FROM monitor_rejected_file WHERE file_name = ?", String.class, EMPTY)));
            assertTrue(rig.store().queryForObject("SELECT reason FROM monitor_issue_audit WHERE issue_id = ? AND transition = 'RESOLVED'",
                    String.class, issue).contains("export was run by mistake"));
            assertEquals("RESOLVED", rig.status(empty));
            assertEquals("NEW", rig.status(binary), "the other file's issue is its own");
            String listed = api.call("GET", "/api/files/quarantined", "viewer", null).body();
            assertFalse(listed.contains(EMPTY), "no longer waiting: " + listed);
            assertTrue(listed.contains(BINARY), listed);
            assertTrue(Files.exists(rig.quarantine("po").resolve(EMPTY)), "resolved, never deleted");
        }
    }
}
