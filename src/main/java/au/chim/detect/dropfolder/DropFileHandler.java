package au.chim.detect.dropfolder;

import au.chim.detect.dropfolder.DropWork.Action;
import au.chim.finding.FindingSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drop-file route's bean. {@link #check} decides from the arrival order and the content hash what a file needs
 * (checking, nothing but a move after a crash, a duplicate notice, or waiting); {@link #finish} records it and moves the
 * file. The store row is written before each move, so a crash at any point leaves a file that is processed once.
 */
public final class DropFileHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DropFileHandler.class);

    private final Map<DropInterface, DropFolder> folders;
    private final DropFileValidator validator;
    private final ProcessedFiles processed;
    private final DropOutcomes outcomes;

    public DropFileHandler(Map<DropInterface, DropFolder> folders, DropFileValidator validator, ProcessedFiles processed,
                           DropOutcomes outcomes) {
        this.folders = Map.copyOf(folders);
        this.validator = validator;
        this.processed = processed;
        this.outcomes = outcomes;
    }

    /** Decides what to do with {@code path}, a file of interface {@code iface} (PO, PO_ACK, SUPPLIER, JOB). */
    public DropWork check(String path, String iface) {
        DropFolder folder = folders.get(DropInterface.valueOf(iface));
        Path file = Path.of(path);
        String name = file.getFileName().toString();
        String hash = null;
        try {
            if (!ArrivalOrder.isDropFile(file, folder.iface())) {
                LOG.warn("drop file {} is not a regular file (a link or special file): not opened", name);
                return retry(file, folder, null);
            }
            Optional<Path> older = ArrivalOrder.waitingBefore(file, folder.iface());
            if (older.isPresent()) {
                LOG.debug("drop file {} waits for {}, which arrived before it", name, older.get().getFileName());
                return retry(file, folder, null);
            }
            hash = FileHash.sha256(file);
            Optional<ProcessedFiles.Entry> seen = processed.find(hash);
            if (seen.isPresent() && seen.get().checked()) {
                return again(file, folder, hash, seen.get());
            }
            processed.start(hash, folder.iface(), name);
            DropFileResult result = validator.validate(file, folder.iface());
            List<FindingSnapshot> snapshots = new ArrayList<>(result.snapshots());
            // fresh content from this source: an earlier "dropped twice" notice is over
            snapshots.add(new FindingSnapshot(DuplicateNotice.scope(folder.iface(), result.sourceSystem()), List.of()));
            if (result instanceof DropFileResult.Validated v) {
                snapshots.addAll(FileRowsNotice.of(v));
            }
            Action action = result instanceof DropFileResult.Validated ? Action.VALIDATED : Action.REJECTED;
            return new DropWork(action, file, folder, hash, result, snapshots, null);
        } catch (CheckUnavailableException e) {
            LOG.warn("drop file {} left for the next poll: {}", name, e.getMessage());
        } catch (IOException e) {
            LOG.warn("drop file {} left for the next poll: cannot read it ({}: {})", name, e.getClass().getSimpleName(), e.getMessage());
        }
        return retry(file, folder, hash);
    }

    /** Content whose findings were registered before: a restart's unfinished move, a repeated bad file, or a duplicate. */
    private DropWork again(Path file, DropFolder folder, String hash, ProcessedFiles.Entry e) {
        String name = file.getFileName().toString();
        if (!e.moved() && e.fileName().equals(name)) {
            LOG.info("drop file {} was checked before a restart; moving it without registering again", name);
            boolean quarantined = ProcessedFiles.QUARANTINED.equals(e.status());
            DropFileResult result = quarantined || outcomes.resubmitted(hash) ? validator.validate(file, folder.iface()) : null;
            return new DropWork(Action.ALREADY_CHECKED, file, folder, hash, result, List.of(), e.fileName());
        }
        if (ProcessedFiles.QUARANTINED.equals(e.status())) {
            LOG.info("drop file {} has the bytes of the rejected file {}: rejected again, with its own issue", name, e.fileName());
            DropFileResult result = validator.validate(file, folder.iface());
            if (result instanceof DropFileResult.Rejected r) {
                return new DropWork(Action.REJECTED_AGAIN, file, folder, hash, r, r.snapshots(), e.fileName());
            }
        }
        LOG.info("drop file {} has the content of {} ({}): not checked again", name, e.fileName(), e.status());
        return new DropWork(Action.DUPLICATE, file, folder, hash, null, List.of(DuplicateNotice.of(folder, name, e)), e.fileName());
    }

    private static DropWork retry(Path file, DropFolder folder, String hash) {
        return new DropWork(Action.RETRY, file, folder, hash, null, List.of(), null);
    }

    /** After the register took the snapshots: marks the content checked, then archives or quarantines the file. */
    public void finish(DropWork work) throws IOException {
        switch (work.action()) {
            case RETRY -> {
                return;
            }
            case VALIDATED -> {
                DropFileResult.Validated v = (DropFileResult.Validated) work.result();
                processed.checked(work.sha256(), ProcessedFiles.PROCESSED, v.rows(), v.badRows());
                outcomes.passed(work, v);
            }
            case REJECTED -> {
                processed.checked(work.sha256(), ProcessedFiles.QUARANTINED, 0, 0);
                outcomes.rejected(work);
            }
            case REJECTED_AGAIN -> {
                outcomes.rejected(work);
                return;
            }
            case ALREADY_CHECKED -> {
                if (work.result() instanceof DropFileResult.Rejected) {
                    outcomes.rejected(work);
                } else if (work.result() instanceof DropFileResult.Validated v) {
                    outcomes.passed(work, v);
                } else {
                    outcomes.archive(work);
                }
            }
            case DUPLICATE -> {
                // the first drop's row stays as it is: it describes the content, this file is only a copy
                outcomes.archive(work);
                return;
            }
        }
        processed.moved(work.sha256());
    }
}
