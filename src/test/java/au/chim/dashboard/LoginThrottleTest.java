package au.chim.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic on a clock the test moves: free failures, doubling waits, the cap, the release. */
class LoginThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T00:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 2, Duration.ofSeconds(10), Duration.ofSeconds(35));

    @Test
    void waitsDoubleUpToTheCapAndEndWhenTheirTimeHasPassed() {
        throttle.failed("ann", "10.0.0.9");
        throttle.failed("ann", "10.0.0.9");
        assertEquals(Duration.ZERO, throttle.waitFor("ann", "10.0.0.9"), "two free failures");
        throttle.failed("ann", "10.0.0.9");
        assertEquals(Duration.ofSeconds(10), throttle.waitFor("ann", "10.0.0.9"));
        clock.advance(Duration.ofSeconds(10));
        assertEquals(Duration.ZERO, throttle.waitFor("ann", "10.0.0.9"), "released once the wait has passed");
        throttle.failed("ann", "10.0.0.9");
        assertEquals(Duration.ofSeconds(20), throttle.waitFor("ann", "10.0.0.9"), "doubled");
        clock.advance(Duration.ofSeconds(20));
        throttle.failed("ann", "10.0.0.9");
        assertEquals(Duration.ofSeconds(35), throttle.waitFor("ann", "10.0.0.9"), "capped at the maximum");
    }

    @Test
    void anotherAddressIsNotBlockedAndASuccessClearsTheUsersCount() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("ann", "10.0.0.9");
        }
        assertTrue(throttle.waitFor("ann", "10.0.0.9").toSeconds() > 0);
        assertEquals(Duration.ZERO, throttle.waitFor("ann", "10.0.0.7"), "the real user's own machine");
        clock.advance(Duration.ofSeconds(10));
        throttle.succeeded("ann", "10.0.0.9");
        throttle.failed("ann", "10.0.0.9");
        assertEquals(Duration.ZERO, throttle.waitFor("ann", "10.0.0.9"), "counting starts again after a success");
    }

    @Test
    void oneAddressGuessingManyNamesWaitsToo() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("user" + i, "10.0.0.66");
        }
        assertTrue(throttle.waitFor("someone-else", "10.0.0.66").toSeconds() > 0, "4 x 2 failures per address are free");
    }
}
