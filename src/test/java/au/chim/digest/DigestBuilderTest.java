package au.chim.digest;

import static au.chim.routing.TestIssues.open;
import static au.chim.routing.TestIssues.resolved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.finding.Category;
import au.chim.finding.Severity;
import au.chim.notify.render.EmailRenderer;
import au.chim.notify.render.RenderSettings;
import au.chim.notify.render.TestRenderers;
import au.chim.notify.render.RenderedEmail;
import au.chim.notify.render.TemplateLoader;
import au.chim.register.Issue;
import au.chim.routing.InhibitionRules;
import au.chim.routing.PartyRouter;
import au.chim.routing.RoutingConfig;
import au.chim.routing.TestIssues;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Digests built from register rows with the shipped routing, recipients and templates. */
class DigestBuilderTest {
    static final ZoneId SYD = ZoneId.of("Australia/Sydney");
    static final Instant NOW = Instant.parse("2026-11-24T20:00:00Z");          // Wed 25 Nov 07:00 Sydney
    static final Instant LAST = NOW.minus(Duration.ofDays(1));                  // Tue 24 Nov 07:00 Sydney

    final RoutingConfig config = TestIssues.shippedConfig();
    final DigestBuilder builder = new DigestBuilder(new PartyRouter(config),
            au.chim.notify.render.TestRenderers.shipped(RenderSettings.DEFAULT),
            new InhibitionRules(config.inhibitRules()), SYD);

    final Issue newPo = open(1, "PO_UNKNOWN_SUPPLIER", Category.PO_INTEGRATION, Severity.ERROR, NOW.minusSeconds(3600));
    final Issue oldAbn = open(2, "SUP_ABN_INVALID", Category.SUPPLIER_DETAILS, Severity.WARNING, NOW.minus(Duration.ofDays(3)));
    final Issue backup = open(3, "BACKUP_OVERDUE", Category.BACKUP, Severity.ERROR, NOW.minus(Duration.ofDays(2)));
    final Issue fixedPo = resolved(4, "PO_TOTAL_MISMATCH", Category.PO_INTEGRATION, NOW.minus(Duration.ofDays(2)), NOW.minusSeconds(7200));
    final Issue longFixed = resolved(5, "PO_GST_MISMATCH", Category.PO_INTEGRATION, NOW.minus(Duration.ofDays(9)), NOW.minus(Duration.ofDays(5)));

    Map<String, RenderedEmail> digests(List<Issue> issues) {
        return builder.buildAll(issues, id -> LAST, NOW);
    }

    @Test
    void eachRecipientGetsOnlyTheirOwnIssuesInTheRightSections() {
        Map<String, RenderedEmail> d = digests(List.of(newPo, oldAbn, backup, fixedPo, longFixed));
        String accounts = d.get("accounts-team").text();
        assertTrue(accounts.contains("NEEDS YOU TODAY (open, nobody has acknowledged it), worst first:\n"
                + "1. [ERROR] summary of PO_UNKNOWN_SUPPLIER #1 (PO entity-1)\n"), "what needs the reader today comes first: " + accounts);
        assertTrue(accounts.indexOf("NEEDS YOU TODAY") < accounts.indexOf("THIS WEEK") && accounts.indexOf("THIS WEEK") < accounts.indexOf("NEW since"));
        assertTrue(accounts.contains("NEW since the last digest (1):\n* [ERROR] summary of PO_UNKNOWN_SUPPLIER #1 (PO entity-1)"), accounts);
        assertTrue(accounts.contains("STILL OPEN (1):\n* [WARNING] summary of SUP_ABN_INVALID #2 (PO entity-2)\n"
                + "  Open 3 d 0 h since Sun 22 Nov 2026 07:00 AEDT, seen 3 times | OPEN | " + TestRenderers.LINK_BASE
                + "/hawtio/integration-issues/2"), accounts);
        assertTrue(accounts.contains("RESOLVED since the last digest (1):\n* summary of PO_TOTAL_MISMATCH #4"), accounts);
        assertFalse(accounts.contains("PO_GST_MISMATCH"), "resolved before the last digest");
        assertFalse(accounts.contains("BACKUP_OVERDUE"), "backups are client IT's");
        assertTrue(accounts.contains("THIS WEEK: 3 new, 2 resolved."), "over 7 days, resolved ones included: " + accounts);
        assertTrue(accounts.contains("  po-integration: 1 (a week ago 1, same)\n  supplier-details: 1 (a week ago 0, +1)"), accounts);
        assertTrue(accounts.contains("Open issues per day: Thu 12 0, Fri 13 0, Sat 14 0, Sun 15 0, Mon 16 1, Tue 17 1, Wed 18 1, "
                + "Thu 19 1, Fri 20 0, Sat 21 0, Sun 22 1, Mon 23 2, Tue 24 2, Wed 25 2"), accounts);
        assertTrue(accounts.contains("Why you get this: You handle PO integration errors\n"), accounts);
        assertEquals("Daily digest Wed 25 Nov 2026: 2 need you today, 2 open, 1 new, 1 resolved [ClickHome monitor]", d.get("accounts-team").subject());

        String it = d.get("it-helpdesk").text();
        assertTrue(it.contains("BACKUP_OVERDUE") && !it.contains("SUP_ABN_INVALID"), it);
    }

    @Test
    void nothingOpenIsAnExplicitAllClear() {
        Map<String, RenderedEmail> d = digests(List.of(backup));
        RenderedEmail admin = d.get("construction-admin-team");
        assertEquals("Daily digest Wed 25 Nov 2026: ALL CLEAR [ClickHome monitor]", admin.subject());
        assertTrue(admin.text().contains("ALL CLEAR: nothing routed to you is open"));
        assertTrue(admin.html().contains("<b>ALL CLEAR</b>"));
        assertEquals(config.recipients().keySet(), d.keySet(), "every configured recipient gets a digest, all clear or not");
    }

    @Test
    void issuesExplainedByAParentTheRecipientAlsoGetsAreFoldedUnderIt() {
        Issue svc = open(10, "SVC_DOWN", Category.ENVIRONMENT, Severity.CRITICAL, NOW.minusSeconds(5000));
        Issue q1 = open(11, "MSG_NOT_SENT", Category.FAILED_MESSAGE, Severity.ERROR, NOW.minusSeconds(4000));
        Issue q2 = open(12, "MSG_NOT_SENT", Category.FAILED_MESSAGE, Severity.ERROR, NOW.minusSeconds(3000));
        String it = digests(List.of(svc, q1, q2)).get("it-helpdesk").text();
        assertTrue(it.contains("NEW since the last digest (1):"), it);
        assertTrue(it.contains("Also explains 2 more: MSG_NOT_SENT entity-11, MSG_NOT_SENT entity-12"), it);
        assertTrue(it.contains("  failed-message: 2 (a week ago 0, +2)\n  environment: 1 (a week ago 0, +1)"), "counts still include folded issues: " + it);
    }

    @Test
    void theContractsSupervisorGetsTheirOwnDigest() {
        Issue stale = open(20, "SYNC_STALE", Category.SYNC_CONNECTIVITY, Severity.WARNING, NOW.minusSeconds(600),
                "supervisorEmail", "sam@builder.example");
        Map<String, RenderedEmail> d = digests(List.of(stale));
        assertTrue(d.get("supervisors:sam@builder.example").text().contains("SYNC_STALE"));
    }

    @Test
    void hostileSummariesAreEscapedInTheHtmlDigest() {
        Issue evil = TestIssues.issue(30, "PO_UNKNOWN_SUPPLIER", Category.PO_INTEGRATION, Severity.ERROR,
                au.chim.register.IssueStatus.OPEN, NOW.minusSeconds(60), null, "<img src=x onerror=alert(1)>", "X");
        RenderedEmail e = digests(List.of(evil)).get("accounts-team");
        assertFalse(e.html().contains("<img src=x"), e.html());
        assertTrue(e.html().contains("&lt;img src"));
    }
}
