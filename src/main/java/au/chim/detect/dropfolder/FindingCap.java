package au.chim.detect.dropfolder;

import au.chim.finding.Finding;
import au.chim.finding.Severity;
import java.util.HashSet;
import java.util.Set;

/**
 * How many business-key findings one file may hold for its snapshots, so the heap a file needs does not grow with its
 * bad rows. Past the cap a key's findings are no longer kept and the key gets no snapshot at all: an incomplete
 * snapshot would resolve its open issues that the file still has. Only the keys passed over are remembered (a short
 * string each, not a finding), and the file gets one summary finding with their count.
 */
final class FindingCap {
    /** The default of {@code monitor.dropfolders.max-findings-per-file}. */
    static final int DEFAULT_MAX = 1000;

    private final int max;
    private final Set<String> passedOver = new HashSet<>();
    private int kept;
    private long dropped;
    private long firstDroppedLine = -1;

    FindingCap(int max) {
        this.max = max;
    }

    /** True when a finding of {@code key} may be kept; false when the key is (now) passed over. */
    boolean admit(String key, long line) {
        if (!passedOver.contains(key) && kept < max) {
            kept++;
            return true;
        }
        passedOver.add(key);
        dropped++;
        if (firstDroppedLine < 0) {
            firstDroppedLine = line;
        }
        return false;
    }

    boolean passedOver(String key) {
        return passedOver.contains(key);
    }

    int max() {
        return max;
    }

    long dropped() {
        return dropped;
    }

    int keysPassedOver() {
        return passedOver.size();
    }

    long firstDroppedLine() {
        return firstDroppedLine;
    }

    /** The file finding that counts what was passed over; its field is stable, so the next file without it resolves it. */
    Finding summary(FileRun run) {
        return run.at("DROP_FILE_FINDINGS_CAPPED", run.iface.category(), Severity.WARNING, firstDroppedLine, "", null,
                        "findings-capped", "(bad rows)", dropped + " more findings", "were not reported one by one: the file holds more than "
                                + max + " (monitor.dropfolders.max-findings-per-file); the " + passedOver.size()
                                + " business keys they belong to keep their issues as they were")
                .suggestedAction("Correct the reported rows, look for the same faults in the rest of the file, then export it again.")
                .build();
    }
}
