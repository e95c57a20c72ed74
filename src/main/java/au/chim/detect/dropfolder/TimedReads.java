package au.chim.detect.dropfolder;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Every read of a drop file has a ceiling. A share that stops answering mid-read would otherwise hold the folder's route
 * for ever, and interrupting the reading thread does not release a read blocked inside the operating system. So the
 * bytes are read by a small pool of reader threads, a megabyte at a time, and the route's thread waits at most the
 * limit for each: past it the read fails with an InterruptedIOException naming the limit (the file is left for the next
 * poll) and the stuck reader thread is abandoned. At most {@link #READERS} can be stuck at once; past that, reads fail
 * at once rather than pile up threads.
 */
final class TimedReads {
    static final int READERS = 4;
    private static final int CHUNK = 1024 * 1024;
    private static final ThreadPoolExecutor POOL = new ThreadPoolExecutor(0, READERS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
            r -> {
                Thread t = new Thread(r, "drop-file-reader");
                t.setDaemon(true);
                return t;
            });
    private static volatile Duration limit = Duration.ofSeconds(60);

    private TimedReads() {
    }

    /** monitor.dropfolders.read-timeout: the longest one read of a drop file may wait. */
    static void limit(Duration d) {
        limit = d;
    }

    private static String text(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** Opens a drop file for reading; links are refused, so a link to a file outside the share is never read. */
    static InputStream open(Path file) throws IOException {
        return new Guarded(Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
    }

    private static final class Guarded extends InputStream {
        private final InputStream in;
        private final byte[] chunk = new byte[CHUNK];
        private int pos;
        private int end;
        private boolean failed;

        Guarded(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            return fill() ? chunk[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, end - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            return n;
        }

        /** True when bytes are waiting in the chunk, reading the next one (within the limit) when it is used up. */
        private boolean fill() throws IOException {
            if (pos < end) {
                return true;
            }
            if (failed) {
                throw new InterruptedIOException("an earlier read of this file did not answer within the limit");
            }
            Duration wait = limit;
            Future<Integer> read;
            try {
                read = POOL.submit(() -> in.read(chunk, 0, CHUNK));
            } catch (RejectedExecutionException e) {
                throw new InterruptedIOException(READERS + " reads of drop files have not answered within " + text(wait)
                        + " (read timeout): the file system is not answering");
            }
            try {
                int n = read.get(wait.toMillis(), TimeUnit.MILLISECONDS);
                pos = 0;
                end = Math.max(n, 0);
                return n > 0;
            } catch (TimeoutException e) {
                failed = true;
                read.cancel(true);
                throw new InterruptedIOException("no answer from the file system within " + text(wait) + " (read timeout)");
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading the file");
            }
        }

        @Override
        public void close() throws IOException {
            if (!failed) {
                in.close();
                return;
            }
            // closing waits for the read still stuck in it: let a thread of its own do that
            Thread closer = new Thread(() -> {
                try {
                    in.close();
                } catch (IOException e) {
                    // a file that never answered: nothing was written to it
                }
            }, "drop-file-closer");
            closer.setDaemon(true);
            closer.start();
        }
    }
}
