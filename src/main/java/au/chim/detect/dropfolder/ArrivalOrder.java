package au.chim.detect.dropfolder;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.Optional;

/**
 * Strict arrival order in one drop folder: oldest first by modification time, then by name. camel-file sorts each
 * poll the same way, but its read lock may refuse the oldest file and hand over a younger one; this is asked before
 * a file is read, so a correction is never read before the bad file it corrects, whatever the read-lock timing.
 */
final class ArrivalOrder {
    /** A drop file as the folder shows it. */
    record Arrival(Path file, long modifiedMillis, String name) {
    }

    static final Comparator<Arrival> OLDEST_FIRST = Comparator.comparingLong(Arrival::modifiedMillis).thenComparing(Arrival::name);

    private ArrivalOrder() {
    }

    /** A regular file (never a link, FIFO or device) named like one of the interface's files. */
    static boolean isDropFile(Path p, DropInterface iface) {
        return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && iface.matchName(p.getFileName().toString()).isPresent();
    }

    /** The drop file of {@code iface} that arrived before {@code file} and is still waiting in its folder, if any. */
    static Optional<Path> waitingBefore(Path file, DropInterface iface) throws IOException {
        Arrival me = arrival(file);
        Arrival oldest = null;
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(file.getParent())) {
            for (Path p : dir) {
                if (p.equals(file) || !isDropFile(p, iface)) {
                    continue;
                }
                Arrival a;
                try {
                    a = arrival(p);
                } catch (IOException gone) {
                    continue; // moved away between the listing and now
                }
                if (OLDEST_FIRST.compare(a, me) < 0 && (oldest == null || OLDEST_FIRST.compare(a, oldest) < 0)) {
                    oldest = a;
                }
            }
        }
        return oldest == null ? Optional.empty() : Optional.of(oldest.file());
    }

    static Arrival arrival(Path p) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return new Arrival(p, a.lastModifiedTime().toMillis(), p.getFileName().toString());
    }
}
