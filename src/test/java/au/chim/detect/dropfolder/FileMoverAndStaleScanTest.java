package au.chim.detect.dropfolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two plain beans behind the routes, without Camel: moves that never overwrite, and the stale-file scan. */
class FileMoverAndStaleScanTest {
    private static final Instant NOW = Instant.parse("2026-11-25T00:30:00Z");

    @TempDir
    Path dir;

    @Test
    void archiveIsByMonthInTheBuildersZoneAndNeverReplacesAFile() throws Exception {
        // 14:30 UTC on 30 November is already 1 December in Sydney
        FileMover mover = new FileMover(Clock.fixed(Instant.parse("2026-11-30T14:30:00Z"), ZoneId.of("Australia/Sydney")));
        Path a = Files.writeString(dir.resolve("PO_X_20240304101500.csv"), "first");
        Path first = mover.archive(a, dir.resolve("archive"));
        Path b = Files.writeString(dir.resolve("PO_X_20240304101500.csv"), "second");
        Path second = mover.archive(b, dir.resolve("archive"));
        assertEquals(dir.resolve("archive/2026/12/PO_X_20240304101500.csv"), first);
        assertEquals(dir.resolve("archive/2026/12/PO_X_20240304101500-2.csv"), second);
        assertEquals("first", Files.readString(first));
        assertEquals("second", Files.readString(second));
        assertEquals("README-3", FileMover.variant("README", 3));
    }

    @Test
    void aReportIsNeverWrittenOverAnother() throws Exception {
        FileMover mover = new FileMover(Clock.systemUTC());
        Path f = Files.writeString(dir.resolve("f.csv"), "");
        assertEquals(dir.resolve("f.csv.report.txt"), mover.writeReport(f, "one"));
        assertThrows(FileAlreadyExistsException.class, () -> mover.writeReport(f, "two"));
        assertEquals("one", Files.readString(dir.resolve("f.csv.report.txt")));
    }

    @Test
    void staleFilesPerFolderAndUnreachableFoldersInTheirOwnScope() throws Exception {
        Path po = Files.createDirectories(dir.resolve("po"));
        age(Files.writeString(po.resolve("PO_A_20240304101500.csv"), "x"), Duration.ofMinutes(31));
        age(Files.writeString(po.resolve("PO_A_20240304101600.csv"), "x"), Duration.ofMinutes(29));
        age(Files.writeString(po.resolve("PO_A_20240304101700.TMP"), "x"), Duration.ofMinutes(16));
        Files.createDirectories(po.resolve("old-subfolder"));
        DropFolder poFolder = folder(DropInterface.PO, po);
        DropFolder jobFolder = folder(DropInterface.JOB, dir.resolve("missing"));

        List<FindingSnapshot> out = new StaleDropFiles(List.of(poFolder, jobFolder), Clock.fixed(NOW, ZoneId.of("UTC"))).scan();

        assertEquals(List.of(StaleDropFiles.REACHABLE_SCOPE, "check:drop-folders-stale:po"), out.stream().map(FindingSnapshot::scope).toList(),
                "no stale snapshot for the missing folder, so nothing of it resolves");
        Finding away = out.get(0).findings().get(0);
        assertEquals("DROP_FOLDER_UNREACHABLE|drop-folder:job", away.fingerprint());
        assertEquals(Category.ENVIRONMENT, away.category());
        assertEquals(List.of("DROP_FILE_STALE|drop-file:po/PO_A_20240304101500.csv", "DROP_FILE_STALE|drop-file:po/PO_A_20240304101700.TMP"),
                out.get(1).findings().stream().map(Finding::fingerprint).sorted().toList());
        assertTrue(out.get(1).findings().stream().allMatch(f -> f.category() == Category.DROP_FILE));
    }

    private static DropFolder folder(DropInterface iface, Path in) {
        return new DropFolder(iface, in, in.resolveSibling("archive"), in.resolveSibling("quarantine"), Duration.ofMinutes(30),
                Duration.ofMinutes(15));
    }

    private static void age(Path p, Duration age) throws Exception {
        Files.setLastModifiedTime(p, FileTime.from(NOW.minus(age)));
    }
}
