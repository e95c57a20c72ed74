package au.chim.detect.dropfolder;

import static au.chim.detect.dropfolder.DropTestSupport.PO_HEADER;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_1;
import static au.chim.detect.dropfolder.DropTestSupport.PO_LINE_2;
import static au.chim.detect.dropfolder.DropTestSupport.crlf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be read at all: quarantined with a report naming the reason, one finding each, nothing deleted. */
class QuarantineRouteTest {
    @TempDir
    Path dir;

    @Test
    void eachUnreadableKindIsQuarantinedWithItsReasonBesideIt() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("EMPTY", new byte[0]);
        files.put("BINARY", new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00});
        files.put("UNSUPPORTED_ENCODING", DropTestSupport.concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                crlf(PO_HEADER, PO_LINE_1).getBytes(StandardCharsets.UTF_16LE)));
        files.put("WRONG_HEADER", crlf(PO_LINE_1, PO_LINE_2).getBytes(StandardCharsets.UTF_8));
        files.put("TRUNCATED", (crlf(PO_HEADER, PO_LINE_1) + PO_LINE_2.substring(0, 60)).getBytes(StandardCharsets.UTF_8));
        files.put("MISSING_COLUMNS", crlf(PO_HEADER.replace("LineGST,", "GSTAmount,"), PO_LINE_1).getBytes(StandardCharsets.UTF_8));
        files.put("MALFORMED", crlf(PO_HEADER, PO_LINE_1.replace("Priya Shah", "\"Priya\" Shah")).getBytes(StandardCharsets.UTF_8));

        try (DropFolderRig rig = new DropFolderRig(dir).start()) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Files.write(rig.in("po").resolve(name(e.getKey())), e.getValue());
            }
            for (String reason : files.keySet()) {
                String name = name(reason);
                assertEquals("QUARANTINED", rig.awaitDone(name).get("status"), reason);
                Path moved = rig.quarantine("po").resolve(name);
                assertTrue(Files.exists(moved), reason + ": file kept in the quarantine");
                String report = Files.readString(rig.quarantine("po").resolve(name + ".report.txt"));
                assertTrue(report.contains("Reason:        " + reason), reason + ": " + report);
                assertTrue(report.contains("DROP_FILE_REJECTED"), report);
                String source = reason.replace("_", "-");
                assertEquals("NEW", rig.status("DROP_FILE_REJECTED|drop-file:PO/" + name), reason);
                assertTrue(rig.monitor.issue("DROP_FILE_REJECTED|drop-file:PO/" + name).get("summary").toString().contains(name));
            }
            assertEquals(List.of(), rig.archived("po"), "nothing unreadable is archived");
            assertEquals(2 * files.size(), rig.quarantined("po").size());
            assertEquals(files.size(), rig.count("SELECT COUNT(*) FROM monitor_issue WHERE code = 'DROP_FILE_REJECTED'"),
                    "one finding per refused file");
            assertEquals("NEW", rig.status("INTEGRATION_FORMAT_CHANGE|drop-interface:PO_MISSING-COLUMNS"));
            assertEquals(files.size(), rig.count("SELECT COUNT(*) FROM monitor_rejected_file WHERE status = 'QUARANTINED'"),
                    "each refused file is listed for resubmission");
        }
    }

    private static String name(String reason) {
        return "PO_" + reason.replace("_", "-") + "_20240304101500.csv";
    }
}
