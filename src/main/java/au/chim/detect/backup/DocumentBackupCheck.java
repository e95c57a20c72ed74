package au.chim.detect.backup;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import au.chim.finding.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * ClickHome's uploaded documents (photos, reports, inspections) are backed up by the builder's own
 * job, which the monitor cannot see; what it can see is the folder that job writes. The newest file
 * there (a few levels deep) must be younger than the allowed age; a folder that cannot be read is
 * a finding too, because an unreadable backup is no backup.
 */
public class DocumentBackupCheck {
    static final String SCOPE = "check:document-backups";

    private final Path folder;
    private final Duration maxAge;
    private final int maxDepth;
    private final Clock clock;

    public DocumentBackupCheck(Path folder, Duration maxAge, int maxDepth, Clock clock) {
        this.folder = folder;
        this.maxAge = maxAge;
        this.maxDepth = maxDepth;
        this.clock = clock;
    }

    public FindingSnapshot scan() {
        Instant now = clock.instant();
        if (!Files.isDirectory(folder) || !Files.isReadable(folder)) {
            return new FindingSnapshot(SCOPE, List.of(finding("the backup folder " + folder + " cannot be read (missing or no access)",
                    "Folder: " + folder)));
        }
        Optional<Instant> newest;
        try (Stream<Path> files = Files.walk(folder, maxDepth)) {
            newest = files.filter(Files::isRegularFile).map(DocumentBackupCheck::modified).max(Instant::compareTo);
        } catch (IOException | UncheckedIOException e) {
            return new FindingSnapshot(SCOPE, List.of(finding("the backup folder " + folder + " cannot be listed: " + e.getMessage(),
                    "Folder: " + folder)));
        }
        if (newest.isEmpty()) {
            return new FindingSnapshot(SCOPE, List.of(finding("there is no backup file in " + folder, "Folder: " + folder)));
        }
        Duration age = Duration.between(newest.get(), now);
        if (age.compareTo(maxAge) <= 0) {
            return new FindingSnapshot(SCOPE, List.of());
        }
        return new FindingSnapshot(SCOPE, List.of(finding("the newest document backup is " + age.toHours() + " hours old (allowed "
                + maxAge.toHours() + ")", "Folder: " + folder + "\nNewest file written: " + newest.get())));
    }

    private Finding finding(String problem, String evidence) {
        return Finding.builder("BACKUP_DOCUMENTS_OVERDUE", Category.BACKUP, Severity.ERROR)
                .entity("document-backup", folder.toString())
                .summary("Document backup overdue: " + problem)
                .evidence(evidence)
                .suggestedAction("IT: check the job that backs up ClickHome's uploaded documents (photos, reports, inspections) and its "
                        + "destination; run it now.")
                .source(SCOPE)
                .build();
    }

    private static Instant modified(Path p) {
        try {
            FileTime t = Files.getLastModifiedTime(p);
            return t.toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
