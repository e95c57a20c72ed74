package au.chim.dashboard.api;

import static au.chim.dashboard.api.ApiAnswers.actor;
import static au.chim.dashboard.api.ApiAnswers.answer;
import static au.chim.dashboard.api.ApiAnswers.header;
import static au.chim.dashboard.api.ApiAnswers.id;

import au.chim.register.IssueOperations;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.camel.Exchange;

/**
 * The handlers behind the work view's calls in routes/60-api.camel.yaml: the paged queue, the issue page,
 * "not mine" and bulk acknowledge/snooze. Same answers as {@link MonitorApi} (400/404/409 with a JSON error).
 */
public class IssueViewApi {
    private final IssuePages pages;
    private final IssueDetail detail;
    private final IssueHandOff handOff;
    private final IssueOperations issues;
    private final Clock clock;
    private final Function<String, List<String>> partiesOfUser;

    /** {@code partiesOfUser}: the parties a users-file login works for, for mine=true on the REST port. */
    public IssueViewApi(IssuePages pages, IssueDetail detail, IssueHandOff handOff, IssueOperations issues, Clock clock,
                        Function<String, List<String>> partiesOfUser) {
        this.pages = pages;
        this.detail = detail;
        this.handOff = handOff;
        this.issues = issues;
        this.clock = clock;
        this.partiesOfUser = partiesOfUser;
    }

    /** GET /queue: one page of issues with the total and the counts per category. */
    public Object queue(Exchange ex) {
        return answer(ex, () -> pages.page(IssueQuery.from(name -> header(ex, name), mine(ex))));
    }

    /** GET /issues/{id}: the issue with its parties, people told, history, parent and related issues. */
    public Object detail(Exchange ex) {
        return answer(ex, () -> detail.of(id(ex)));
    }

    /** POST /issues/{id}/hand-off {"party": "...", "reason": "..."}. */
    public Object handOff(Exchange ex) {
        return answer(ex, () -> {
            HandOffRequest r = ex.getMessage().getBody(HandOffRequest.class);
            return handOff.handOff(id(ex), actor(ex), r == null ? null : r.party(), r == null ? null : r.reason());
        });
    }

    /** POST /issues/bulk: each id acted on in its own transaction; the answer says which worked and why not. */
    public Object bulk(Exchange ex) {
        return answer(ex, () -> {
            BulkRequest r = ex.getMessage().getBody(BulkRequest.class);
            if (r == null || r.ids() == null || r.ids().isEmpty() || r.ids().size() > BulkRequest.MAX_IDS) {
                throw new IllegalArgumentException("ids must list 1-" + BulkRequest.MAX_IDS + " issue ids");
            }
            String actor = actor(ex);
            String text = r.note() != null && !r.note().isBlank() ? r.note() : r.reason();
            String action = r.action() == null ? "" : r.action().trim().toLowerCase(java.util.Locale.ROOT);
            if (!action.equals("acknowledge") && !action.equals("snooze")) {
                throw new IllegalArgumentException("action must be acknowledge or snooze (was " + r.action() + ")");
            }
            if (action.equals("snooze") && (r.hours() == null || r.hours() < 1)) {
                throw new IllegalArgumentException("a snooze needs hours (1 or more)");
            }
            List<Map<String, Object>> results = new java.util.ArrayList<>();
            for (Long id : r.ids()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("id", id);
                try {
                    if (action.equals("acknowledge")) {
                        issues.acknowledge(id, actor, text);
                    } else {
                        issues.snooze(id, actor, clock.instant().plus(Duration.ofHours(r.hours())), text);
                    }
                    one.put("ok", true);
                } catch (RuntimeException e) {
                    one.put("ok", false);
                    one.put("error", au.chim.finding.Text.oneLine(String.valueOf(e.getMessage()), 200));
                }
                results.add(one);
            }
            return Map.of("results", results);
        });
    }

    @SuppressWarnings("unchecked")
    private List<String> mine(Exchange ex) {
        Object bridged = ex.getProperty(Operator.PARTIES_PROPERTY);
        if (bridged instanceof List<?> l) {
            return (List<String>) l;
        }
        return "true".equalsIgnoreCase(header(ex, "mine")) ? partiesOfUser.apply(actor(ex)) : List.of();
    }
}
