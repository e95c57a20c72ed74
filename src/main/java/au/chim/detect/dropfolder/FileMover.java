package au.chim.detect.dropfolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Moves drop files to the archive (by month) or the quarantine, never replacing what is already there:
 * a second file of the same name becomes {@code name-2.csv}. Nothing is deleted, so nothing is lost.
 */
public final class FileMover {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM");

    private final Clock clock;

    /** @param clock "this month" for the archive sub-folder, in the builder's zone */
    public FileMover(Clock clock) {
        this.clock = clock;
    }

    /** {@code archive/yyyy/MM/name}, or the next free variant of it. */
    public Path archive(Path file, Path archiveRoot) throws IOException {
        return moveInto(file, archiveRoot.resolve(ZonedDateTime.now(clock).format(MONTH)));
    }

    /** Moves the file into {@code folder} (created when missing) under a name nothing else holds. */
    public Path moveInto(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        for (int n = 1; ; n++) {
            Path target = folder.resolve(n == 1 ? name : variant(name, n));
            try {
                return move(file, target);
            } catch (FileAlreadyExistsException e) {
                // taken: try the next variant
            }
        }
    }

    /** Writes a text file beside {@code beside}, named {@code <its name>.report.txt}; never over an existing one. */
    public Path writeReport(Path beside, String text) throws IOException {
        Path report = beside.resolveSibling(beside.getFileName() + ".report.txt");
        Files.writeString(report, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return report;
    }

    private static Path move(Path file, Path target) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        try {
            // without REPLACE_EXISTING an existing target is refused, never overwritten
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // another volume (a UNC archive): copy, then remove the original
            return Files.move(file, target);
        }
    }

    static String variant(String name, int n) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot);
    }
}
