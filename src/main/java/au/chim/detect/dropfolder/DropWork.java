package au.chim.detect.dropfolder;

import au.chim.finding.FindingSnapshot;
import java.nio.file.Path;
import java.util.List;

/**
 * What the drop-file route does with one file, decided by {@link DropFileHandler#check}: register
 * {@link #snapshots()} when {@link #register()}, then {@link DropFileHandler#finish} moves the file.
 *
 * @param result     the check's outcome; null for {@link Action#RETRY} and {@link Action#DUPLICATE}
 * @param snapshots  what to send to direct:register (empty when there is nothing to send)
 * @param previous   for a duplicate or a repeated bad file: the file name first seen with this content
 */
public record DropWork(Action action, Path file, DropFolder folder, String sha256, DropFileResult result,
                       List<FindingSnapshot> snapshots, String previous) {

    /** The decision for one file. */
    public enum Action {
        /** New content, read: register, mark PROCESSED, archive. */
        VALIDATED,
        /** New content, unreadable: register, mark QUARANTINED, quarantine with a report. */
        REJECTED,
        /** The bytes of an earlier rejected file, dropped again: its own issue, quarantined with its report. */
        REJECTED_AGAIN,
        /** Content already processed under another drop: report it, archive it, do not check it again. */
        DUPLICATE,
        /** A restart found the content checked but the file not yet moved: move it, send nothing. */
        ALREADY_CHECKED,
        /** ClickHome or the store cannot be asked now, the file cannot be read, or an older file waits: leave it, send nothing. */
        RETRY
    }

    public DropWork {
        snapshots = List.copyOf(snapshots);
    }

    /** True when {@link #snapshots()} must go to the register before {@link DropFileHandler#finish}. */
    public boolean register() {
        return !snapshots.isEmpty();
    }
}
