package au.chim.routing;

import java.time.Instant;
import java.util.List;

/**
 * What the alert scheduler should do for one recipient now.
 *
 * @param items     SEND_NOW: one line per issue, its latest transition (NEW/REOPENED to act on, RESOLVED to note)
 * @param consumed  queue items to mark done: on SEND_NOW everything the email covers or supersedes, on NOTHING
 *                  the items nobody needs (resolution notices the recipient switched off); empty on HOLD_UNTIL
 * @param holdUntil HOLD_UNTIL: ask again at this instant (end of group wait/interval, or next business start)
 * @param catchUp   SEND_NOW after quiet hours: the email is the catch-up that also lists what resolved meanwhile
 */
public record AlertDecision(Action action, List<AlertItem> items, List<AlertItem> consumed, Instant holdUntil,
                            boolean catchUp) {
    public enum Action { SEND_NOW, HOLD_UNTIL, NOTHING }

    public AlertDecision {
        items = List.copyOf(items);
        consumed = List.copyOf(consumed);
    }

    static AlertDecision sendNow(List<AlertItem> items, List<AlertItem> consumed, boolean catchUp) {
        return new AlertDecision(Action.SEND_NOW, items, consumed, null, catchUp);
    }

    static AlertDecision holdUntil(Instant at) {
        return new AlertDecision(Action.HOLD_UNTIL, List.of(), List.of(), at, false);
    }

    static AlertDecision nothing(List<AlertItem> consumed) {
        return new AlertDecision(Action.NOTHING, List.of(), consumed, null, false);
    }
}
