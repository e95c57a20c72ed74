package au.chim.detect.dropfolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a quarantined file back into its In folder for the monitor to validate again like any other file. The original
 * stays in the quarantine until the copy is processed. The decision is committed before the copy is placed, and
 * {@link #recover} places it again after a crash in between: nothing lost, and the content is checked once.
 */
public final class Resubmits {
    private static final Logger LOG = LoggerFactory.getLogger(Resubmits.class);

    private final Map<DropInterface, DropFolder> folders;
    private final RejectedFiles rejected;
    private final ProcessedFiles processed;

    public Resubmits(Map<DropInterface, DropFolder> folders, RejectedFiles rejected, ProcessedFiles processed) {
        this.folders = Map.copyOf(folders);
        this.rejected = rejected;
        this.processed = processed;
    }

    /**
     * @param force resubmit even when these bytes were already processed (passed) once
     * @throws NoSuchElementException no such quarantined file
     * @throws IllegalStateException  the file cannot be resubmitted now (the message says why)
     */
    public synchronized RejectedFiles.Entry resubmit(long id, String actor, String reason, boolean force) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required to resubmit a file");
        }
        RejectedFiles.Entry e = rejected.get(id).orElseThrow(() -> new NoSuchElementException("no quarantined file " + id));
        if (!RejectedFiles.QUARANTINED.equals(e.status())) {
            throw new IllegalStateException("file " + id + " (" + e.fileName() + ") is " + e.status() + ", not waiting in the quarantine");
        }
        DropFolder folder = folder(e);
        if (e.iface().matchName(e.fileName()).isEmpty()) {
            throw new IllegalStateException(e.fileName() + " does not follow " + e.iface().namePatternText()
                    + ": drop a correctly named file instead");
        }
        Path original = Path.of(e.quarantinePath());
        if (!Files.isRegularFile(original)) {
            throw new IllegalStateException(e.fileName() + " is no longer in the quarantine (" + original + ")");
        }
        // an operator may have corrected the file in the quarantine: the copy is then new content, checked as such
        String sha = hash(original);
        Optional<ProcessedFiles.Entry> seen = processed.find(sha);
        if (!force && seen.isPresent() && ProcessedFiles.PROCESSED.equals(seen.get().status())) {
            throw new IllegalStateException("these bytes were already processed as " + seen.get().fileName()
                    + "; resubmit with force to process them again");
        }
        if (Files.exists(folder.folder().resolve(e.fileName()))) {
            throw new IllegalStateException("a file named " + e.fileName() + " is already waiting in " + folder.folder());
        }
        rejected.resubmitting(id, actor, reason, force, e.fileName(), sha);
        processed.reopen(sha, e.fileName());
        place(rejected.get(id).orElseThrow(), folder);
        LOG.info("drop file {} resubmitted by {}{}: {}", e.fileName(), actor, force ? " (forced)" : "", reason);
        return rejected.get(id).orElseThrow();
    }

    /** Places again any committed resubmission whose copy is not in its In folder (a crash came between the two). */
    public synchronized void recover() {
        for (RejectedFiles.Entry e : rejected.inStatus(RejectedFiles.RESUBMITTING)) {
            DropFolder folder = folders.get(e.iface());
            if (folder == null || Files.exists(folder.folder().resolve(e.resubmitName()))) {
                continue;
            }
            Optional<ProcessedFiles.Entry> seen = processed.find(e.sha256());
            if (seen.isPresent() && seen.get().checked() && seen.get().moved()) {
                processed.reopen(e.sha256(), e.resubmitName());
            }
            LOG.info("resubmission of drop file {} was interrupted; placing its copy again", e.fileName());
            place(e, folder);
        }
    }

    /** Copies under a .tmp name the folder's filter never takes, then renames: the route never sees half a file. */
    private static void place(RejectedFiles.Entry e, DropFolder folder) {
        Path target = folder.folder().resolve(e.resubmitName());
        Path tmp = folder.folder().resolve(e.resubmitName() + ".resubmit.tmp");
        try {
            Files.copy(Path.of(e.quarantinePath()), tmp, StandardCopyOption.REPLACE_EXISTING);
            // now: the copy arrives after everything already waiting
            Files.setLastModifiedTime(tmp, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot place " + e.fileName() + " in " + folder.folder() + ": " + ex.getMessage(), ex);
        }
    }

    private DropFolder folder(RejectedFiles.Entry e) {
        DropFolder f = folders.get(e.iface());
        if (f == null) {
            throw new IllegalStateException("the " + e.iface() + " drop folder is not watched (disabled)");
        }
        return f;
    }

    private static String hash(Path p) {
        try {
            return FileHash.sha256(p);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + p + ": " + ex.getMessage(), ex);
        }
    }
}
