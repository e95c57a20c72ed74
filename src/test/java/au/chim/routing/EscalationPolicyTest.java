package au.chim.routing;

import static au.chim.routing.EscalationPolicy.Action.ESCALATE;
import static au.chim.routing.EscalationPolicy.Action.NOTHING;
import static au.chim.routing.EscalationPolicy.Action.REMIND;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Escalate after 3 business days, remind daily while unacknowledged (shipped routing.yaml), in business hours only. */
class EscalationPolicyTest {
    static final ZoneId SYD = ZoneId.of("Australia/Sydney");
    final RoutingConfig config = TestIssues.shippedConfig();
    final Recipient bc = config.recipients().get("business-contact-person");   // 07:30-16:30 NSW
    final EscalationPolicy policy = new EscalationPolicy(config.escalation(), new BusinessCalendar());

    static Instant syd(String t) {
        return LocalDateTime.parse(t).atZone(SYD).toInstant();
    }

    @Test
    void escalatesAfterThreeBusinessDaysNotThreeCalendarDays() {
        Instant fri = syd("2026-11-20T10:00");
        assertEquals(REMIND, policy.decide(bc, fri, false, syd("2026-11-23T09:00"), null, syd("2026-11-24T10:00")),
                "Tue: only 2 business days (Mon, Tue) - a reminder is due, not an escalation");
        assertEquals(ESCALATE, policy.decide(bc, fri, false, syd("2026-11-25T09:00"), null, syd("2026-11-25T10:00")));
        assertEquals(NOTHING, policy.decide(bc, fri, false, syd("2026-11-25T09:00"), syd("2026-11-25T10:00"),
                syd("2026-11-25T11:00")), "escalated once; the last reminder was 2 h ago");
    }

    @Test
    void aPublicHolidayDoesNotCountAsABusinessDay() {
        // Mon 5 Oct 2026 is Labour Day in NSW: Fri 2 Oct -> Tue, Wed, Thu are the 3 business days
        Instant fri = syd("2026-10-02T10:00");
        assertEquals(NOTHING, policy.decide(bc, fri, true, null, null, syd("2026-10-07T10:00")));
        assertEquals(ESCALATE, policy.decide(bc, fri, false, syd("2026-10-08T09:00"), null, syd("2026-10-08T10:00")));
    }

    @Test
    void remindersRepeatAtTheIntervalWhileUnacknowledged() {
        Instant opened = syd("2026-11-24T09:00");
        assertEquals(NOTHING, policy.decide(bc, opened, false, null, null, syd("2026-11-24T15:00")));
        assertEquals(REMIND, policy.decide(bc, opened, false, null, null, syd("2026-11-25T09:00")));
        assertEquals(NOTHING, policy.decide(bc, opened, false, syd("2026-11-25T09:00"), null, syd("2026-11-25T16:00")));
        assertEquals(NOTHING, policy.decide(bc, opened, true, null, null, syd("2026-11-25T09:00")), "acknowledged: no reminder");
    }

    @Test
    void nothingIsSentOutsideBusinessHours() {
        Instant opened = syd("2026-11-16T09:00");
        assertEquals(NOTHING, policy.decide(bc, opened, false, null, null, syd("2026-11-24T20:00")));
        assertEquals(ESCALATE, policy.decide(bc, opened, false, null, null, syd("2026-11-25T07:30")));
    }

    @Test
    void acknowledgedIssuesEscalateOnlyWhenConfigured() {
        Instant opened = syd("2026-11-16T09:00");
        assertEquals(NOTHING, policy.decide(bc, opened, true, null, null, syd("2026-11-24T10:00")));
        EscalationPolicy strict = new EscalationPolicy(new EscalationSettings(3, "business-contact", Duration.ZERO, true),
                new BusinessCalendar());
        assertEquals(ESCALATE, strict.decide(bc, opened, true, null, null, syd("2026-11-24T10:00")));
    }
}
