package au.chim.detect.dropfolder;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import au.chim.finding.Severity;
import au.chim.finding.Text;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks into each drop folder for files nobody picked up: a file older than its folder's threshold, or a
 * {@code .tmp} the writer never renamed. A folder that cannot be listed is one DROP_FOLDER_UNREACHABLE
 * finding, and its stale snapshot is not sent, so nothing of that folder resolves while it is away.
 */
public final class StaleDropFiles {
    private static final Logger LOG = LoggerFactory.getLogger(StaleDropFiles.class);
    /** Scope of the unreachable-folder findings of all folders. */
    public static final String REACHABLE_SCOPE = "check:drop-folders-reachable";

    private final List<DropFolder> folders;
    private final Clock fileClock;
    /** Folders already logged as unreachable, so a long outage logs one warning, not one per scan. */
    private final java.util.Set<String> away = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * @param fileClock compared with the files' modification times, so it must be the file server's
     *                  wall clock (Clock.systemUTC()), not a business clock
     */
    public StaleDropFiles(List<DropFolder> folders, Clock fileClock) {
        this.folders = List.copyOf(folders);
        this.fileClock = fileClock;
    }

    /** Scope of one folder's stale files, e.g. {@code check:drop-folders-stale:po}. */
    public static String staleScope(DropFolder folder) {
        return "check:drop-folders-stale:" + folder.key();
    }

    /** The reachability snapshot first, then one stale-file snapshot per folder that could be listed. */
    public List<FindingSnapshot> scan() {
        Instant now = fileClock.instant();
        List<Finding> unreachable = new ArrayList<>();
        List<FindingSnapshot> out = new ArrayList<>();
        for (DropFolder folder : folders) {
            try {
                out.add(new FindingSnapshot(staleScope(folder), stale(folder, now)));
                if (away.remove(folder.key())) {
                    LOG.info("drop folder {} can be listed again", folder.key());
                }
            } catch (IOException e) {
                if (away.add(folder.key())) {
                    LOG.warn("drop folder {} cannot be listed: {}", folder.key(), e.getClass().getSimpleName());
                }
                unreachable.add(unreachable(folder, e));
            }
        }
        out.add(0, new FindingSnapshot(REACHABLE_SCOPE, unreachable));
        return out;
    }

    private List<Finding> stale(DropFolder folder, Instant now) throws IOException {
        if (!Files.isDirectory(folder.folder())) {
            throw new java.nio.file.NoSuchFileException(folder.folder().toString());
        }
        List<Finding> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder.folder())) {
            for (Path p : files) {
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(p, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    continue; // gone between listing and reading: picked up meanwhile
                }
                String name = p.getFileName().toString();
                if (ignored(name)) {
                    continue;
                }
                if (a.isSymbolicLink() || a.isOther()) {
                    found.add(NotRegularFile.finding(folder, Text.oneLine(name, 200), a.isSymbolicLink()));
                    continue;
                }
                if (!a.isRegularFile()) {
                    continue;
                }
                boolean tmp = name.toLowerCase(Locale.ROOT).endsWith(".tmp");
                Duration limit = tmp ? folder.tmpStaleAfter() : folder.staleAfter();
                Duration age = Duration.between(a.lastModifiedTime().toInstant(), now);
                if (age.compareTo(limit) > 0) {
                    found.add(staleFinding(folder, name, tmp, age, limit));
                }
            }
        }
        return found;
    }

    /** Files Windows and Explorer leave in shared folders, never drop files. */
    private static boolean ignored(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith(".") || n.equals("thumbs.db") || n.equals("desktop.ini");
    }

    private static Finding staleFinding(DropFolder folder, String name, boolean tmp, Duration age, Duration limit) {
        String safe = Text.oneLine(name, 200);
        String what = tmp
                ? "Temporary file " + safe + " in the " + folder.iface() + " drop folder is " + human(age) + " old (threshold "
                + human(limit) + "): the writer never finished or renamed it"
                : folder.iface() + " drop file " + safe + " has waited " + human(age) + " (threshold " + human(limit)
                + ") and was not picked up";
        return Finding.builder("DROP_FILE_STALE", Category.DROP_FILE, Severity.WARNING)
                .entity("drop-file", folder.key() + "/" + safe)
                .summary(what)
                .detail("Folder: " + folder.folder() + "\nFile: " + safe + "\nAge: " + human(age) + "\nThreshold: " + human(limit))
                .suggestedAction(tmp
                        ? "Check the export job on the sending system (did it crash mid-write?), then remove or re-run it."
                        : "Check that the monitor can read the file (permissions, lock held by the writer) and that its name follows "
                        + folder.iface().namePatternText() + ".")
                .source("check:drop-folders-stale")
                .context(Finding.FILE, safe).build();
    }

    private static Finding unreachable(DropFolder folder, IOException e) {
        return Finding.builder("DROP_FOLDER_UNREACHABLE", Category.ENVIRONMENT, Severity.ERROR)
                .entity("drop-folder", folder.key())
                .summary("The " + folder.iface() + " drop folder " + folder.folder() + " cannot be reached (" + e.getClass().getSimpleName()
                        + "); its files are not being read")
                .detail("Folder: " + folder.folder() + "\nError: " + e.getClass().getSimpleName())
                .suggestedAction("Check that the share or folder exists and that the monitor's service account can list and read it.")
                .source("check:drop-folders-stale").build();
    }

    static String human(Duration d) {
        long m = d.toMinutes();
        if (m < 1) {
            return d.toSeconds() + "s";
        }
        return m < 60 ? m + "m" : (m / 60) + "h " + (m % 60) + "m";
    }
}
