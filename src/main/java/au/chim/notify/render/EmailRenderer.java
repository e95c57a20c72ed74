package au.chim.notify.render;

import au.chim.finding.Text;
import au.chim.routing.Recipient;
import com.samskivert.mustache.MustacheException;
import java.util.ArrayList;
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

    private final TemplateLoader templates;
    private final RenderSettings settings;

    public EmailRenderer(TemplateLoader templates, RenderSettings settings) {
        this.templates = templates;
        this.settings = settings;
    }

    public RenderSettings settings() {
        return settings;
    }

    /** A real-time alert, or with {@code catchUp} the one email after quiet hours; items carry their transition. */
    public RenderedEmail alert(Recipient to, List<ItemView> items, boolean catchUp) {
        List<ItemView> raised = items.stream().filter(i -> !"RESOLVED".equals(i.transition())).toList();
        List<ItemView> resolved = items.stream().filter(i -> "RESOLVED".equals(i.transition())).toList();
        Map<String, Object> ctx = base(to);
        ctx.put("raised", Listing.of(raised, settings.maxListed()));
        ctx.put("resolved", Listing.of(resolved, settings.maxListed()));
        ctx.put("first", raised.isEmpty() ? (resolved.isEmpty() ? null : resolved.get(0)) : raised.get(0));
        ctx.put("critical", raised.stream().anyMatch(i -> "CRITICAL".equals(i.severity())));
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
        ctx.put("open", Listing.of(items, settings.maxListed()));
        ctx.put("first", items.isEmpty() ? null : items.get(0));
        return render("reminder", ctx, "open-issues", sections("open", items, null, null));
    }

    public RenderedEmail digest(DigestView d) {
        Map<String, Object> ctx = base(d.to());
        ctx.put("date", d.date());
        ctx.put("since", d.since());
        ctx.put("newItems", Listing.of(d.newItems(), settings.maxListed()));
        ctx.put("stillOpen", Listing.of(d.stillOpen(), settings.maxListed()));
        ctx.put("resolved", Listing.of(d.resolved(), settings.maxListed()));
        ctx.put("counts", d.countsByCategory());
        ctx.put("openCount", d.openCount());
        ctx.put("allClear", d.allClear());
        List<CsvAttachment.Section> all = new ArrayList<>(sections("new", d.newItems(), "open", d.stillOpen()));
        all.add(new CsvAttachment.Section("resolved", d.resolved()));
        return render("digest", ctx, "digest-" + d.date().replaceAll("[^A-Za-z0-9]+", "-"), all);
    }

    private Map<String, Object> base(Recipient to) {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("product", settings.product());
        ctx.put("recipientName", Text.oneLine(to.name(), 100));
        return ctx;
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
            String subject = Text.oneLine(templates.template(kind + ".subject").execute(ctx), settings.maxSubject());
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
