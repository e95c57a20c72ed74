package au.chim.detect.dropfolder;

import static au.chim.detect.dropfolder.DropTestSupport.PO_HEADER;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_1;
import static au.chim.detect.dropfolder.DropTestSupport.crlf;
import static au.chim.detect.dropfolder.DropTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file with more bad rows than monitor.dropfolders.max-findings-per-file: the first ones reported, the rest counted. */
class FindingCapTest {
    @TempDir
    Path dir;

    @Test
    void pastTheCapKeysGetNoSnapshotAndTheFileSaysHowManyWereNotListed() throws Exception {
        DropFileValidator validator = new DropFileValidator(new JdbcClickHomeLookup(DropTestSupport.clickHome()),
                new JdbcCrossFileState(DropTestSupport.store(), "dropfolder", DropTestSupport.CLOCK), DropTestSupport.CLOCK, null, 3);
        List<String> lines = new ArrayList<>(List.of(PO_HEADER));
        for (int po = 1; po <= 5; po++) { // one line each with a GST that is not 10 %
            lines.add(PO_LINE_1.replace("24017/012", "24017/10" + po).replace("385.00,4235.00", "300.00,4150.00"));
        }
        lines.add(PO_LINE_1.replace("24017/012", "24017/200"));
        DropFileResult.Validated r = assertInstanceOf(DropFileResult.Validated.class,
                validator.validate(write(dir, "PO_DATABUILD_20240304101500.csv", crlf(lines.toArray(String[]::new)))));

        Map<String, List<String>> byScope = new LinkedHashMap<>();
        r.snapshots().forEach(s -> byScope.put(s.scope(), s.findings().stream().map(Finding::code).toList()));
        assertEquals(List.of("PO_GST_MISMATCH"), byScope.get("dropfolder:PO:24017/101"));
        assertEquals(List.of("PO_GST_MISMATCH"), byScope.get("dropfolder:PO:24017/103"));
        assertTrue(!byScope.containsKey("dropfolder:PO:24017/104") && !byScope.containsKey("dropfolder:PO:24017/105"),
                "a key past the cap sends no snapshot, so its open issues are neither resolved nor replaced: " + byScope.keySet());
        assertEquals(List.of(), byScope.get("dropfolder:PO:24017/200"), "a clean PO still gets its empty snapshot");
        assertEquals(5, r.badRows(), "every bad row is still counted");

        FindingSnapshot file = r.snapshots().stream().filter(s -> s.scope().equals("dropfolder:PO:DATABUILD:file")).findFirst().orElseThrow();
        assertEquals(1, file.findings().size(), "one summary finding for the file");
        Finding summary = file.findings().get(0);
        assertEquals("DROP_FILE_FINDINGS_CAPPED", summary.code());
        assertTrue(summary.summary().contains("2 more findings") && summary.summary().contains("more than 3")
                && summary.summary().contains("line 5"), summary.summary());
    }
}
