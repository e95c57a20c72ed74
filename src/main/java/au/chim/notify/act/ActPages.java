package au.chim.notify.act;

import au.chim.notify.render.EmailRenderer;
import au.chim.notify.render.ItemView;
import au.chim.notify.render.TemplateLoader;
import au.chim.register.Issue;
import au.chim.register.IssueStore;
import au.chim.routing.PartyRouter;
import au.chim.routing.Recipient;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages a signed link opens (route 62). GET only shows what the link would do and a form: mail scanners
 * such as Safe Links open every link, so opening one must never act. The POST of that form acts, once,
 * when the signature, expiry, the form token bound to the link and the browser's same-origin headers hold.
 */
public class ActPages {
    private static final Logger LOG = LoggerFactory.getLogger(ActPages.class);
    private static final String PAGE = "act-page.html";

    private final ActionSigner signer;
    private final UsedTokens used;
    private final IssueStore issues;
    private final PartyRouter router;
    private final EmailRenderer renderer;
    private final ActActions actions;
    private final TemplateLoader templates;
    private final String origin;
    private final Clock clock;

    /** @param actBase the links' base URL; a POST whose Origin is another is refused */
    public ActPages(ActionSigner signer, UsedTokens used, IssueStore issues, PartyRouter router, EmailRenderer renderer,
                    ActActions actions, TemplateLoader templates, String actBase, Clock clock) {
        this.signer = signer;
        this.used = used;
        this.issues = issues;
        this.router = router;
        this.renderer = renderer;
        this.actions = actions;
        this.templates = templates;
        URI u = URI.create(actBase);
        this.origin = u.getScheme() + "://" + u.getAuthority();
        this.clock = clock;
        templates.template(PAGE);
    }

    /** Forgets used links past their expiry (a link past it is refused as expired anyway); returns how many. */
    public int forgetExpiredLinks() {
        return used.forgetExpired(clock.instant());
    }

    /** GET /act/{token}: the confirmation page. Never changes anything. */
    public String page(Exchange ex) {
        String token = ex.getMessage().getHeader("token", String.class);
        Valid v = valid(ex, token);
        if (v == null) {
            return ex.getMessage().getBody(String.class);
        }
        Map<String, Object> ctx = ctx(v.token().action().pageTitle(), null, v);
        ctx.put("form", true);
        ctx.put("formAction", "/act/" + token);
        ctx.put("csrf", signer.csrf(token));
        ctx.put("button", v.token().action().button());
        ctx.put("needsReason", v.token().action() == ActionKind.NOT_MINE);
        ctx.put("who", "This link was sent to " + v.who().name() + " and works once.");
        return respond(ex, 200, ctx);
    }

    /** POST /act/{token}: checks the form token and origin, uses the link up, then acts and says what happened. */
    public String submit(Exchange ex) {
        String token = ex.getMessage().getHeader("token", String.class);
        Map<String, String> form = FormBody.of(ex.getMessage(), "csrf", "reason");
        String fetchSite = ex.getMessage().getHeader("Sec-Fetch-Site", String.class);
        String postOrigin = ex.getMessage().getHeader("Origin", String.class);
        if ((postOrigin != null && !postOrigin.equals(origin)) || (fetchSite != null && !"same-origin".equals(fetchSite))
                || !signer.csrfMatches(token == null ? "" : token, form.get("csrf"))) {
            return refuse(ex, 403, "Not accepted", "This form did not come from the monitor's own page for this link. "
                    + "Open the link from your email again.");
        }
        Valid v = valid(ex, token);
        if (v == null) {
            return ex.getMessage().getBody(String.class);
        }
        String reason = form.getOrDefault("reason", "").strip();
        if (v.token().action() == ActionKind.NOT_MINE && reason.isEmpty()) {
            return refuse(ex, 400, "A reason is needed", "Please go back and say why the issue is not yours, and whose it is.");
        }
        if (!used.claim(v.token(), clock.instant())) {
            return refuse(ex, 410, "Link already used", "This link has been used already; each link works once.");
        }
        ActActions.Outcome o = actions.perform(v.token(), v.who(), reason, v.issue());
        LOG.info("issue {} {} by {} through a signed link", v.issue().id(), v.token().action(), v.who().id());
        Issue after = issues.byId(v.issue().id()).orElse(v.issue());
        return respond(ex, 200, ctx(o.title(), o.message(), new Valid(v.token(), v.who(), after)));
    }

    /** The link's token, recipient and issue when all hold; otherwise the refusal page is already the body. */
    private Valid valid(Exchange ex, String token) {
        ActionSigner.Checked c = signer.check(token);
        if (c.refusal() == ActionSigner.Refusal.FORGED) {
            return refuseNull(ex, 403, "Link not valid", "This link is not one the monitor made, or it was changed.");
        }
        if (c.refusal() == ActionSigner.Refusal.EXPIRED) {
            return refuseNull(ex, 410, "Link expired", "This link has expired. Open the issue from a newer email or ask IT.");
        }
        if (used.used(c.token())) {
            return refuseNull(ex, 410, "Link already used", "This link has been used already; each link works once.");
        }
        Optional<Recipient> who = router.recipient(c.token().recipientId());
        Optional<Issue> issue = issues.byId(c.token().issueId());
        if (who.isEmpty() || issue.isEmpty()) {
            return refuseNull(ex, 410, "Link no longer works", "The issue or the person this link was sent to is no longer known.");
        }
        return new Valid(c.token(), who.get(), issue.get());
    }

    private Map<String, Object> ctx(String title, String message, Valid v) {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("product", renderer.settings().product());
        ctx.put("title", title);
        ctx.put("message", message);
        if (v != null) {
            ItemView item = renderer.brief(v.issue(), null, v.who().schedule().zone(), clock.instant());
            ctx.put("issue", item);
        }
        return ctx;
    }

    private Valid refuseNull(Exchange ex, int status, String title, String message) {
        refuse(ex, status, title, message);
        return null;
    }

    private String refuse(Exchange ex, int status, String title, String message) {
        return respond(ex, status, ctx(title, message, null));
    }

    private String respond(Exchange ex, int status, Map<String, Object> ctx) {
        String html = templates.template(PAGE).execute(ctx);
        var m = ex.getMessage();
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        m.setHeader(Exchange.CONTENT_TYPE, "text/html; charset=UTF-8");
        // No script, no framing, nothing cached by a shared proxy; the referrer (the URL is the link's secret) only to
        // this origin: with no-referrer a browser would post the form with Origin: null, which submit() refuses.
        m.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                + "frame-ancestors 'none'; base-uri 'none'");
        m.setHeader("X-Content-Type-Options", "nosniff");
        m.setHeader("X-Frame-Options", "DENY");
        m.setHeader("Referrer-Policy", "same-origin");
        m.setHeader("Cache-Control", "no-store");
        m.setBody(html);
        return html;
    }

    private record Valid(ActionToken token, Recipient who, Issue issue) {
    }
}
