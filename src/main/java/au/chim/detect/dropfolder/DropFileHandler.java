package au.chim.detect.dropfolder;

import au.chim.detect.dropfolder.DropWork.Action;
import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import au.chim.finding.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drop-file route's bean. {@link #check} decides from the content hash what a file needs (checking,
 * nothing but a move after a crash, or a duplicate notice); {@link #finish} records it and moves the file.
 * The store row is written before each move, so a crash at any point leaves a file that is processed once.
 */
public final class DropFileHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DropFileHandler.class);

    private final Map<DropInterface, DropFolder> folders;
    private final DropFileValidator validator;
    private final ProcessedFiles processed;
    private final FileMover mover;
    private final Clock clock;

    public DropFileHandler(Map<DropInterface, DropFolder> folders, DropFileValidator validator, ProcessedFiles processed, FileMover mover,
                           Clock clock) {
        this.folders = Map.copyOf(folders);
        this.validator = validator;
        this.processed = processed;
        this.mover = mover;
        this.clock = clock;
    }

    /** Decides what to do with {@code path}, a file of interface {@code iface} (PO, PO_ACK, SUPPLIER, JOB). */
    public DropWork check(String path, String iface) {
        DropFolder folder = folders.get(DropInterface.valueOf(iface));
        Path file = Path.of(path);
        String name = file.getFileName().toString();
        String hash = null;
        try {
            hash = FileHash.sha256(file);
            Optional<ProcessedFiles.Entry> seen = processed.find(hash);
            if (seen.isPresent() && seen.get().checked()) {
                ProcessedFiles.Entry e = seen.get();
                if (!e.moved() && e.fileName().equals(name)) {
                    LOG.info("drop file {} was checked before a restart; moving it without registering again", name);
                    DropFileResult again = ProcessedFiles.QUARANTINED.equals(e.status()) ? validator.validate(file, folder.iface()) : null;
                    return new DropWork(Action.ALREADY_CHECKED, file, folder, hash, again, List.of(), e.fileName());
                }
                LOG.info("drop file {} has the content of {} ({}): not checked again", name, e.fileName(), e.status());
                return new DropWork(Action.DUPLICATE, file, folder, hash, null, List.of(duplicate(folder, name, e)), e.fileName());
            }
            processed.start(hash, folder.iface(), name);
            DropFileResult result = validator.validate(file, folder.iface());
            List<FindingSnapshot> snapshots = new ArrayList<>(result.snapshots());
            // fresh content from this source: an earlier "dropped twice" notice is over
            snapshots.add(new FindingSnapshot(duplicateScope(folder.iface(), result.sourceSystem()), List.of()));
            Action action = result instanceof DropFileResult.Validated ? Action.VALIDATED : Action.REJECTED;
            return new DropWork(action, file, folder, hash, result, snapshots, null);
        } catch (CheckUnavailableException e) {
            LOG.warn("drop file {} left for the next poll: {}", name, e.getMessage());
        } catch (IOException e) {
            LOG.warn("drop file {} left for the next poll: cannot read it ({})", name, e.getClass().getSimpleName());
        }
        return new DropWork(Action.RETRY, file, folder, hash, null, List.of(), null);
    }

    /** After the register took the snapshots: marks the content checked, then archives or quarantines the file. */
    public void finish(DropWork work) throws IOException {
        DropFolder f = work.folder();
        switch (work.action()) {
            case RETRY -> {
                return;
            }
            case VALIDATED -> {
                DropFileResult.Validated v = (DropFileResult.Validated) work.result();
                processed.checked(work.sha256(), ProcessedFiles.PROCESSED, v.rows(), v.badRows());
                mover.archive(work.file(), f.archive());
            }
            case REJECTED -> {
                processed.checked(work.sha256(), ProcessedFiles.QUARANTINED, 0, 0);
                quarantine(work, QuarantineReport.rejected(work, clock));
            }
            case ALREADY_CHECKED -> {
                if (work.result() instanceof DropFileResult.Rejected) {
                    quarantine(work, QuarantineReport.rejected(work, clock));
                } else {
                    mover.archive(work.file(), f.archive());
                }
            }
            case DUPLICATE -> {
                // the first drop's row stays as it is: it describes the content, this file is only a copy
                mover.archive(work.file(), f.archive());
                return;
            }
        }
        processed.moved(work.sha256());
    }

    private void quarantine(DropWork work, String report) throws IOException {
        Path moved = mover.moveInto(work.file(), work.folder().quarantine());
        mover.writeReport(moved, report);
        LOG.info("drop file {} quarantined as {}", work.file().getFileName(), moved.getFileName());
    }

    /** Scope of the "same content dropped twice" notice of one interface+source, e.g. {@code dropfolder:PO:DATABUILD:duplicate}. */
    public static String duplicateScope(DropInterface iface, String source) {
        return "dropfolder:" + iface.name() + ":" + source + ":duplicate";
    }

    private FindingSnapshot duplicate(DropFolder folder, String name, ProcessedFiles.Entry first) {
        String source = folder.iface().matchName(name).map(DropInterface.FileName::source).orElse("UNKNOWN");
        Finding f = Finding.builder("DROP_FILE_DUPLICATE", Category.DROP_FILE, Severity.WARNING)
                .entity("drop-interface", folder.iface().name() + "_" + source)
                .summary("Drop file " + name + " has the same content as " + first.fileName() + " (first seen " + first.firstSeen()
                        + "); it was archived and not processed again")
                .detail("File: " + name + "\nSame bytes as: " + first.fileName() + " (" + first.status() + ")\nSHA-256: " + first.sha256())
                .suggestedAction("Check why the export ran twice or the file was copied back; nothing needs undoing in ClickHome.")
                .source("dropfolder:" + folder.iface().name())
                .context(Finding.FILE, name).build();
        return new FindingSnapshot(duplicateScope(folder.iface(), source), List.of(f));
    }
}
