package au.chim.notify.render;

import au.chim.finding.Severity;
import au.chim.finding.Text;
import au.chim.register.Issue;
import au.chim.routing.Recipient;
import com.samskivert.mustache.MustacheException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders alert, catch-up, support-request, reminder/escalation and digest emails from the templates.
 * Subjects are one bounded line (no header injection); HTML is escaped by the template engine; bodies list
 * at most {@link RenderSettings#maxListed()} items per section and attach the full list as CSV when long.
 */
public final class EmailRenderer {
    /** Above this a body is cut: a last line of defence, the listings keep normal emails far below it. */
    static final int MAX_BODY_CHARS = 2_000_000;

    /**
     * Items of an alert shown in full (evidence, what to do, signed action links): the worst ones. The rest are one
     * line with since-when and the work-view link, so that an alert of 50 items stays under 40 kB.
     */
    static final int ACTIONS_SHOWN = 10;
    /** Worst first: severity, then the oldest, then the id so that equal items keep one order. */
    static final Comparator<ItemView> WORST_FIRST = Comparator.comparing((ItemView v) -> Severity.valueOf(v.severity()))
            .reversed().thenComparing(ItemView::firstSeenAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(ItemView::id);

    private final TemplateLoader templates;
    private final RenderSettings settings;
    private final ItemStyle style;

    public EmailRenderer(TemplateLoader templates, RenderSettings settings, ItemStyle style) {
        this.templates = templates;
        this.settings = settings;
        this.style = style;
    }

    /** An alert or support-request item for this recipient, with their signed action links. */
    public ItemView item(Issue issue, String transition, String reason, Recipient to, Instant now) {
        return style.full(issue, transition, reason, to, now, true);
    }

    /** A digest, reminder or escalation line. */
    public ItemView brief(Issue issue, String reason, ZoneId zone, Instant now) {
        return style.brief(issue, reason, zone, now);
    }

    public ItemStyle style() {
        return style;
    }

    public RenderSettings settings() {
        return settings;
    }

    /** A real-time alert, or with {@code catchUp} the one email after quiet hours; items carry their transition. */
    public RenderedEmail alert(Recipient to, List<ItemView> items, boolean catchUp) {
        List<ItemView> sorted = items.stream().sorted(WORST_FIRST).toList();
        List<ItemView> raised = new ArrayList<>();
        for (ItemView i : sorted) {
            if (!"RESOLVED".equals(i.transition())) {
                raised.add(raised.size() < ACTIONS_SHOWN ? i : i.compact());
            }
        }
        List<ItemView> resolved = sorted.stream().filter(i -> "RESOLVED".equals(i.transition())).map(ItemView::compact).toList();
        Map<String, Object> ctx = base(to);
        ctx.put("raised", Listing.of(raised, settings.maxListed()));
        ctx.put("resolved", Listing.of(resolved, settings.maxListed()));
        ctx.put("first", raised.isEmpty() ? (resolved.isEmpty() ? null : resolved.get(0)) : raised.get(0));
        ctx.put("worst", raised.isEmpty() ? "Resolved" : raised.get(0).severity());
        ctx.put("more", Math.max(0, items.size() - 1));
        return render(catchUp ? "catchup" : "alert", ctx, "issues", sections("raised", raised, "resolved", resolved));
    }

    /** A ClickHome problem for the Business Contact to forward: what, since when, evidence, what was tried. */
    public RenderedEmail supportRequest(Recipient to, ItemView issue, List<String> tried) {
        Map<String, Object> ctx = base(to);
        ctx.put("issue", issue);
        ctx.put("tried", tried == null ? List.of() : tried.stream().map(t -> Text.oneLine(t, 500)).limit(20).toList());
        return render("support-request", ctx, null, List.of());
    }

    /** A reminder to the responsible recipients, or with {@code escalation} the notice to the escalation party. */
    public RenderedEmail reminder(Recipient to, List<ItemView> items, boolean escalation, int afterBusinessDays) {
        Map<String, Object> ctx = base(to);
        ctx.put("escalation", escalation);
        ctx.put("afterBusinessDays", afterBusinessDays);
        List<ItemView> sorted = items.stream().sorted(WORST_FIRST).toList();
        ctx.put("open", Listing.of(sorted, settings.maxListed()));
        ctx.put("first", sorted.isEmpty() ? null : sorted.get(0));
        ctx.put("more", Math.max(0, sorted.size() - 1));
        return render("reminder", ctx, "open-issues", sections("open", items, null, null));
    }

    /** "Not mine": {@code fromName} handed the issue back with {@code reason}; sent to the default route's people. */
    public RenderedEmail handOn(Recipient to, ItemView issue, String fromName, String reason) {
        Map<String, Object> ctx = base(to);
        ctx.put("issue", issue);
        ctx.put("fromName", Text.oneLine(fromName, 100));
        ctx.put("handOnReason", Text.oneLine(reason, 500));
        return render("handoff", ctx, null, List.of());
    }

    public RenderedEmail digest(DigestView d) {
        Map<String, Object> ctx = base(d.to());
        ctx.put("date", d.date());
        ctx.put("since", d.since());
        ctx.put("newItems", Listing.of(d.newItems(), settings.maxListed()));
        ctx.put("stillOpen", Listing.of(d.stillOpen(), settings.maxListed()));
        ctx.put("resolved", Listing.of(d.resolved(), settings.maxListed()));
        ctx.put("counts", d.countsByCategory());
        ctx.put("today", Listing.of(d.today(), settings.maxListed()));
        ctx.put("trends", d.trends());
        ctx.put("chartCid", OpenIssuesChart.CID);
        ctx.put("openCount", d.openCount());
        ctx.put("allClear", d.allClear());
        List<CsvAttachment.Section> all = new ArrayList<>(sections("new", d.newItems(), "open", d.stillOpen()));
        all.add(new CsvAttachment.Section("resolved", d.resolved()));
        return render("digest", ctx, "digest-" + d.date().replaceAll("[^A-Za-z0-9]+", "-"), all);
    }

    private Map<String, Object> base(Recipient to) {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("product", settings.product());
        ctx.put("recipientName", greetingName(to));
        return ctx;
    }

    /** One line, cut at a word with "…" when too long, so a subject never ends in half a word or a comma. */
    static String subject(String raw, int max) {
        String one = Text.oneLine(raw, Integer.MAX_VALUE - 1);
        if (one.length() <= max) {
            return one;
        }
        int cut = one.lastIndexOf(' ', max - 1);
        String head = one.substring(0, cut > max / 2 ? cut : max - 1);
        return head.replaceAll("[\\s,;:.(\\[-]+$", "") + "…";
    }

    /**
     * "Hello Accounts Payable". A recipient known only by address (a contract's supervisor from ClickHome) is
     * greeted by the name in it, "mick.kelly@..." as "Mick Kelly", never by the address; a shared box as "there".
     */
    static String greetingName(Recipient to) {
        String n = Text.oneLine(to.name(), 100);
        if (n == null || n.isBlank()) {
            return "there";
        }
        if (!n.contains("@")) {
            return n;
        }
        String local = n.substring(0, n.indexOf('@'));
        if (!local.matches("[A-Za-z]+([._-][A-Za-z]+)+") && !local.matches("[A-Za-z]{2,}")
                || java.util.Set.of("info", "admin", "office", "jobs", "accounts", "sales", "noreply").contains(local.toLowerCase())) {
            return "there";
        }
        StringBuilder b = new StringBuilder();
        for (String part : local.split("[._-]")) {
            b.append(b.length() == 0 ? "" : " ").append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase());
        }
        return b.toString();
    }

    private static List<CsvAttachment.Section> sections(String a, List<ItemView> as, String b, List<ItemView> bs) {
        List<CsvAttachment.Section> out = new ArrayList<>();
        out.add(new CsvAttachment.Section(a, as));
        if (b != null) {
            out.add(new CsvAttachment.Section(b, bs));
        }
        return out;
    }

    private RenderedEmail render(String kind, Map<String, Object> ctx, String csvName, List<CsvAttachment.Section> csv) {
        int total = csv.stream().mapToInt(s -> s.items().size()).sum();
        RenderedEmail.Attachment att = null;
        if (csvName != null && total > settings.csvThreshold()) {
            att = CsvAttachment.of(csvName + ".csv", csv, settings.maxCsvRows());
            ctx.put("attachmentName", att.name());
        }
        try {
            String subject = subject(templates.template(kind + ".subject").execute(ctx), settings.maxSubject());
            String text = Text.clip(templates.template(kind + ".txt").execute(ctx), MAX_BODY_CHARS);
            String html = templates.template(kind + ".html").execute(ctx);
            if (html.length() > MAX_BODY_CHARS) {
                html = html.substring(0, MAX_BODY_CHARS) + "<p>(cut: email too large)</p>";
            }
            return new RenderedEmail(subject, text, html, att);
        } catch (MustacheException e) {
            throw new IllegalStateException("template " + kind + " failed: " + e.getMessage(), e);
        }
    }
}
