package au.chim.detect.bounce;

import au.chim.finding.Finding;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the mails moved to the unparsed folder since start; from the threshold on, every further one also raises
 * (or refreshes) one issue for IT, so unreadable mail piling up is seen, not only logged.
 */
public final class UnparsedWatch {
    private final AtomicLong count = new AtomicLong();
    private final int threshold;
    private final String folder;
    private final Clock clock;

    /** @param threshold unparsed mails since start that make an issue (monitor.detect.bounces.unparsed-threshold, default 5) */
    public UnparsedWatch(int threshold, String folder, Clock clock) {
        if (threshold < 1) {
            throw new IllegalArgumentException("monitor.detect.bounces.unparsed-threshold must be >= 1 (was " + threshold + ")");
        }
        this.threshold = threshold;
        this.folder = folder;
        this.clock = clock;
    }

    /** The outcome as it was, plus the IT issue when it is one unparsed mail too many. */
    BounceOutcome check(BounceOutcome outcome) {
        if (outcome.result() != BounceOutcome.Result.UNPARSEABLE) {
            return outcome;
        }
        long n = count.incrementAndGet();
        if (n < threshold) {
            return outcome;
        }
        List<Finding> events = new ArrayList<>(outcome.events());
        events.add(SenderIssues.unparsedPiling(folder, n, threshold, clock.instant()));
        return new BounceOutcome(outcome.result(), events, outcome.snapshots());
    }
}
