package au.chim.detect.bounce;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many mails and response files ended in each {@link BounceOutcome.Result} since start, plus the last
 * few handled, so a dashboard (JMX, metrics) can show that the bounce detector is alive and what it saw.
 * Counted only after the register accepted the outcome, so a retried mail is counted once.
 */
public final class BounceCounters {
    /**
     * One handled mail or file: its own identity (never its subject) and what it was read as.
     *
     * @param source     {@code mailbox} or {@code faxmaker-file}
     * @param id         the mail's own Message-ID (null when it has none), or the response file's name
     * @param fromDomain domain of the mail's sender; null for files
     */
    public record Handled(String source, String id, String fromDomain, BounceReport report, BounceOutcome.Result result) {
    }

    private static final int RECENT_MAX = 200;

    private final Map<BounceOutcome.Result, AtomicLong> counts = new EnumMap<>(BounceOutcome.Result.class);
    private final Deque<Handled> recent = new ArrayDeque<>();
    private final AtomicLong autoReplies = new AtomicLong();

    public BounceCounters() {
        for (BounceOutcome.Result r : BounceOutcome.Result.values()) {
            counts.put(r, new AtomicLong());
        }
    }

    public void count(Handled handled) {
        counts.get(handled.result()).incrementAndGet();
        if (handled.report() != null && handled.report().kind() == BounceKind.AUTO_REPLY) {
            autoReplies.incrementAndGet();
        }
        synchronized (recent) {
            recent.addLast(handled);
            while (recent.size() > RECENT_MAX) {
                recent.removeFirst();
            }
        }
    }

    public long getRaised() {
        return counts.get(BounceOutcome.Result.RAISED).get();
    }

    public long getSoftCounted() {
        return counts.get(BounceOutcome.Result.SOFT_COUNTED).get();
    }

    public long getResolved() {
        return counts.get(BounceOutcome.Result.RESOLVED).get();
    }

    public long getIgnored() {
        return counts.get(BounceOutcome.Result.IGNORED).get();
    }

    /** Out-of-office and other automatic replies among the ignored: not failures, but a trade may be away. */
    public long getAutoReplies() {
        return autoReplies.get();
    }

    public long getUnparseable() {
        return counts.get(BounceOutcome.Result.UNPARSEABLE).get();
    }

    public long getTotal() {
        return counts.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** The last handled mails and files, oldest first (at most 200). */
    public List<Handled> recent() {
        synchronized (recent) {
            return new ArrayList<>(recent);
        }
    }
}
