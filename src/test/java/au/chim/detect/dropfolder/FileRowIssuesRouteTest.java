package au.chim.detect.dropfolder;

import static au.chim.detect.dropfolder.DropTestSupport.PO_HEADER;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_1;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_2;
import static au.chim.detect.dropfolder.DropTestSupport.crlf;
import static au.chim.detect.dropfolder.DropTestSupport.write;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file read with bad rows is an issue of its own that lists its row issues; each row issue links back to it. */
class FileRowIssuesRouteTest {
    static final String NAME = "PO_DATABUILD_20240304101500.csv";
    static final String FILE_FP = "DROP_FILE_ROW_ERRORS|drop-file:PO/" + NAME;
    static final String ROW_012 = "PO_GST_MISMATCH|po:24017/012|LineNo 1:LineGST";
    static final String ROW_014 = "PO_GST_MISMATCH|po:24017/014|LineNo 1:LineGST";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theFileIssueListsItsRowIssuesEachRowLinksBackAndItResolvesWhenTheRowsAreFixed() throws Exception {
        try (DropFolderRig rig = new DropFolderRig(dir.resolve("Intégration partagée")).set("monitor.dropfolders.verify-interval", "300ms")
                .start()) {
            DropApi api = new DropApi(rig.monitor);
            write(rig.in("po"), NAME, DropTestSupport.PO_TWO_BAD_GST_ROWS);
            rig.awaitDone(NAME);
            long file = id(rig, FILE_FP);
            long row012 = id(rig, ROW_012);
            long row014 = id(rig, ROW_014);

            JsonNode detail = detail(api, file);
            assertTrue(detail.at("/issue/summary").asText().contains(NAME + " was read with 2 of 3 rows in error"),
                    detail.at("/issue/summary").asText());
            assertEquals("WARNING", detail.at("/issue/severity").asText(), "a summary: the rows are what alerts");
            assertEquals(Set.of(row012, row014), ids(detail.at("/fileRows/items")), "the file issue lists its row issues");
            assertEquals(2, detail.at("/fileRows/open").asInt());
            for (long row : List.of(row012, row014)) {
                JsonNode r = detail(api, row);
                assertEquals(NAME, r.at("/sourceFile/fileName").asText(), "the row issue names its file");
                assertEquals(file, r.at("/sourceFile/issue/id").asLong(), "and links the file's issue");
                assertTrue(r.at("/issue/summary").asText().contains("(" + NAME + " line "), r.at("/issue/summary").asText());
                assertTrue(r.at("/fileRows").isNull(), "a row lists no rows");
            }
            assertTrue(detail.at("/sourceFile").isNull(), "the file issue is not a row of itself");

            // the sending system corrects both POs: their issues resolve, and so does the file's
            String fixed = "PO_DATABUILD_20240304111500.csv";
            write(rig.in("po"), fixed, crlf(PO_HEADER, PO_LINE_1, PO_LINE_2, PO_LINE_1.replace("24017/012", "24017/014")));
            rig.awaitDone(fixed);
            assertEquals("RESOLVED", rig.status(ROW_012));
            assertEquals("RESOLVED", rig.status(ROW_014));
            await().atMost(Duration.ofSeconds(20)).until(() -> "RESOLVED".equals(rig.status(FILE_FP)));
            JsonNode after = detail(api, file);
            assertEquals(0, after.at("/fileRows/open").asInt());
            assertEquals(Set.of(row012, row014), ids(after.at("/fileRows/items")), "still listed, resolved");
            assertNull(rig.status("DROP_FILE_ROW_ERRORS|drop-file:PO/" + fixed), "a file without bad rows has no file issue");
        }
    }

    @Test
    void aFileIssueStaysOpenWhileOneOfItsRowsIsOpenAndAnOperatorResolvingTheLastSettlesIt() throws Exception {
        try (DropFolderRig rig = new DropFolderRig(dir).set("monitor.dropfolders.verify-interval", "300ms").start()) {
            DropApi api = new DropApi(rig.monitor);
            write(rig.in("po"), NAME, DropTestSupport.PO_TWO_BAD_GST_ROWS);
            rig.awaitDone(NAME);
            String fixedOne = "PO_DATABUILD_20240304111500.csv";
            write(rig.in("po"), fixedOne, crlf(PO_HEADER, PO_LINE_1, PO_LINE_2));
            rig.awaitDone(fixedOne);
            assertEquals("RESOLVED", rig.status(ROW_012));
            assertEquals("NEW", rig.status(ROW_014), "not in the corrected file: nothing said about it");
            NotifyBuilder sweeps = new NotifyBuilder(rig.monitor.context()).fromRoute("settle-drop-file-rows").whenCompleted(3).create();
            assertTrue(sweeps.matches(20, TimeUnit.SECONDS));
            assertEquals("NEW", rig.status(FILE_FP), "24017/014 is still open");
            assertEquals(1, detail(api, id(rig, FILE_FP)).at("/fileRows/open").asInt());

            var resolved = api.call("POST", "/api/issues/" + id(rig, ROW_014) + "/resolve", "admin", "{\"reason\":\"PO cancelled in ClickHome\"}");
            assertEquals(200, resolved.statusCode(), resolved.body());
            await().atMost(Duration.ofSeconds(20)).until(() -> "RESOLVED".equals(rig.status(FILE_FP)));
        }
    }

    @Test
    void aRejectedFileResubmittedWithBadRowsListsThemOnItsOwnIssue() throws Exception {
        try (DropFolderRig rig = ResubmitRouteTest.rig(dir).start()) {
            DropApi api = new DropApi(rig.monitor);
            write(rig.in("po"), NAME, ResubmitRouteTest.MISSING_LINE_GST);
            rig.awaitDone(NAME);
            long rejection = id(rig, ResubmitRouteTest.FP);
            assertEquals(0, detail(api, rejection).at("/fileRows/total").asInt(), "a refused file was never read row by row");

            // Accounts fixed the header in the quarantine but not the GST of two lines
            java.nio.file.Files.writeString(rig.quarantine("po").resolve(NAME), DropTestSupport.PO_TWO_BAD_GST_ROWS);
            long file = rig.count("SELECT id FROM monitor_rejected_file WHERE file_name = ?", NAME);
            var sent = api.call("POST", "/api/files/" + file + "/resubmit", "admin", "{\"reason\":\"header fixed\"}");
            assertEquals(200, sent.statusCode(), sent.body());
            await().atMost(Duration.ofSeconds(20)).until(() -> rig.status(ROW_012) != null && rig.status(ROW_014) != null);

            assertEquals(Set.of(id(rig, ROW_012), id(rig, ROW_014)), ids(detail(api, rejection).at("/fileRows/items")),
                    "the quarantined file's issue lists the row issues of its resubmitted copy");
            long linked = detail(api, id(rig, ROW_012)).at("/sourceFile/issue/id").asLong();
            assertTrue(Set.of(rejection, id(rig, FILE_FP)).contains(linked), "the row links an issue of its file: " + linked);
        }
    }

    static long id(DropFolderRig rig, String fingerprint) {
        return ((Number) rig.monitor.issue(fingerprint).get("id")).longValue();
    }

    static JsonNode detail(DropApi api, long id) throws Exception {
        var r = api.call("GET", "/api/issues/" + id, "viewer", null);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static Set<Long> ids(JsonNode items) {
        List<Long> out = new ArrayList<>();
        items.forEach(n -> out.add(n.get("id").asLong()));
        return Set.copyOf(out);
    }
}
