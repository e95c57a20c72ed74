package au.chim.routing;

import static au.chim.routing.AlertDecision.Action.HOLD_UNTIL;
import static au.chim.routing.AlertDecision.Action.NOTHING;
import static au.chim.routing.AlertDecision.Action.SEND_NOW;
import static au.chim.routing.AlertItem.Transition.NEW;
import static au.chim.routing.AlertItem.Transition.RESOLVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.finding.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grouping, quiet hours and catch-up decisions with the clock as a parameter. Week of Mon 23 Nov 2026. */
class AlertPolicyTest {
    static final ZoneId SYD = ZoneId.of("Australia/Sydney");
    static final ZoneId BNE = ZoneId.of("Australia/Brisbane");
    final RoutingConfig config = TestIssues.shippedConfig();
    final Recipient accounts = config.recipients().get("accounts-team");               // NSW, resolved notices on
    final Recipient accountsQld = config.recipients().get("accounts-qld-team");         // QLD
    final Recipient admin = config.recipients().get("construction-admin-team");         // resolved notices off
    final AlertPolicy policy = new AlertPolicy(new AlertSettings(Duration.ofSeconds(30), Duration.ofMinutes(5)),
            new BusinessCalendar());

    static Instant syd(String t) {
        return LocalDateTime.parse(t).atZone(SYD).toInstant();
    }

    static AlertItem item(long q, long issue, AlertItem.Transition t, Severity s, Instant at) {
        return new AlertItem(q, issue, t, s, at, "rule routes[2] category=po-integration -> accounts-staff");
    }

    @Test
    void firstItemWaitsForTheGroupThenEverythingPendingGoesInOneEmail() {
        AlertItem a = item(1, 10, NEW, Severity.ERROR, syd("2026-11-24T10:00:00"));
        AlertItem b = item(2, 11, NEW, Severity.ERROR, syd("2026-11-24T10:00:20"));
        AlertDecision wait = policy.decide(accounts, List.of(a), null, syd("2026-11-24T10:00:10"));
        assertEquals(HOLD_UNTIL, wait.action());
        assertEquals(syd("2026-11-24T10:00:30"), wait.holdUntil());

        AlertDecision send = policy.decide(accounts, List.of(b, a), null, syd("2026-11-24T10:00:30"));
        assertEquals(SEND_NOW, send.action());
        assertEquals(List.of(10L, 11L), send.items().stream().map(AlertItem::issueId).toList());
        assertFalse(send.catchUp());
        assertEquals(2, send.consumed().size());
    }

    @Test
    void aSecondEmailWaitsForTheGroupInterval() {
        AlertItem c = item(3, 12, NEW, Severity.ERROR, syd("2026-11-24T10:02:00"));
        AlertDecision d = policy.decide(accounts, List.of(c), syd("2026-11-24T10:01:00"), syd("2026-11-24T10:02:40"));
        assertEquals(HOLD_UNTIL, d.action());
        assertEquals(syd("2026-11-24T10:06:00"), d.holdUntil());
        assertEquals(SEND_NOW, policy.decide(accounts, List.of(c), syd("2026-11-24T10:01:00"), syd("2026-11-24T10:06:00")).action());
    }

    @Test
    void nonCriticalAtNightIsHeldUntilTheNextBusinessStartAndSentAsCatchUp() {
        AlertItem night = item(1, 10, NEW, Severity.ERROR, syd("2026-11-24T22:00:00"));
        AlertDecision hold = policy.decide(accounts, List.of(night), syd("2026-11-24T15:00:00"), syd("2026-11-24T22:00:31"));
        assertEquals(HOLD_UNTIL, hold.action());
        assertEquals(syd("2026-11-25T08:00:00"), hold.holdUntil());

        AlertDecision morning = policy.decide(accounts, List.of(night), syd("2026-11-24T15:00:00"), syd("2026-11-25T08:00:00"));
        assertEquals(SEND_NOW, morning.action());
        assertTrue(morning.catchUp());
    }

    @Test
    void fridayEveningWaitsForMonday() {
        AlertItem fri = item(1, 10, NEW, Severity.WARNING, syd("2026-11-27T16:59:50"));
        AlertDecision d = policy.decide(accounts, List.of(fri), null, syd("2026-11-27T17:00:30"));
        assertEquals(HOLD_UNTIL, d.action());
        assertEquals(syd("2026-11-30T08:00:00"), d.holdUntil());
    }

    @Test
    void criticalGoesAtOnceAtNightTakingThePendingItemsAlong() {
        AlertItem held = item(1, 10, NEW, Severity.ERROR, syd("2026-11-24T22:00:00"));
        AlertItem crit = item(2, 11, NEW, Severity.CRITICAL, syd("2026-11-25T02:00:00"));
        AlertDecision d = policy.decide(accounts, List.of(held, crit), syd("2026-11-25T01:59:00"), syd("2026-11-25T02:00:00"));
        assertEquals(SEND_NOW, d.action());
        assertEquals(2, d.items().size());
        assertFalse(d.catchUp());
    }

    @Test
    void catchUpListsWhatResolvedMeanwhileEvenForSomeoneWhoTurnedResolvedNoticesOff() {
        List<AlertItem> night = List.of(
                item(1, 10, NEW, Severity.ERROR, syd("2026-11-24T22:00:00")),
                item(2, 10, RESOLVED, Severity.ERROR, syd("2026-11-24T23:00:00")),
                item(3, 11, NEW, Severity.ERROR, syd("2026-11-24T23:30:00")));
        AlertDecision d = policy.decide(admin, night, null, syd("2026-11-25T08:00:00"));
        assertEquals(SEND_NOW, d.action());
        assertTrue(d.catchUp());
        assertEquals(List.of(RESOLVED, NEW), d.items().stream().map(AlertItem::transition).toList(), "one line per issue, latest state");
        assertEquals(3, d.consumed().size(), "the superseded NEW is consumed too");
    }

    @Test
    void resolutionAloneIsDroppedForSomeoneWhoTurnedResolvedNoticesOffAndSentToOthers() {
        AlertItem res = item(5, 10, RESOLVED, Severity.ERROR, syd("2026-11-24T11:00:00"));
        AlertDecision off = policy.decide(admin, List.of(res), syd("2026-11-24T10:01:00"), syd("2026-11-24T11:00:30"));
        assertEquals(NOTHING, off.action());
        assertEquals(List.of(res), off.consumed(), "marked done so the queue does not grow");
        AlertDecision on = policy.decide(accounts, List.of(res), syd("2026-11-24T10:01:00"), syd("2026-11-24T11:00:30"));
        assertEquals(SEND_NOW, on.action());
    }

    @Test
    void aPublicHolidayInQueenslandHoldsTheQldTeamButNotSydney() {
        // Mon 4 May 2026 is Labour Day in QLD, a working day in NSW
        Instant t = LocalDateTime.parse("2026-05-04T09:00:00").atZone(BNE).toInstant();
        AlertItem i = item(1, 10, NEW, Severity.ERROR, t);
        AlertDecision qld = policy.decide(accountsQld, List.of(i), null, t.plusSeconds(30));
        assertEquals(HOLD_UNTIL, qld.action());
        assertEquals(LocalDateTime.parse("2026-05-05T08:00:00").atZone(BNE).toInstant(), qld.holdUntil());
        assertEquals(SEND_NOW, policy.decide(accounts, List.of(i), null, t.plusSeconds(30)).action());
    }

    @Test
    void nothingPendingIsNothing() {
        assertEquals(NOTHING, policy.decide(accounts, List.of(), null, syd("2026-11-24T10:00:00")).action());
    }

    @Test
    void anItemHeldPastCloseByTheGroupIntervalIsPartOfTheNextMorningsCatchUp() {
        AlertItem late = item(1, 10, NEW, Severity.ERROR, syd("2026-11-24T16:58:00"));
        AlertDecision hold = policy.decide(accounts, List.of(late), syd("2026-11-24T16:57:00"), syd("2026-11-24T16:58:30"));
        assertEquals(HOLD_UNTIL, hold.action());
        assertEquals(syd("2026-11-25T08:00:00"), hold.holdUntil(), "17:02 is after hours");
        AlertDecision morning = policy.decide(accounts, List.of(late), syd("2026-11-24T16:57:00"), syd("2026-11-25T08:00:00"));
        assertEquals(SEND_NOW, morning.action());
        assertTrue(morning.catchUp());
    }
}
