package au.chim.detect.dropfolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a checked file goes and what it means for the quarantine: a refused file is moved there with its report and
 * recorded (its own issue); a file that passes and carries the data of a quarantined one (its resubmitted copy, or a
 * corrected file covering all its business keys) starts that one's verification in ClickHome. Each step is recorded
 * before the move it describes, so a restart repeats a step rather than losing it.
 */
public final class DropOutcomes {
    private static final Logger LOG = LoggerFactory.getLogger(DropOutcomes.class);
    /** Sub-folder of a quarantine holding originals whose resubmitted copy was processed, and refused copies. */
    public static final String RESUBMITTED = "resubmitted";

    private final FileMover mover;
    private final RejectedFiles rejected;
    private final Clock clock;
    private final Map<DropInterface, Duration> loadWindows;

    /** @param loadWindows per interface, how long ClickHome may take to load a file's data before the issue says so */
    public DropOutcomes(FileMover mover, RejectedFiles rejected, Clock clock, Map<DropInterface, Duration> loadWindows) {
        this.mover = mover;
        this.rejected = rejected;
        this.clock = clock;
        this.loadWindows = Map.copyOf(loadWindows);
    }

    boolean resubmitted(String sha256) {
        return rejected.resubmitting(sha256).isPresent();
    }

    void archive(DropWork work) throws IOException {
        mover.archive(work.file(), work.folder().archive());
    }

    /** Quarantines a refused file with its report; a refused resubmitted copy goes beside its original. */
    void rejected(DropWork work) throws IOException {
        DropFileResult.Rejected r = (DropFileResult.Rejected) work.result();
        String name = work.file().getFileName().toString();
        Optional<RejectedFiles.Entry> resubmit = copyOf(work);
        if (resubmit.isPresent()) {
            Path moved = mover.moveInto(work.file(), work.folder().quarantine().resolve(RESUBMITTED));
            mover.writeReport(moved, QuarantineReport.rejected(work, clock));
            rejected.backToQuarantine(resubmit.get().id(), "the resubmitted copy was refused again (" + r.reason() + "): "
                    + r.reasonText() + "; it is kept as " + moved);
            LOG.info("resubmitted drop file {} refused again; the original stays in the quarantine", name);
            return;
        }
        long id = rejected.recordOnce(r, work.sha256(), work.file().toString(), work.previous());
        Path moved = mover.moveInto(work.file(), work.folder().quarantine());
        rejected.moved(id, moved.toString());
        mover.writeReport(moved, QuarantineReport.rejected(work, clock));
        LOG.info("drop file {} quarantined as {}", name, moved.getFileName());
    }

    /** A file that was read: archive it, and start verifying every quarantined file whose data it carries. */
    void passed(DropWork work, DropFileResult.Validated v) throws IOException {
        String name = work.file().getFileName().toString();
        Set<String> all = v.keys();
        // the keys of interest it passed for (a file's clean keys are kept only when an issue or a waiting file needs them)
        Set<String> clean = new HashSet<>();
        String prefix = DropFileValidator.keyScope(v.iface(), "");
        v.keySnapshots().stream().filter(s -> s.findings().isEmpty()).forEach(s -> clean.add(s.scope().substring(prefix.length())));
        java.time.Instant deadline = clock.instant().plus(loadWindows.getOrDefault(v.iface(), Duration.ofHours(2)));
        Optional<RejectedFiles.Entry> resubmit = copyOf(work);
        if (resubmit.isPresent()) {
            rejected.verifying(resubmit.get().id(), name, all, deadline);
            retire(resubmit.get(), work.folder());
            LOG.info("resubmitted drop file {} passed; its data is looked for in ClickHome", name);
        }
        for (Map.Entry<Long, Set<String>> waiting : rejected.waitingKeys(v.iface()).entrySet()) {
            if (!waiting.getValue().isEmpty() && clean.containsAll(waiting.getValue())) {
                rejected.verifying(waiting.getKey(), name, List.copyOf(waiting.getValue()), deadline);
                LOG.info("drop file {} covers every business key of quarantined file #{}", name, waiting.getKey());
            }
        }
        archive(work);
    }

    /** The resubmission this file is the copy of, when it is one. */
    private Optional<RejectedFiles.Entry> copyOf(DropWork work) {
        return rejected.resubmitting(work.sha256()).filter(e -> work.file().getFileName().toString().equals(e.resubmitName()));
    }

    /** The original's copy was processed: it leaves the quarantine's top level (with its report), never deleted. */
    private void retire(RejectedFiles.Entry e, DropFolder folder) throws IOException {
        Path original = Path.of(e.quarantinePath());
        if (!Files.exists(original)) {
            return; // moved already before a restart
        }
        Path report = original.resolveSibling(original.getFileName() + ".report.txt");
        Path moved = mover.moveInto(original, folder.quarantine().resolve(RESUBMITTED));
        if (Files.exists(report)) {
            Files.move(report, moved.resolveSibling(moved.getFileName() + ".report.txt"));
        }
        rejected.moved(e.id(), moved.toString());
    }
}
