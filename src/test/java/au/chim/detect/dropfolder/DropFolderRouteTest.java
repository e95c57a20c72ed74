package au.chim.detect.dropfolder;

import static au.chim.detect.dropfolder.AckSupplierJobValidationTest.ACK_1;
import static au.chim.detect.dropfolder.AckSupplierJobValidationTest.ACK_2;
import static au.chim.detect.dropfolder.AckSupplierJobValidationTest.ACK_HEADER;
import static au.chim.detect.dropfolder.AckSupplierJobValidationTest.JOB_1;
import static au.chim.detect.dropfolder.AckSupplierJobValidationTest.JOB_HEADER;
import static au.chim.detect.dropfolder.AckSupplierJobValidationTest.SUP_CONC;
import static au.chim.detect.dropfolder.AckSupplierJobValidationTest.SUP_HEADER;
import static au.chim.detect.dropfolder.DropTestSupport.PO_HEADER;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_1;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_2;
import static au.chim.detect.dropfolder.DropTestSupport.crlf;
import static au.chim.detect.dropfolder.DropTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real monitor reading drop files: findings registered, files archived by month, duplicates and corrections. */
class DropFolderRouteTest {
    static final String GST_FP = "PO_GST_MISMATCH|po:24017/012|LineNo 1:LineGST";
    static final String BAD_GST_LINE = PO_LINE_1.replace("385.00,4235.00", "300.00,4150.00");

    @TempDir
    Path dir;

    @Test
    void aReadableFileRaisesItsRowFindingsAndIsArchivedByMonth() throws Exception {
        try (DropFolderRig rig = new DropFolderRig(dir).start()) {
            String name = "PO_DATABUILD_20240304101500.csv";
            write(rig.in("po"), name, crlf(PO_HEADER, BAD_GST_LINE, PO_LINE_2));

            Map<String, Object> row = rig.awaitDone(name);
            assertEquals("PROCESSED", row.get("status"));
            assertEquals(2, ((Number) row.get("rows_total")).intValue());
            assertEquals(1, ((Number) row.get("rows_bad")).intValue());
            assertEquals("NEW", rig.status(GST_FP));
            List<Path> archived = rig.archived("po");
            assertEquals(1, archived.size());
            assertTrue(archived.get(0).toString().matches(".*/archive/po/\\d{4}/\\d{2}/" + name), archived.get(0).toString());
            assertTrue(Files.notExists(rig.in("po").resolve(name)), "moved, not copied");
        }
    }

    @Test
    void eachInterfaceFolderIsReadInEachEncoding() throws Exception {
        try (DropFolderRig rig = new DropFolderRig(dir).start()) {
            String ack = "PO_ACK_DATABUILD_20240416140500.csv";
            String sup = "SUPPLIER_DATABUILD_20240301090000.csv";
            String job = "JOB_BUILDPRO_20240212090000.csv";
            write(rig.in("po-ack"), ack, crlf(ACK_HEADER, ACK_1, ACK_2), StandardCharsets.UTF_8, true);
            write(rig.in("supplier"), sup, crlf(SUP_HEADER, SUP_CONC.replace("CONC03,Westway Concreting", "CAFE77,Westway Café Concreting")),
                    FileFacts.WINDOWS_1252, false);
            write(rig.in("job"), job, String.join("\n", JOB_HEADER, JOB_1.replace("24017,", "24018,").replace("NSW,2570", "NSW,4305")) + "\n");

            for (String n : List.of(ack, sup, job)) {
                assertEquals("PROCESSED", rig.awaitDone(n).get("status"), n);
            }
            assertEquals(List.of("PO_ACK", "SUPPLIER", "JOB"), List.of(iface(rig, ack), iface(rig, sup), iface(rig, job)));
            assertEquals(1, rig.archived("po-ack").size());
            assertEquals(1, rig.archived("supplier").size());
            assertEquals(1, rig.archived("job").size());
            assertTrue(rig.count("SELECT COUNT(*) FROM monitor_issue WHERE scope = 'dropfolder:SUPPLIER:CAFE77' AND evidence LIKE ?",
                    "%Westway Café Concreting%") > 0, "Windows-1252 decoded: the supplier's findings quote its name correctly");
            assertEquals(List.of("CLI_ADDRESS_INVALID"), rig.store().queryForList(
                    "SELECT code FROM monitor_issue WHERE scope = 'dropfolder:JOB:24018'", String.class));
        }
    }

    private static String iface(DropFolderRig rig, String name) {
        return rig.store().queryForObject("SELECT interface FROM monitor_processed_file WHERE file_name = ?", String.class, name);
    }

    @Test
    void aCorrectedFileResolvesTheIssuesOfTheEarlierOne() throws Exception {
        try (DropFolderRig rig = new DropFolderRig(dir).start()) {
            write(rig.in("po"), "PO_DATABUILD_20240304101500.csv", crlf(PO_HEADER, BAD_GST_LINE, PO_LINE_2));
            write(rig.in("po"), "PO_JOBPAC_20240304101500.csv", crlf(PO_LINE_1, PO_LINE_2));
            rig.awaitDone("PO_DATABUILD_20240304101500.csv");
            rig.awaitDone("PO_JOBPAC_20240304101500.csv");
            assertEquals("NEW", rig.status(GST_FP));
            String rejected = "DROP_FILE_REJECTED|drop-file:PO/PO_JOBPAC_20240304101500.csv";
            assertEquals("NEW", rig.status(rejected));

            write(rig.in("po"), "PO_DATABUILD_20240304111500.csv", crlf(PO_HEADER, PO_LINE_1, PO_LINE_2));
            write(rig.in("po"), "PO_JOBPAC_20240304111500.csv", crlf(PO_HEADER, PO_LINE_2));
            rig.awaitDone("PO_DATABUILD_20240304111500.csv");
            rig.awaitDone("PO_JOBPAC_20240304111500.csv");
            assertEquals("RESOLVED", rig.status(GST_FP));
            assertEquals("NEW", rig.status(rejected), "a good file from the source with other content says nothing about the rejected one");
            assertEquals(3, rig.archived("po").size());
            assertEquals(2, rig.quarantined("po").size(), "the refused file and its report stay in the quarantine");
        }
    }

    @Test
    void theSameContentDroppedTwiceIsReportedAndNotProcessedAgain() throws Exception {
        try (DropFolderRig rig = new DropFolderRig(dir).start()) {
            String content = crlf(PO_HEADER, BAD_GST_LINE, PO_LINE_2);
            write(rig.in("po"), "PO_DATABUILD_20240304101500.csv", content);
            rig.awaitDone("PO_DATABUILD_20240304101500.csv");
            int seen = rig.count("SELECT occurrences FROM monitor_issue WHERE fingerprint = ?", GST_FP);

            write(rig.in("po"), "PO_DATABUILD_20240305101500.csv", content);
            String dup = "DROP_FILE_DUPLICATE|drop-interface:PO_DATABUILD";
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> "NEW".equals(rig.status(dup)));
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> rig.archived("po").size() == 2);
            assertTrue(rig.monitor.issue(dup).get("summary").toString().contains("PO_DATABUILD_20240305101500.csv is a copy of PO_DATABUILD_20240304101500.csv"));
            assertEquals(seen, rig.count("SELECT occurrences FROM monitor_issue WHERE fingerprint = ?", GST_FP), "not checked again");
            assertEquals(1, rig.count("SELECT COUNT(*) FROM monitor_processed_file"));

            // the same name dropped again (copied back from the archive) is a duplicate too, and keeps both copies
            Files.copy(rig.archived("po").get(0), rig.in("po").resolve("PO_DATABUILD_20240304101500.csv"));
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> rig.archived("po").size() == 3);
            assertEquals(seen, rig.count("SELECT occurrences FROM monitor_issue WHERE fingerprint = ?", GST_FP));

            write(rig.in("po"), "PO_DATABUILD_20240306101500.csv", crlf(PO_HEADER, PO_LINE_1, PO_LINE_2));
            rig.awaitDone("PO_DATABUILD_20240306101500.csv");
            assertEquals("RESOLVED", rig.status(dup), "fresh content from the source ends the duplicate notice");
        }
    }

    @Test
    void aDisabledInterfaceHasNoRouteAndItsFilesStay() throws Exception {
        try (DropFolderRig rig = new DropFolderRig(dir).set("monitor.dropfolders.po-ack.enabled", "false").start()) {
            assertNull(rig.monitor.context().getRoute("detect-drop-po-ack"));
            assertNotNull(rig.monitor.context().getRoute("detect-drop-po"));
            write(rig.in("po-ack"), "PO_ACK_DATABUILD_20240416140500.csv", crlf(ACK_HEADER, ACK_1));
            write(rig.in("po"), "PO_DATABUILD_20240304101500.csv", crlf(PO_HEADER, PO_LINE_1));
            rig.awaitDone("PO_DATABUILD_20240304101500.csv");
            assertTrue(Files.exists(rig.in("po-ack").resolve("PO_ACK_DATABUILD_20240416140500.csv")));
        }
    }
}
