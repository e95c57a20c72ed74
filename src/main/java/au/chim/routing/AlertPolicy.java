package au.chim.routing;

import au.chim.finding.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides, for one recipient and its pending alert items, whether to email now or when to look again.
 * Grouping follows Alertmanager (group wait for the first item, group interval between emails); outside the
 * recipient's business hours non-critical items are held until the next business start and then go out as one
 * catch-up; a CRITICAL NEW/REOPENED item sends everything pending at once, day or night. Pure: the clock is a parameter.
 */
public final class AlertPolicy {
    private final AlertSettings settings;
    private final BusinessCalendar calendar;

    public AlertPolicy(AlertSettings settings, BusinessCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    /**
     * @param pending    this recipient's queue items not yet in an email (any order)
     * @param lastSentAt when this recipient was last sent an alert email; null if never
     */
    public AlertDecision decide(Recipient recipient, List<AlertItem> pending, Instant lastSentAt, Instant now) {
        if (pending.isEmpty()) {
            return AlertDecision.nothing(List.of());
        }
        List<AlertItem> sorted = new ArrayList<>(pending);
        sorted.sort(Comparator.comparing(AlertItem::createdAt).thenComparingLong(AlertItem::queueId));
        Map<Long, AlertItem> latest = new LinkedHashMap<>();
        Map<Long, Boolean> raisedHere = new LinkedHashMap<>();
        for (AlertItem i : sorted) {
            latest.put(i.issueId(), i);
            raisedHere.merge(i.issueId(), i.raises(), Boolean::logicalOr);
        }
        boolean critical = latest.values().stream()
                .anyMatch(i -> i.raises() && i.severity() == Severity.CRITICAL);
        boolean catchUp = !critical && heldOverQuietTime(recipient, sorted.get(0).createdAt(), now);

        // A resolution is worth a line if the recipient wants those, or if the catch-up would otherwise
        // hide that something raised during the night has already gone away.
        List<AlertItem> items = new ArrayList<>();
        for (AlertItem i : latest.values()) {
            if (i.raises() || recipient.resolvedNotices() || (catchUp && raisedHere.get(i.issueId()))) {
                items.add(i);
            }
        }
        if (items.isEmpty()) {
            return AlertDecision.nothing(sorted);
        }
        if (critical) {
            return AlertDecision.sendNow(items, sorted, false);
        }
        Instant due = items.stream().map(AlertItem::createdAt).min(Comparator.naturalOrder()).orElseThrow()
                .plus(settings.groupWait());
        if (lastSentAt != null && lastSentAt.plus(settings.groupInterval()).isAfter(due)) {
            due = lastSentAt.plus(settings.groupInterval());
        }
        if (now.isBefore(due)) {
            return AlertDecision.holdUntil(calendar.nextBusinessStart(recipient, due));
        }
        if (!calendar.isBusinessTime(recipient, now)) {
            return AlertDecision.holdUntil(calendar.nextBusinessStart(recipient, now));
        }
        return AlertDecision.sendNow(items, sorted, catchUp);
    }

    /**
     * Business hours are one stretch per day, so items wait across quiet time exactly when the oldest arrived
     * outside hours or on an earlier day than now (e.g. at 16:58 with the group interval ending after 17:00).
     */
    private boolean heldOverQuietTime(Recipient r, Instant oldest, Instant now) {
        java.time.ZoneId zone = r.schedule().zone();
        return !calendar.isBusinessTime(r, oldest)
                || !oldest.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
    }
}
