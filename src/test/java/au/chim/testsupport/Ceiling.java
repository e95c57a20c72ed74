package au.chim.testsupport;

import java.time.Duration;

/**
 * How long a test may wait for work a scheduled route does, derived from that route's schedule: the runs it needs,
 * times a margin for a 2-core machine whose cores are both busy (a 200 ms tick can take seconds to come round), plus
 * a floor for the first poll after start. A ceiling only bounds a failing test; a passing one ends when its condition holds.
 */
public final class Ceiling {
    /** The tick of every timer in {@link TestMonitor#defaults} (checks, alerts, outbox). */
    public static final Duration TEST_TICK = Duration.ofMillis(200);
    private static final int LOADED_MACHINE_MARGIN = 25;
    private static final Duration FLOOR = Duration.ofSeconds(10);

    private Ceiling() {
    }

    /** Room for {@code runs} runs of a route scheduled every {@code interval}. */
    public static Duration forRuns(Duration interval, int runs) {
        return FLOOR.plus(interval.multipliedBy((long) runs * LOADED_MACHINE_MARGIN));
    }

    /** Room for two runs at the test tick: the usual "the route has seen the new state" wait. */
    public static Duration twoTicks() {
        return forRuns(TEST_TICK, 2);
    }
}
