package au.chim.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The monitor's ticking clock, which a test can move forward (days later, a signed link has expired). */
public final class ShiftedClock extends Clock {
    private final Clock base;
    private volatile Duration shift = Duration.ZERO;

    public ShiftedClock(Clock base) {
        this.base = base;
    }

    public void advance(Duration d) {
        shift = shift.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        ShiftedClock outer = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return outer.withZone(other);
            }

            @Override
            public Instant instant() {
                return outer.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return base.instant().plus(shift);
    }
}
