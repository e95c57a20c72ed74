package au.chim.routing;

import java.time.Duration;
import java.util.Objects;

/**
 * Grouping of real-time alerts per recipient, as in Alertmanager.
 *
 * @param groupWait     how long the first transition waits for others to join the same email
 * @param groupInterval minimum time between two alert emails to the same recipient
 */
public record AlertSettings(Duration groupWait, Duration groupInterval) {
    public static final AlertSettings DEFAULT = new AlertSettings(Duration.ofSeconds(30), Duration.ofMinutes(5));

    public AlertSettings {
        Objects.requireNonNull(groupWait, "groupWait");
        Objects.requireNonNull(groupInterval, "groupInterval");
        if (groupWait.isNegative() || groupInterval.isNegative()) {
            throw new IllegalArgumentException("group wait and interval must not be negative");
        }
    }
}
