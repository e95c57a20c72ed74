package au.chim.detect.dropfolder;

import static au.chim.detect.dropfolder.DropFolderRouteTest.BAD_GST_LINE;
import static au.chim.detect.dropfolder.DropTestSupport.PO_HEADER;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_2;
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

/**
 * Files dropped 1 s apart are registered oldest first (modification time, then name), whatever their names and the read
 * lock's timing: here the read-lock timeout is shorter than the minimum age, as shipped, and the oldest file is still
 * growing while the younger ones are complete.
 */
class ArrivalOrderRouteTest {
    @TempDir
    Path dir;

    private static String fp(int i) {
        return "PO_GST_MISMATCH|po:24017/10" + i + "|LineNo 1:LineGST";
    }

    @Test
    void filesDropped1sApartAreRegisteredOldestFirstAlthoughTheReadLockPassesAYoungerOneFirst() throws Exception {
        // as shipped, the read-lock timeout is shorter than the minimum age: within one poll the oldest file's lock gives up
        // before it is old enough, and the next file, older by then than the minimum age minus its own wait, passes
        try (DropFolderRig rig = new DropFolderRig(dir).set("monitor.dropfolders.read-lock-min-age", "2s")
                .set("monitor.dropfolders.read-lock-timeout", "1500").start()) {
            Instant first = Instant.now();
            Path[] files = new Path[4];
            for (int i = 0; i < 4; i++) {
                // names sort against arrival: the oldest file has the largest timestamp in its name
                String name = "PO_DATABUILD_2024030410150" + (9 - i) + ".csv";
                files[i] = write(rig.in("po"), name, crlf(PO_HEADER, BAD_GST_LINE.replace("24017/012", "24017/10" + i)));
                Files.setLastModifiedTime(files[i], FileTime.from(first.plusSeconds(i)));
            }
            for (Path f : files) {
                rig.awaitDone(f.getFileName().toString());
            }
            List<Long> ids = List.of(id(rig, 0), id(rig, 1), id(rig, 2), id(rig, 3));
            assertEquals(ids.stream().sorted().toList(), ids, "the register saw them oldest first: " + ids);
            List<String> read = rig.store().queryForList("SELECT file_name FROM monitor_processed_file ORDER BY first_seen, file_name DESC",
                    String.class);
            assertEquals(List.of(files[0], files[1], files[2], files[3]).stream().map(p -> p.getFileName().toString()).toList(), read);
        }
    }

    @Test
    void theDuplicateReportNamesTheLaterFileAsTheCopy() throws Exception {
        try (DropFolderRig rig = new DropFolderRig(dir).start()) {
            String content = crlf(PO_HEADER, BAD_GST_LINE, PO_LINE_2);
            Instant t = Instant.now().minusSeconds(5);
            Path original = write(rig.in("po"), "PO_DATABUILD_20240309000000.csv", content);
            Path copy = write(rig.in("po"), "PO_DATABUILD_20240301000000.csv", content);
            Files.setLastModifiedTime(original, FileTime.from(t));
            Files.setLastModifiedTime(copy, FileTime.from(t.plusSeconds(1)));

            String dup = "DROP_FILE_DUPLICATE|drop-interface:PO_DATABUILD";
            await().atMost(Duration.ofSeconds(20)).until(() -> rig.status(dup) != null && rig.archived("po").size() == 2);
            String summary = rig.monitor.issue(dup).get("summary").toString();
            assertTrue(summary.startsWith("Drop file PO_DATABUILD_20240301000000.csv is a copy of PO_DATABUILD_20240309000000.csv"), summary);
            assertEquals("PO_DATABUILD_20240309000000.csv", rig.store().queryForObject("SELECT file_name FROM monitor_processed_file",
                    String.class), "the first arrival is the one processed");
        }
    }

    private static long id(DropFolderRig rig, int i) {
        return ((Number) rig.monitor.issue(fp(i)).get("id")).longValue();
    }
}
