package au.chim.detect.dropfolder;

import static au.chim.detect.dropfolder.DropTestSupport.PO_HEADER;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_1;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_3;
import static au.chim.detect.dropfolder.DropTestSupport.crlf;
import static au.chim.detect.dropfolder.DropTestSupport.write;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Share folders as Windows servers name them: spaces and non-ASCII letters in every part of the path, and file names too. */
class SharePathsRouteTest {
    @TempDir
    Path dir;

    @Test
    void foldersWithSpacesAndNonAsciiNamesAreWatchedArchivedAndQuarantined() throws Exception {
        Path share = dir.resolve("Intégration partagée").resolve("ClickHome Int (Ünit 2)");
        try (DropFolderRig rig = new DropFolderRig(share).start()) {
            write(rig.in("po"), "PO_DATABUILD_20240304101500.csv", crlf(PO_HEADER, PO_LINE_1));
            write(rig.in("po"), "PO_DATABUILD_20240304111500.csv", "");
            assertEquals("PROCESSED", rig.awaitDone("PO_DATABUILD_20240304101500.csv").get("status"));
            assertEquals("QUARANTINED", rig.awaitDone("PO_DATABUILD_20240304111500.csv").get("status"));
            assertEquals(1, rig.archived("po").size());
            assertTrue(rig.archived("po").get(0).toString().contains("Intégration partagée/ClickHome Int (Ünit 2)/archive/po/"));
            assertTrue(Files.exists(rig.quarantine("po").resolve("PO_DATABUILD_20240304111500.csv.report.txt")));

            // corrected in the quarantine and resubmitted: back through the In folder of the same share
            Files.writeString(rig.quarantine("po").resolve("PO_DATABUILD_20240304111500.csv"), crlf(PO_HEADER, PO_LINE_3));
            long id = rig.count("SELECT id FROM monitor_rejected_file WHERE file_name = ?", "PO_DATABUILD_20240304111500.csv");
            var sent = new DropApi(rig.monitor).call("POST", "/api/files/" + id + "/resubmit", "admin", "{\"reason\":\"fixed\"}");
            assertEquals(200, sent.statusCode(), sent.body());
            await().atMost(Duration.ofSeconds(20)).until(() -> rig.archived("po").size() == 2
                    && "VERIFYING".equals(ResubmitRouteTest.entryStatus(rig, id)));
            assertTrue(Files.exists(rig.quarantine("po").resolve(DropOutcomes.RESUBMITTED).resolve("PO_DATABUILD_20240304111500.csv")));

            // files a person dropped by hand or Explorer copied, named outside the pattern: never read, reported by their own name
            for (String name : List.of("Bestellung März 2024.csv", "PO_DATABUILD_20240304101500 - Copy.csv")) {
                Path manual = write(rig.in("po"), name, crlf(PO_HEADER, PO_LINE_1));
                Files.setLastModifiedTime(manual, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
                String stale = "DROP_FILE_STALE|drop-file:po/" + name;
                await().atMost(Duration.ofSeconds(20)).until(() -> rig.status(stale) != null);
                assertTrue(rig.monitor.issue(stale).get("summary").toString().contains(name));
                assertTrue(Files.exists(manual));
            }
        }
    }
}
