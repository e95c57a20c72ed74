package au.chim.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without locking the real user out. Failures are counted per user name from one
 * client address and per client address (any name, four times the allowance); past the free failures each further
 * one doubles the wait, up to the maximum. A user name is never blocked as such, so the real user logs in from
 * their own machine while someone guesses from another. A success from an address clears that user's count there.
 */
public final class LoginThrottle {
    private static final int MAX_ENTRIES = 20_000;
    private final Clock clock;
    private final int freeFailures;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(int failures, Instant blockedUntil, Instant lastFailure) {
    }

    /**
     * @param freeFailures failures allowed before any wait (per user and address; the address alone gets 4x)
     * @param firstDelay   wait after the first failure past the free ones; doubles with each further one
     * @param maxDelay     the longest wait
     */
    public LoginThrottle(Clock clock, int freeFailures, Duration firstDelay, Duration maxDelay) {
        if (freeFailures < 1 || firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new DashboardConfigException(DashboardSettings.PREFIX + "login.* must be free-failures >= 1 and "
                    + "0 < first-delay <= max-delay");
        }
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    /** How long this user must wait before trying from this address; zero when a try is allowed now. */
    public Duration waitFor(String user, String address) {
        Instant now = clock.instant();
        Duration a = remaining(entries.get(userKey(user, address)), now);
        Duration b = remaining(entries.get(addressKey(address)), now);
        return a.compareTo(b) >= 0 ? a : b;
    }

    public void failed(String user, String address) {
        Instant now = clock.instant();
        if (entries.size() > MAX_ENTRIES) {
            entries.values().removeIf(e -> e.lastFailure.plus(maxDelay.multipliedBy(2)).isBefore(now));
        }
        entries.compute(userKey(user, address), (k, e) -> next(e, freeFailures, now));
        entries.compute(addressKey(address), (k, e) -> next(e, freeFailures * 4, now));
    }

    public void succeeded(String user, String address) {
        entries.remove(userKey(user, address));
    }

    private Entry next(Entry e, int free, Instant now) {
        // A long quiet spell forgives earlier failures.
        int failures = e == null || e.lastFailure.plus(maxDelay.multipliedBy(2)).isBefore(now) ? 1 : e.failures + 1;
        Instant until = now;
        if (failures > free) {
            int doublings = Math.min(failures - free - 1, 30);
            Duration d = firstDelay.multipliedBy(1L << doublings);
            until = now.plus(d.compareTo(maxDelay) > 0 ? maxDelay : d);
        }
        return new Entry(failures, until, now);
    }

    private static Duration remaining(Entry e, Instant now) {
        return e == null || !e.blockedUntil.isAfter(now) ? Duration.ZERO : Duration.between(now, e.blockedUntil);
    }

    private static String userKey(String user, String address) {
        return "u\u0000" + user + "\u0000" + address;
    }

    private static String addressKey(String address) {
        return "a\u0000" + address;
    }
}
