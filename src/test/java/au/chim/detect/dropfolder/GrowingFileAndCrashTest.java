package au.chim.detect.dropfolder;

import static au.chim.detect.dropfolder.DropTestSupport.PO_HEADER;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_1;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_2;
import static au.chim.detect.dropfolder.DropTestSupport.crlf;
import static au.chim.detect.dropfolder.DropTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file still being written is not read; a crash at any point leaves a file that is processed once, findings not doubled. */
class GrowingFileAndCrashTest {
    static final String NAME = "PO_DATABUILD_20240304101500.csv";
    static final String GST_FP = DropFolderRouteTest.GST_FP;

    @TempDir
    Path dir;

    @Test
    void aFileGrowingWhileItIsWatchedIsReadOnceWhenComplete() throws Exception {
        try (DropFolderRig rig = new DropFolderRig(dir).set("monitor.dropfolders.read-lock-min-age", "4s").start()) {
            String whole = crlf(PO_HEADER, DropFolderRouteTest.BAD_GST_LINE, PO_LINE_2);
            int cut = whole.indexOf(PO_LINE_2) + 40;
            Path file = write(rig.in("po"), NAME, whole.substring(0, cut / 2));
            Instant lastWrite = Instant.now();
            rig.awaitPolls("detect-drop-po", 2);
            append(file, whole.substring(cut / 2, cut));
            lastWrite = Instant.now();
            rig.awaitPolls("detect-drop-po", 2);
            assertTrue(Duration.between(lastWrite, Instant.now()).compareTo(Duration.ofSeconds(4)) < 0,
                    "polls must complete within the min age for this test to show anything");
            assertEquals(0, rig.count("SELECT COUNT(*) FROM monitor_processed_file"), "a file still being written is not read");
            assertTrue(Files.exists(file));
            assertEquals(List.of(), rig.quarantined("po"), "a half-written file is not mistaken for a truncated one");

            append(file, whole.substring(cut));
            Map<String, Object> row = rig.awaitDone(NAME);
            assertEquals("PROCESSED", row.get("status"));
            assertEquals(2, ((Number) row.get("rows_total")).intValue());
            assertEquals(1, rig.archived("po").size());
            assertEquals("NEW", rig.status(GST_FP));
        }
    }

    @Test
    void aCrashAfterRegisteringButBeforeRecordingIsCheckedAgainWithoutDoublingFindings() throws Exception {
        try (DropFolderRig rig = new DropFolderRig(dir).start()) {
            write(rig.in("po"), NAME, crlf(PO_HEADER, DropFolderRouteTest.BAD_GST_LINE, PO_LINE_2));
            rig.awaitDone(NAME);
            int queued = queued(rig);
            assertTrue(queued > 0, "the finding was queued for its recipients");
            rig.stop();

            // the state a crash leaves between direct:register and the PROCESSED mark: row PROCESSING, file still in the folder
            Files.move(rig.archived("po").get(0), rig.in("po").resolve(NAME));
            rig.store().update("UPDATE monitor_processed_file SET status = 'PROCESSING', finished_at = NULL, rows_total = NULL");

            rig.start();
            assertEquals("PROCESSED", rig.awaitDone(NAME).get("status"));
            assertEquals(1, rig.archived("po").size());
            assertEquals(1, rig.count("SELECT COUNT(*) FROM monitor_issue_audit a JOIN monitor_issue i ON i.id = a.issue_id"
                    + " WHERE i.fingerprint = ? AND a.transition = 'NEW'", GST_FP));
            assertEquals(queued, queued(rig), "no second alert");
            assertNull(rig.status("DROP_FILE_DUPLICATE|drop-interface:PO_DATABUILD"), "the crashed file is not its own duplicate");
        }
    }

    @Test
    void aCrashAfterRecordingButBeforeTheMoveOnlyMovesTheFile() throws Exception {
        String empty = "PO_EMPTY_20240304101500.csv";
        try (DropFolderRig rig = new DropFolderRig(dir).start()) {
            write(rig.in("po"), NAME, crlf(PO_HEADER, DropFolderRouteTest.BAD_GST_LINE, PO_LINE_2));
            write(rig.in("po"), empty, "");
            rig.awaitDone(NAME);
            rig.awaitDone(empty);
            Map<String, Object> before = rig.monitor.issue(GST_FP);
            rig.stop();

            // the state a crash leaves between the PROCESSED/QUARANTINED mark and the move
            Files.move(rig.archived("po").get(0), rig.in("po").resolve(NAME));
            Files.move(rig.quarantine("po").resolve(empty), rig.in("po").resolve(empty));
            Files.delete(rig.quarantine("po").resolve(empty + ".report.txt"));
            rig.store().update("UPDATE monitor_processed_file SET finished_at = NULL");

            rig.start();
            assertEquals("PROCESSED", rig.awaitDone(NAME).get("status"));
            assertEquals("QUARANTINED", rig.awaitDone(empty).get("status"));
            Map<String, Object> after = rig.monitor.issue(GST_FP);
            assertEquals(before.get("occurrences"), after.get("occurrences"), "not registered again");
            assertEquals(before.get("last_seen"), after.get("last_seen"));
            assertEquals(1, rig.archived("po").size());
            assertTrue(Files.readString(rig.quarantine("po").resolve(empty + ".report.txt")).contains("Reason:        EMPTY"));
            assertNull(rig.status("DROP_FILE_DUPLICATE|drop-interface:PO_DATABUILD"));
        }
    }

    private static int queued(DropFolderRig rig) {
        return rig.count("SELECT COUNT(*) FROM monitor_alert_queue q JOIN monitor_issue i ON i.id = q.issue_id WHERE i.fingerprint = ?", GST_FP);
    }

    private static void append(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
