package au.chim.detect.dropfolder;

import static au.chim.detect.dropfolder.DropTestSupport.PO_HEADER;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_1;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_2;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_3;
import static au.chim.detect.dropfolder.DropTestSupport.crlf;
import static au.chim.detect.dropfolder.DropTestSupport.write;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.register.IssueStore;
import au.chim.routing.PartyRouter;
import au.chim.routing.RoutingFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rejected file and a format change stay open until the data or the expected layout really arrives. */
class RejectedFileLifecycleRouteTest {
    static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00};

    @TempDir
    Path dir;

    @Test
    void aFormatChangeStaysOpenUntilAFileWithTheExpectedLayoutArrives() throws Exception {
        try (DropFolderRig rig = new DropFolderRig(dir).start()) {
            String fp = "INTEGRATION_FORMAT_CHANGE|drop-interface:PO_DATABUILD";
            write(rig.in("po"), "PO_DATABUILD_20240304101500.csv", crlf(PO_HEADER + ",DeliveryWindow", PO_LINE_1 + ",AM"));
            rig.awaitDone("PO_DATABUILD_20240304101500.csv");
            assertEquals("NEW", rig.status(fp));
            IssueStore issues = rig.monitor.context().getRegistry().lookupByNameAndType("issueStore", IssueStore.class);
            PartyRouter router = rig.monitor.context().getRegistry().lookupByNameAndType("partyRouter", PartyRouter.class);
            // ClickHome Support is reached through the Business Contact (routing matrix)
            assertEquals(List.of("client-it", "business-contact"), router.partiesFor(RoutingFacts.of(issues.byFingerprint(fp).orElseThrow())));
            // and both are told now, the Business Contact with a request ready to forward to ClickHome Support
            await().atMost(Duration.ofSeconds(20)).until(() -> rig.store().queryForList("SELECT q.recipient_id FROM monitor_alert_queue q "
                    + "JOIN monitor_issue i ON i.id = q.issue_id WHERE i.fingerprint = ? AND q.transition = 'NEW' ORDER BY q.recipient_id",
                    String.class, fp).equals(List.of("business-contact-person", "it-helpdesk")));
            assertEquals(1, rig.count("SELECT COUNT(*) FROM monitor_alert_queue q JOIN monitor_issue i ON i.id = q.issue_id WHERE "
                    + "i.fingerprint = ? AND q.recipient_id = 'business-contact-person' AND q.support_request = 1", fp));

            write(rig.in("po"), "PO_DATABUILD_20240304111500.csv", "");
            Files.write(rig.in("po").resolve("PO_DATABUILD_20240304121500.csv"), ZIP);
            write(rig.in("po"), "PO_DATABUILD_20240304131500.csv", crlf(PO_HEADER, PO_LINE_1) + "24017/013,1,\"ORD");
            rig.awaitDone("PO_DATABUILD_20240304111500.csv");
            rig.awaitDone("PO_DATABUILD_20240304121500.csv");
            rig.awaitDone("PO_DATABUILD_20240304131500.csv");
            assertEquals("NEW", rig.status(fp), "an empty, binary or truncated file says nothing about the layout");

            write(rig.in("po"), "PO_DATABUILD_20240304141500.csv", crlf(PO_HEADER, PO_LINE_3));
            rig.awaitDone("PO_DATABUILD_20240304141500.csv");
            assertEquals("RESOLVED", rig.status(fp), "the expected layout is back");
            assertEquals("NEW", rig.status("DROP_FILE_REJECTED|drop-file:PO/PO_DATABUILD_20240304111500.csv"),
                    "and the empty file's own issue is still open");
        }
    }

    @Test
    void aCorrectedFileCoveringTheKeysStaysOpenWithTheFactUntilClickHomeLoadsThem() throws Exception {
        try (DropFolderRig rig = new DropFolderRig(dir).set("monitor.dropfolders.verify-interval", "300ms")
                .set("monitor.dropfolders.po.load-window", "1s").start()) {
            String cut = "PO_DATABUILD_20240304101500.csv";
            String fp = "DROP_FILE_REJECTED|drop-file:PO/" + cut;
            write(rig.in("po"), cut, crlf(PO_HEADER, PO_LINE_1) + PO_LINE_2.substring(0, 60));
            rig.awaitDone(cut);
            long id = rig.count("SELECT id FROM monitor_rejected_file WHERE file_name = ?", cut);

            write(rig.in("po"), "PO_DATABUILD_20240304111500.csv", crlf(PO_HEADER, PO_LINE_3));
            rig.awaitDone("PO_DATABUILD_20240304111500.csv");
            assertEquals("QUARANTINED", ResubmitRouteTest.entryStatus(rig, id), "a good file with other keys says nothing about it");
            assertEquals("NEW", rig.status(fp));

            String fixed = "PO_DATABUILD_20240304121500.csv";
            write(rig.in("po"), fixed, crlf(PO_HEADER, PO_LINE_1, PO_LINE_2));
            rig.awaitDone(fixed);
            assertEquals("VERIFYING", ResubmitRouteTest.entryStatus(rig, id), "the corrected file covers every key read from the cut one");
            await().atMost(Duration.ofSeconds(20)).until(() -> rig.monitor.issue(fp).get("summary").toString()
                    .contains("is not loaded in ClickHome within its window: 1 of 1 key(s) missing"));
            assertEquals("OPEN", rig.status(fp), "still open, saying what is missing");

            // ClickHome's importer read it but failed: loaded in error is not in
            ResubmitRouteTest.loadPo(rig, "24017/012", 9);
            await().atMost(Duration.ofSeconds(20)).until(() -> rig.monitor.issue(fp).get("summary").toString()
                    .endsWith("1 of 1 key(s) missing, 1 in error"));
            assertEquals("OPEN", rig.status(fp));
            assertEquals("VERIFYING", ResubmitRouteTest.entryStatus(rig, id));

            // loaded again after the fix (the latest row of the PO counts)
            ResubmitRouteTest.loadPo(rig, "24017/012", 2);
            await().atMost(Duration.ofSeconds(20)).until(() -> "RESOLVED".equals(rig.status(fp))
                    && "RESOLVED".equals(ResubmitRouteTest.entryStatus(rig, id)));
            assertTrue(rig.store().queryForObject("SELECT resolution FROM monitor_rejected_file WHERE id = ?", String.class, id)
                    .contains("carried by " + fixed));
        }
    }

    @Test
    void aRepeatedBadFileInAnyFolderIsQuarantinedWithItsReportAndItsOwnIssue() throws Exception {
        try (DropFolderRig rig = new DropFolderRig(dir).start()) {
            Files.write(rig.in("po").resolve("PO_DATABUILD_20240304101500.csv"), ZIP);
            rig.awaitDone("PO_DATABUILD_20240304101500.csv");
            Files.write(rig.in("po").resolve("PO_DATABUILD_20240305101500.csv"), ZIP);
            Files.write(rig.in("job").resolve("JOB_BUILDPRO_20240305101500.csv"), ZIP);

            String again = "DROP_FILE_REJECTED|drop-file:PO/PO_DATABUILD_20240305101500.csv";
            String job = "DROP_FILE_REJECTED|drop-file:JOB/JOB_BUILDPRO_20240305101500.csv";
            await().atMost(Duration.ofSeconds(20)).until(() -> rig.status(again) != null && rig.status(job) != null
                    && rig.quarantined("po").size() == 4 && rig.quarantined("job").size() == 2);
            assertEquals("ERROR", rig.monitor.issue(again).get("severity"), "alerted at the rejected file's severity");
            String report = Files.readString(rig.quarantine("po").resolve("PO_DATABUILD_20240305101500.csv.report.txt"));
            assertTrue(report.contains("Reason:        BINARY") && report.contains("Same bytes as: PO_DATABUILD_20240304101500.csv"), report);
            assertTrue(Files.exists(rig.quarantine("job").resolve("JOB_BUILDPRO_20240305101500.csv.report.txt")));
            assertEquals(List.of(), rig.archived("po"), "not archived as a harmless duplicate");
            assertEquals(3, rig.count("SELECT COUNT(*) FROM monitor_rejected_file"), "each listed for resubmission");
            assertNull(rig.status("DROP_FILE_DUPLICATE|drop-interface:PO_DATABUILD"));
        }
    }

    @Test
    void linksAndFifosAreReportedAndLeftAloneWithoutALock() throws Exception {
        try (DropFolderRig rig = new DropFolderRig(dir).start()) {
            Path secret = write(dir, "secret.csv", crlf(PO_HEADER, PO_LINE_1));
            Path link = Files.createSymbolicLink(rig.in("po").resolve("PO_DATABUILD_20240304101500.csv"), secret);
            Path fifo = rig.in("po").resolve("PO_DATABUILD_20240304111500.csv");
            assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo");
            String good = "PO_DATABUILD_20240304121500.csv";
            write(rig.in("po"), good, crlf(PO_HEADER, PO_LINE_3));

            rig.awaitDone(good);
            String linkFp = "DROP_FILE_NOT_REGULAR|drop-file:po/PO_DATABUILD_20240304101500.csv";
            String fifoFp = "DROP_FILE_NOT_REGULAR|drop-file:po/PO_DATABUILD_20240304111500.csv";
            await().atMost(Duration.ofSeconds(20)).until(() -> rig.status(linkFp) != null && rig.status(fifoFp) != null);
            assertTrue(rig.monitor.issue(linkFp).get("summary").toString().contains("a symbolic link"));
            NotifyBuilder polls = new NotifyBuilder(rig.monitor.context()).fromRoute("detect-drop-po").whenCompleted(1).create();
            rig.awaitPolls("detect-drop-po", 3);
            assertFalse(polls.matches(0, TimeUnit.SECONDS), "neither is ever handed to the route");
            assertTrue(Files.isSymbolicLink(link) && Files.exists(fifo), "both left where they are");
            try (var s = Files.list(rig.in("po"))) {
                assertEquals(List.of(), s.filter(p -> p.toString().endsWith(".camelLock")).toList(), "no lock file left behind");
            }
            assertEquals(1, rig.count("SELECT COUNT(*) FROM monitor_processed_file"), "the link's target was never read");
        }
    }
}
