package au.chim.detect.clickhome;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * Asks the ClickHome database for {@code SELECT 1} and gives up after a bounded time. A frozen server
 * (connections open, no answer) never returns a query timeout: the driver waits on its socket for ever.
 * So the ping runs on its own thread, the caller waits at most the timeout, and then the connection is
 * aborted (which also frees its pool slot) and the ping fails with "no answer", raising the outage.
 */
public class ClickHomePing implements AutoCloseable {
    private final DataSource clickhome;
    private final int timeoutSeconds;
    private final ExecutorService runner = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "clickhome-ping");
        t.setDaemon(true);
        return t;
    });

    /** @param timeoutSeconds longest wait for the answer, connection included (monitor.detect.connectivity-timeout) */
    public ClickHomePing(DataSource clickhome, int timeoutSeconds) {
        this.clickhome = clickhome;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Returns normally when the database answered in time; throws with the reason otherwise. */
    public void ping() throws Exception {
        AtomicReference<Connection> open = new AtomicReference<>();
        Future<Void> answer = runner.submit(() -> {
            try (Connection c = clickhome.getConnection(); Statement s = c.createStatement()) {
                open.set(c);
                s.setQueryTimeout(timeoutSeconds);
                s.execute("SELECT 1");
            }
            return null;
        });
        try {
            answer.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            answer.cancel(true);
            abort(open.get());
            throw new TimeoutException("the ClickHome database did not answer SELECT 1 within " + timeoutSeconds
                    + " s (connections open but no answer: the server or the network is frozen)");
        }
    }

    private void abort(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.abort(runner);
        } catch (SQLException | RuntimeException ignored) {
            // the connection is being given up on either way; the pool replaces it
        }
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }
}
