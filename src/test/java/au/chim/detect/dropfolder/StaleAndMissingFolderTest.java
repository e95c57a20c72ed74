package au.chim.detect.dropfolder;

import static au.chim.detect.dropfolder.DropTestSupport.PO_HEADER;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_1;
import static au.chim.detect.dropfolder.DropTestSupport.crlf;
import static au.chim.detect.dropfolder.DropTestSupport.write;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files nobody picked up, .tmp files never renamed, and a drop folder that goes away and comes back. */
class StaleAndMissingFolderTest {
    static final String UNREACHABLE = "DROP_FOLDER_UNREACHABLE|drop-folder:po";

    @TempDir
    Path dir;

    @Test
    void filesWaitingPastTheirThresholdAreStaleFindingsForIt() throws Exception {
        try (DropFolderRig rig = new DropFolderRig(dir).start()) {
            Path misnamed = aged(write(rig.in("po"), "purchase-orders.csv", crlf(PO_HEADER, PO_LINE_1)), Duration.ofHours(2));
            aged(write(rig.in("po"), "PO_DATABUILD_20240304101500.tmp", PO_HEADER), Duration.ofMinutes(20));
            aged(write(rig.in("po"), "PO_DATABUILD_20240304101600.tmp", PO_HEADER), Duration.ofMinutes(5));
            aged(write(rig.in("supplier"), "SUPPLIER_DATABUILD_20240301090000.csv.part", "x"), Duration.ofMinutes(30));
            aged(write(rig.in("po"), "Thumbs.db", "x"), Duration.ofDays(30));

            String stale = "DROP_FILE_STALE|drop-file:po/purchase-orders.csv";
            String tmp = "DROP_FILE_STALE|drop-file:po/PO_DATABUILD_20240304101500.tmp";
            await().atMost(Duration.ofSeconds(20)).until(() -> rig.status(stale) != null && rig.status(tmp) != null);
            assertEquals("drop-file", rig.monitor.issue(stale).get("category"));
            assertTrue(rig.monitor.issue(stale).get("summary").toString().contains("has waited 2h 0m (threshold 1h 0m)"),
                    rig.monitor.issue(stale).get("summary").toString());
            assertTrue(rig.monitor.issue(tmp).get("summary").toString().contains("never finished or renamed"));
            NotifyBuilder scans = new NotifyBuilder(rig.monitor.context()).fromRoute("detect-stale-drop-files").whenCompleted(2).create();
            assertTrue(scans.matches(20, TimeUnit.SECONDS));
            assertNull(rig.status("DROP_FILE_STALE|drop-file:po/PO_DATABUILD_20240304101600.tmp"), "a young .tmp is still being written");
            assertNull(rig.status("DROP_FILE_STALE|drop-file:supplier/SUPPLIER_DATABUILD_20240301090000.csv.part"), "under 1h");
            assertNull(rig.status("DROP_FILE_STALE|drop-file:po/Thumbs.db"));
            assertTrue(Files.exists(misnamed), "a file not following the name pattern is never read or moved");

            Files.move(misnamed, dir.resolve("purchase-orders.csv"));
            await().atMost(Duration.ofSeconds(20)).until(() -> "RESOLVED".equals(rig.status(stale)));
            assertEquals("OPEN", rig.status(tmp), "the .tmp is still there: open, seen again by each scan");
        }
    }

    @Test
    void aFolderThatDisappearsIsReportedResolvesNothingAndRecovers() throws Exception {
        try (DropFolderRig rig = new DropFolderRig(dir).start()) {
            aged(write(rig.in("po"), "PO_DATABUILD_20240304101500.tmp", PO_HEADER), Duration.ofMinutes(20));
            String tmp = "DROP_FILE_STALE|drop-file:po/PO_DATABUILD_20240304101500.tmp";
            await().atMost(Duration.ofSeconds(20)).until(() -> rig.status(tmp) != null);

            Files.move(rig.in("po"), dir.resolve("po-away"));
            await().atMost(Duration.ofSeconds(20)).until(() -> rig.status(UNREACHABLE) != null);
            assertEquals("environment", rig.monitor.issue(UNREACHABLE).get("category"));
            NotifyBuilder scans = new NotifyBuilder(rig.monitor.context()).fromRoute("detect-stale-drop-files").whenCompleted(3).create();
            assertTrue(scans.matches(20, TimeUnit.SECONDS));
            rig.awaitPolls("detect-drop-po", 2);
            assertTrue(List.of("NEW", "OPEN").contains(rig.status(tmp)), "nothing of the folder is resolved while it is away");
            assertTrue(Files.notExists(rig.in("po")), "the monitor never creates the sending system's folder");
            assertEquals(1, rig.count("SELECT COUNT(*) FROM monitor_issue WHERE code = 'DROP_FOLDER_UNREACHABLE'"), "one unreachable issue");
            assertEquals(1, rig.count("SELECT COUNT(*) FROM monitor_issue WHERE code LIKE 'DROP\\_%' ESCAPE '\\' AND code <> "
                    + "'DROP_FOLDER_UNREACHABLE'"), "no per-file noise while the share is away (only the .tmp seen before)");

            Files.createDirectories(rig.in("po"));
            write(rig.in("po"), "PO_DATABUILD_20240304101500.csv", crlf(PO_HEADER, PO_LINE_1));
            assertEquals("PROCESSED", rig.awaitDone("PO_DATABUILD_20240304101500.csv").get("status"));
            await().atMost(Duration.ofSeconds(20)).until(() -> "RESOLVED".equals(rig.status(UNREACHABLE)));
            await().atMost(Duration.ofSeconds(20)).until(() -> "RESOLVED".equals(rig.status(tmp)));
        }
    }

    @Test
    void aShareThatGoesAwayWithFilesOnItRaisesOneIssueAndReadsThemOnceWhenItIsBack() throws Exception {
        try (DropFolderRig rig = new DropFolderRig(dir).start()) {
            write(rig.in("po"), "PO_DATABUILD_20240304101500.csv", crlf(PO_HEADER, PO_LINE_1));
            rig.awaitDone("PO_DATABUILD_20240304101500.csv");
            Path away = dir.resolve("share-away");
            for (int outage = 1; outage <= 2; outage++) {
                int before = rig.count("SELECT COALESCE(MAX(id), 0) FROM monitor_issue");
                Files.move(rig.in("po"), away);
                await().atMost(Duration.ofSeconds(20)).until(() -> rig.status(UNREACHABLE) != null && !"RESOLVED".equals(rig.status(UNREACHABLE)));
                // the sending system writes to the share while the monitor cannot see it
                String name = "PO_DATABUILD_2024030" + (5 + outage) + "101500.csv";
                write(away, name, crlf(PO_HEADER, DropFolderRouteTest.BAD_GST_LINE.replace("24017/012", "24017/2" + outage)));
                NotifyBuilder scans = new NotifyBuilder(rig.monitor.context()).fromRoute("detect-stale-drop-files").whenCompleted(3).create();
                assertTrue(scans.matches(20, TimeUnit.SECONDS));
                rig.awaitPolls("detect-drop-po", 3);
                assertEquals(0, rig.count("SELECT COUNT(*) FROM monitor_issue WHERE id > ? AND code <> 'DROP_FOLDER_UNREACHABLE'", before),
                        "no per-file noise while the share is away");

                Files.move(away, rig.in("po"));
                assertEquals("PROCESSED", rig.awaitDone(name).get("status"), "read once the share is back");
                assertEquals("NEW", rig.status("PO_GST_MISMATCH|po:24017/2" + outage + "|LineNo 1:LineGST"));
                await().atMost(Duration.ofSeconds(20)).until(() -> "RESOLVED".equals(rig.status(UNREACHABLE)));
            }
            assertEquals(1, rig.count("SELECT COUNT(*) FROM monitor_issue WHERE code = 'DROP_FOLDER_UNREACHABLE'"),
                    "one unreachable issue for the share, however often it goes away");
            assertEquals(3, rig.count("SELECT COUNT(*) FROM monitor_processed_file"), "each file read once");
        }
    }

    private static Path aged(Path file, Duration age) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }
}
