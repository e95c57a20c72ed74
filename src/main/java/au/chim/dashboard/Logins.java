package au.chim.dashboard;

import au.chim.finding.Text;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every password check of both ports goes through here: throttled per user and client address, and logged with
 * the user name, the address and the door (never the password). HTTP Basic repeats the login on every call, so
 * a success is logged when the password was really checked, not on each call answered from the short cache.
 */
public final class Logins {
    private static final Logger LOG = LoggerFactory.getLogger("au.chim.dashboard.login");
    private final UserStore store;
    private final LoginThrottle throttle;

    /** What a login attempt gave: the user, or a wait before the next try (zero for a plain wrong password). */
    public record Result(Optional<DashboardUser> user, Duration retryAfter) {
        public boolean throttled() {
            return !retryAfter.isZero();
        }

        /** Whole seconds for a Retry-After header, at least 1. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    public Logins(UserStore store, LoginThrottle throttle) {
        this.store = store;
        this.throttle = throttle;
    }

    public UserStore store() {
        return store;
    }

    /** Checks the password unless this user or address must wait; {@code door} names the port for the log. */
    public Result attempt(String door, String user, char[] password, String address) {
        String shownUser = Text.oneLine(user, 64);
        Duration wait = throttle.waitFor(user, address);
        if (!wait.isZero()) {
            LOG.warn("Login refused (too many failures, wait {} s) for user '{}' from {} on {}",
                    wait.toSeconds(), shownUser, address, door);
            return new Result(Optional.empty(), wait);
        }
        UserStore.Check check = store.check(user, password);
        if (check.user().isEmpty()) {
            throttle.failed(user, address);
            LOG.warn("Login failed for user '{}' from {} on {}", shownUser, address, door);
            return new Result(Optional.empty(), Duration.ZERO);
        }
        throttle.succeeded(user, address);
        if (!check.remembered()) {
            LOG.info("Login succeeded for user '{}' from {} on {}", shownUser, address, door);
        }
        return new Result(check.user(), Duration.ZERO);
    }
}
