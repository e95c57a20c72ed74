package au.chim.detect.dropfolder;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import au.chim.finding.Severity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verified resolution of quarantined files: once a resubmitted or corrected file carrying a file's data was processed,
 * its business keys are looked for in ClickHome's interface tables; only when all are loaded and none is in error is the
 * file's issue resolved, with that evidence in its history. Past the interface's load window the issue stays open and
 * says which keys are missing. Route detect-stale-drop-files runs it (also the resubmission recovery, first).
 */
public final class LoadVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(LoadVerifier.class);
    private static final int SHOWN = 10;

    private final RejectedFiles rejected;
    private final InterfaceLoads loads;
    private final Resubmits resubmits;
    private final Clock clock;

    public LoadVerifier(RejectedFiles rejected, javax.sql.DataSource clickhome, Resubmits resubmits, Clock clock) {
        this.rejected = rejected;
        this.loads = new InterfaceLoads(clickhome);
        this.resubmits = resubmits;
        this.clock = clock;
    }

    /** Snapshots for the register: an empty one with the evidence resolves; a late one restates the issue. */
    public List<FindingSnapshot> verify() {
        List<FindingSnapshot> out = new ArrayList<>();
        try {
            resubmits.recover();
            rejected.followOperatorResolutions();
            for (RejectedFiles.Entry e : rejected.inStatus(RejectedFiles.VERIFYING)) {
                List<InterfaceLoads.KeyState> states = loads.states(e.iface(), rejected.keys(e.id()));
                List<InterfaceLoads.KeyState> missing = states.stream().filter(s -> !"LOADED".equals(s.state())).toList();
                if (missing.isEmpty()) {
                    out.add(new FindingSnapshot(e.scope(), List.of(), evidence(e, states)));
                } else if (e.verifyDeadline() != null && clock.instant().isAfter(e.verifyDeadline())) {
                    out.add(new FindingSnapshot(e.scope(), List.of(notLoaded(e, missing, states.size()))));
                }
            }
        } catch (CheckUnavailableException ex) {
            LOG.warn("quarantined drop files not verified this time: {}", ex.getMessage());
            return List.of();
        }
        return out;
    }

    /** After the register took them: the files whose issue was resolved are done. */
    public void confirm(List<FindingSnapshot> sent) {
        for (FindingSnapshot s : sent) {
            if (s.findings().isEmpty()) {
                rejected.inStatus(RejectedFiles.VERIFYING).stream().filter(e -> e.scope().equals(s.scope()))
                        .forEach(e -> rejected.resolved(e.id(), s.note()));
            }
        }
    }

    private static String evidence(RejectedFiles.Entry e, List<InterfaceLoads.KeyState> states) {
        String shown = states.stream().limit(SHOWN).map(InterfaceLoads.KeyState::evidence).collect(Collectors.joining("; "));
        return "data of " + e.fileName() + " is in ClickHome, carried by " + e.passedFile() + ": " + (states.isEmpty()
                ? "the file had no business keys" : states.size() + " key(s) loaded, none in error (" + shown
                + (states.size() > SHOWN ? "; ..." : "") + ")");
    }

    private static Finding notLoaded(RejectedFiles.Entry e, List<InterfaceLoads.KeyState> missing, int total) {
        String shown = missing.stream().limit(SHOWN).map(InterfaceLoads.KeyState::evidence).collect(Collectors.joining("; "));
        long errors = missing.stream().filter(s -> "ERROR".equals(s.state())).count();
        return Finding.builder("DROP_FILE_REJECTED", Category.DROP_FILE, Severity.valueOf(e.severity()))
                .entity("drop-file", Rejections.fileKey(e.iface(), e.fileName()))
                .summary("Drop file " + e.fileName() + " was rejected and its data, sent again in " + e.passedFile()
                        + ", is not loaded in ClickHome within its window: " + missing.size() + " of " + total + " key(s) missing"
                        + (errors > 0 ? ", " + errors + " in error" : ""))
                .detail("File: " + e.fileName() + "\nCarried by: " + e.passedFile() + "\nNot loaded: " + shown)
                .suggestedAction("Check ClickHome's interface load for these keys (errors, importer stopped), then resolve this issue.")
                .source("dropfolder:" + e.iface().name())
                .context(Finding.FILE, e.fileName()).build();
    }
}
