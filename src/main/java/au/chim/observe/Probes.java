package au.chim.observe;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import au.chim.store.MonitorState;
import au.chim.store.StoreGuard;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The probes behind the health checks; each answers in about its timeout at worst, never throws. */
public final class Probes {
    private Probes() {
    }

    /** The ClickHome database, from the connectivity route's last ping: no connection of its own per probe. */
    public static Probe clickhome(BooleanSupplier reachable) {
        return () -> reachable.getAsBoolean() ? Optional.empty()
                : Optional.of("the ClickHome database did not answer the last connectivity ping");
    }

    /**
     * The monitor store can WRITE: a heartbeat row is updated with a query timeout (a read-only or full store
     * answers SELECT 1 happily while every finding is lost), and the store's guard has not tripped.
     */
    public static Probe store(DataSource store, int timeoutSeconds, StoreGuard guard, java.time.Clock clock) {
        JdbcTemplate jdbc = new JdbcTemplate(store);
        jdbc.setQueryTimeout(timeoutSeconds);
        MonitorState state = new MonitorState(jdbc);
        return () -> {
            Optional<String> failed = guard.failure();
            if (failed.isPresent()) {
                return failed;
            }
            try {
                state.put("health", "store-write", "heartbeat", clock.instant());
                return Optional.empty();
            } catch (RuntimeException e) {
                return Optional.of("the monitor store " + guard.store() + " cannot be written: " + rootMessage(e));
            }
        };
    }

    /** A server the monitor talks to (SMTP relay, IMAP mailbox): a TCP connect, nothing sent. */
    public static Probe tcp(String what, String host, int port, int timeoutMs) {
        return () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), timeoutMs);
                return Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.of(what + " " + host + ":" + port + " cannot be reached: " + rootMessage(e));
            }
        };
    }

    /** A drop folder the accounting system or ClickHome writes to: it must exist and be readable. */
    public static Probe folder(Path folder) {
        return () -> {
            if (!Files.isDirectory(folder)) {
                return Optional.of("folder " + folder + " does not exist");
            }
            if (!Files.isReadable(folder)) {
                return Optional.of("folder " + folder + " is not readable by the monitor");
            }
            return Optional.empty();
        };
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return au.chim.finding.Text.oneLine(m == null ? t.getClass().getSimpleName() : m, 300);
    }
}
