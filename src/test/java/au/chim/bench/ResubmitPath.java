package au.chim.bench;

import au.chim.detect.dropfolder.DropFileHandler;
import au.chim.detect.dropfolder.DropFileValidator;
import au.chim.detect.dropfolder.DropFolder;
import au.chim.detect.dropfolder.DropInterface;
import au.chim.detect.dropfolder.DropOutcomes;
import au.chim.detect.dropfolder.DropWork;
import au.chim.detect.dropfolder.FileMover;
import au.chim.detect.dropfolder.JdbcClickHomeLookup;
import au.chim.detect.dropfolder.JdbcCrossFileState;
import au.chim.detect.dropfolder.KeysOfInterest;
import au.chim.detect.dropfolder.ProcessedFiles;
import au.chim.detect.dropfolder.RejectedFiles;
import au.chim.detect.dropfolder.Resubmits;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The resubmit path of DropFolderBenchmark on the same PO export: a copy with a renamed required column is rejected and
 * quarantined, the operator puts the corrected file in its place, and the resubmit places it back in the In folder, where
 * it is validated again and archived, starting its verification. The register is not in the loop (no Camel here).
 */
final class ResubmitPath {
    private static final double MB = 1024 * 1024;

    private ResubmitPath() {
    }

    static void measure(Path dir, Path good, DataSource clickhome, DataSource store, Clock clock) throws Exception {
        DropFolder folder = new DropFolder(DropInterface.PO, Files.createDirectories(dir.resolve("in/po")), dir.resolve("archive/po"),
                dir.resolve("quarantine/po"), Duration.ofMinutes(30), Duration.ofMinutes(15));
        ProcessedFiles processed = new ProcessedFiles(store, clock);
        RejectedFiles rejected = new RejectedFiles(store, clock);
        DropFileValidator validator = new DropFileValidator(new JdbcClickHomeLookup(clickhome), new JdbcCrossFileState(store, "bench-resubmit",
                clock), clock, KeysOfInterest.inStore(store, rejected));
        DropFileHandler handler = new DropFileHandler(Map.of(DropInterface.PO, folder), validator, processed,
                new DropOutcomes(new FileMover(clock), rejected, clock, Map.of(DropInterface.PO, Duration.ofHours(2))));
        Resubmits resubmits = new Resubmits(Map.of(DropInterface.PO, folder), rejected, processed);

        String name = "PO_BENCH_20240309101500.csv";
        Path bad = folder.folder().resolve(name);
        try (BufferedReader in = Files.newBufferedReader(good, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(bad, StandardCharsets.UTF_8)) {
            out.write(in.readLine().replace("LineGST,", "GSTAmount,"));
            out.write("\r\n");
            in.transferTo(out);
        }
        double mb = Files.size(bad) / MB;
        long t0 = System.nanoTime();
        DropWork work = handler.check(bad.toString(), "PO");
        handler.finish(work);
        double rejectSec = (System.nanoTime() - t0) / 1e9;
        long id = rejected.open().get(0).id();
        Files.copy(good, Path.of(rejected.get(id).orElseThrow().quarantinePath()), StandardCopyOption.REPLACE_EXISTING);

        t0 = System.nanoTime();
        resubmits.resubmit(id, "bench", "header corrected", false);
        double placeSec = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        DropWork copy = handler.check(folder.folder().resolve(name).toString(), "PO");
        handler.finish(copy);
        double processSec = (System.nanoTime() - t0) / 1e9;
        System.out.printf("BENCH resubmit path, %.0f MB PO export: rejected (missing column, keys read) and quarantined in %.2f s; "
                + "resubmit (hash check, copy back to In) %.2f s; copy validated and archived %.2f s (%.1f MB/s); status %s%n",
                mb, rejectSec, placeSec, processSec, mb / processSec, rejected.get(id).orElseThrow().status());
    }
}
