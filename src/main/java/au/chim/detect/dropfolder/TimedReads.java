package au.chim.detect.dropfolder;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every read of a drop file has a ceiling. A share that stops answering mid-read would otherwise hold the folder's route
 * for ever: a watchdog interrupts a thread that has waited inside one read longer than the limit, which closes its
 * interruptible file channel, and the read fails with an InterruptedIOException naming the limit (the file is left for
 * the next poll). Only a thread still inside the read is interrupted, never one that has moved on.
 */
final class TimedReads {
    private static final Set<Guarded> OPEN = ConcurrentHashMap.newKeySet();
    private static volatile Duration limit = Duration.ofSeconds(60);

    static {
        Thread watchdog = new Thread(TimedReads::watch, "drop-file-read-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private TimedReads() {
    }

    /** monitor.dropfolders.read-timeout: the longest one read of a drop file may wait. */
    static void limit(Duration d) {
        limit = d;
    }

    /** Opens a drop file for reading; links are refused, so a link to a file outside the share is never read. */
    static InputStream open(Path file) throws IOException {
        return new Guarded(Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
    }

    private static void watch() {
        while (true) {
            try {
                Thread.sleep(Math.max(50, Math.min(1000, limit.toMillis() / 4)));
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Guarded g : OPEN) {
                g.interruptIfStuck(now, limit.toNanos());
            }
        }
    }

    private static final class Guarded extends FilterInputStream {
        private volatile long since;
        private volatile Thread reader;
        private boolean timedOut;

        Guarded(InputStream in) {
            super(in);
            OPEN.add(this);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            reader = Thread.currentThread();
            since = System.nanoTime();
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                if (done()) {
                    throw new InterruptedIOException("no answer from the file system within " + limit.toSeconds() + " s (read timeout)");
                }
                throw e;
            } finally {
                done();
            }
        }

        /** Leaves the read; clears an interrupt the watchdog sent, so the thread goes on uninterrupted. */
        private synchronized boolean done() {
            since = 0;
            if (timedOut) {
                Thread.interrupted();
            }
            return timedOut;
        }

        synchronized void interruptIfStuck(long now, long limitNanos) {
            long s = since;
            if (s != 0 && now - s > limitNanos) {
                timedOut = true;
                reader.interrupt();
            }
        }

        @Override
        public void close() throws IOException {
            OPEN.remove(this);
            super.close();
        }
    }
}
