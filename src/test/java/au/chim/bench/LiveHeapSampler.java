package au.chim.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;

/**
 * The heap while a run goes on, three ways. "Live" is what a heap histogram counts (jcmd GC.class_histogram, run
 * in-process through the DiagnosticCommand MBean: a full GC, then only reachable objects), taken every
 * {@code everyMillis}: the figure that says what the run holds. "After any GC" is the largest heap left after a
 * collection, which under G1 includes old-generation garbage that young collections never look at, so it over-states
 * what is held. "Used" is sampled every 5 ms, garbage included. The histogram of the largest live sample is kept.
 */
final class LiveHeapSampler implements AutoCloseable {
    private final AtomicLong live = new AtomicLong();
    private final AtomicLong afterAnyGc = new AtomicLong();
    private final AtomicLong used = new AtomicLong();
    private volatile String peakHistogram = "";
    private int samples;
    private final Thread thread;
    private final NotificationListener gcListener = (n, h) -> {
        if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
            afterAnyGc.accumulateAndGet(after, Math::max);
        }
    };

    LiveHeapSampler(long everyMillis) {
        thread = new Thread(() -> {
            long next = System.currentTimeMillis() + everyMillis;
            while (!Thread.currentThread().isInterrupted()) {
                used.accumulateAndGet(usedHeap(), Math::max);
                if (System.currentTimeMillis() >= next) {
                    sampleLive();
                    next = System.currentTimeMillis() + everyMillis;
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "live-heap-sampler");
        thread.setDaemon(true);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(gcListener, null, null);
        }
        thread.start();
    }

    private void sampleLive() {
        String h = histogram();
        long bytes = totalBytes(h);
        samples++;
        if (bytes > live.get()) {
            live.set(bytes);
            peakHistogram = h;
        }
    }

    /** The live objects now, by class, as jcmd prints them (forces a full GC). */
    static String histogram() {
        try {
            return (String) ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (Exception e) {
            throw new IllegalStateException("no heap histogram from the DiagnosticCommand MBean", e);
        }
    }

    /** The histogram's "Total <instances> <bytes>" line. */
    static long totalBytes(String histogram) {
        for (String line : histogram.split("\n")) {
            String t = line.strip();
            if (t.startsWith("Total")) {
                String[] parts = t.split("\\s+");
                return Long.parseLong(parts[2]);
            }
        }
        return -1;
    }

    static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() throws Exception {
        thread.interrupt();
        thread.join();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).removeNotificationListener(gcListener);
        }
    }

    long live() {
        return live.get();
    }

    int samples() {
        return samples;
    }

    long afterAnyGc() {
        return afterAnyGc.get();
    }

    long used() {
        return used.get();
    }

    /** The first {@code lines} classes of the largest live sample's histogram. */
    String peakTop(int lines) {
        String[] all = peakHistogram.split("\n");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(all.length, lines + 2); i++) {
            b.append("BENCH   ").append(all[i]).append('\n');
        }
        return b.toString();
    }
}
