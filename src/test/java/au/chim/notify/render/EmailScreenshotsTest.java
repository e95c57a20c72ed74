package au.chim.notify.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.digest.DigestBuilder;
import au.chim.finding.Category;
import au.chim.finding.Severity;
import au.chim.notify.act.ActionSigner;
import au.chim.notify.act.SignedActionLinks;
import au.chim.register.Issue;
import au.chim.register.IssueStatus;
import au.chim.routing.InhibitionRules;
import au.chim.routing.PartyRouter;
import au.chim.routing.Recipient;
import au.chim.routing.RoutingConfig;
import au.chim.routing.TestIssues;
import au.chim.testsupport.HawtioBrowser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * An alert and a digest as a mail client shows them: the HTML part rendered by headless Chromium (the chart from
 * its own PNG). Writes target/screenshots/email-*.png; with -Demail.screenshots=src/site/images the README's copies.
 */
class EmailScreenshotsTest {
    static final Instant NOW = Instant.parse("2026-12-01T23:10:00Z");   // Wed 2 Dec 10:10 in Sydney
    static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    final RoutingConfig config = TestIssues.shippedConfig();
    final EmailRenderer renderer = TestRenderers.shipped(RenderSettings.DEFAULT, new SignedActionLinks(
            ItemLinks.workView("https://monitor.builder.example"),
            new ActionSigner(new byte[32], Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(7)), "https://monitor.builder.example:8443"));

    @Test
    void alertAndDigestAsAMailClientShowsThem(@TempDir Path profile) throws Exception {
        Recipient it = config.recipients().get("it-helpdesk");
        List<Issue> issues = issues();
        List<ItemView> items = new ArrayList<>();
        for (Issue i : issues.subList(0, 3)) {
            items.add(renderer.item(i, "NEW", "You look after the servers, services, backups, drop folders and the monitor", it, NOW));
        }
        RenderedEmail alert = renderer.alert(it, items, false);
        Recipient accounts = config.recipients().get("accounts-team");
        RenderedEmail digest = new DigestBuilder(new PartyRouter(config), renderer, new InhibitionRules(config.inhibitRules()), SYDNEY)
                .buildAll(issues, id -> NOW.minus(Duration.ofDays(1)), NOW).get(accounts.id());

        try (HawtioBrowser browser = new HawtioBrowser("about:blank", profile.resolve("chromium"))) {
            shoot(browser, profile, "email-alert.png", it, alert);
            shoot(browser, profile, "email-digest.png", accounts, digest);
            String shown = browser.driver().findElement(By.tagName("body")).getText();
            assertTrue(shown.contains("Hello Accounts Payable,") && shown.contains("Needs you today"), shown);
        }
        for (String name : List.of("email-alert.png", "email-digest.png")) {
            assertTrue(Files.size(Path.of("target/screenshots", name)) > 10_000, name + " is a real picture");
        }
    }

    private void shoot(HawtioBrowser browser, Path dir, String name, Recipient to, RenderedEmail e) throws Exception {
        String html = e.html();
        var chart = au.chim.notify.render.OpenIssuesChart.class;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-days=\"([^\"]*)\" data-open=\"([0-9,]*)\"").matcher(html);
        if (m.find()) {
            Path png = dir.resolve(name + ".chart.png");
            Files.write(png, OpenIssuesChart.png(List.of(m.group(1).split(",")),
                    java.util.Arrays.stream(m.group(2).split(",")).map(Integer::valueOf).toList()));
            html = html.replace("cid:" + OpenIssuesChart.CID, png.toUri().toString());
        }
        String header = "<div style=\"font-family:Segoe UI,Arial,sans-serif;font-size:13px;background:#f3f3f3;padding:10px 14px;"
                + "border-bottom:1px solid #ccc\"><b style=\"font-size:16px\">" + escape(e.subject()) + "</b><br>From: ClickHome monitor "
                + "&lt;monitor@builder.example&gt;<br>To: " + escape(to.name()) + " &lt;" + escape(to.email()) + "&gt;</div>";
        Path page = dir.resolve(name + ".html");
        Files.writeString(page, html.replaceFirst("<body([^>]*)>", "<body$1>" + Matcher.quote(header)));
        browser.driver().get(page.toUri().toString());
        browser.screenshot(name);
        String target = System.getProperty("email.screenshots");
        if (target != null) {
            Files.createDirectories(Path.of(target));
            Files.copy(Path.of("target/screenshots", name), Path.of(target, name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertTrue(chart != null);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static final class Matcher {
        static String quote(String s) {
            return java.util.regex.Matcher.quoteReplacement(s);
        }
    }

    static List<Issue> issues() {
        List<Issue> out = new ArrayList<>();
        out.add(issue(101, "SVC_HUNG", Category.ENVIRONMENT, Severity.CRITICAL, "service", "ClickHome Windows Service@CHAPP01",
                "ClickHome Windows Service on CHAPP01 shows as started but has not run back-end jobs for 25 minutes",
                "sgServiceName=ClickHome Windows Service\nsgHostName=CHAPP01\ninServiceState=0\ndtLastBeat=2026-12-02 10:09:12.0\n"
                        + "dtLastBEJCycle=2026-12-02 09:44:03.0\nsgVersion=2024.3",
                "IT: on CHAPP01 open Services, restart ClickHome Windows Service if it is stopped or hung, and check its log folder for the cause.",
                Duration.ofMinutes(25), Map.of()));
        out.add(issue(102, "SVC_STALE", Category.ENVIRONMENT, Severity.ERROR, "service", "GFI FaxMaker@FAX01",
                "GFI FaxMaker on FAX01 has not reported for 40 minutes",
                "sgServiceName=GFI FaxMaker\nsgHostName=FAX01\ndtLastBeat=2026-12-02 09:30:40.0", "IT: on FAX01 open Services and restart GFI FaxMaker.",
                Duration.ofMinutes(40), Map.of()));
        out.add(issue(103, "BACKUP_OVERDUE", Category.BACKUP, Severity.WARNING, "database", "ClickHome",
                "No full backup of the ClickHome database for 30 hours",
                "databaseName=ClickHome\nlastBackupText=2026-12-01 04:02:00", "IT: check the SQL Agent backup job and its last error.",
                Duration.ofHours(6), Map.of()));
        out.add(issue(104, "PO_UNKNOWN_SUPPLIER", Category.PO_INTEGRATION, Severity.ERROR, "po", "24017/013",
                "PO 24017/013 (job 24017, supplier TILE09) did not load: supplier code not found",
                "sgPONumber=24017/013\nsgContractNo=24017\nsgSupplierCode=TILE09\ndcTotalIncGST=4840.00\ndtReceived=2026-12-01 15:20:00.0",
                "Accounts: create supplier TILE09 in ClickHome or correct the code in the estimating system, then resend the PO.",
                Duration.ofHours(19), Map.of("contractNo", "24017", "supplierCode", "TILE09")));
        out.add(issue(105, "APPROVAL_REJECTED", Category.PO_INTEGRATION, Severity.ERROR, "approval", "A-000975",
                "Accounting rejected approval A-000975 for PO 24066/004: supplier ABN does not match",
                "sgApprovalId=A-000975\nsgPONumber=24066/004\nsgAckMessage=supplier ABN does not match", "Accounts: correct the ABN of CONC03 and re-send the approval.",
                Duration.ofDays(2), Map.of("contractNo", "24066", "supplierCode", "CONC03")));
        out.add(issue(106, "PO_GST_MISMATCH", Category.PO_INTEGRATION, Severity.WARNING, "po", "24111/003",
                "PO 24111/003: line GST 512.00 is not 10 % of 5200.00", "sgPONumber=24111/003", "Accounts: correct the GST code on the line.",
                Duration.ofDays(4), Map.of("contractNo", "24111", "supplierCode", "CONC03")));
        out.add(issue(107, "SUP_ABN_INVALID", Category.SUPPLIER_DETAILS, Severity.WARNING, "supplier", "CONC03",
                "Supplier CONC03 (Concrete Constructions) has an invalid ABN 87347712783", "sgSupplierCode=CONC03\nsgABN=87347712783",
                "Accounts: correct the ABN in the supplier master.", Duration.ofDays(9), Map.of("supplierCode", "CONC03")));
        return out;
    }

    static Issue issue(long id, String code, Category category, Severity severity, String type, String key, String summary,
                       String evidence, String action, Duration age, Map<String, String> context) {
        return new Issue(id, code + "|" + key, code, category, severity, type, key, null, summary, null, evidence, action, "demo",
                "check:demo", context, IssueStatus.OPEN, NOW.minus(age), NOW.minusSeconds(120), 3, null, null, null, null, null, null);
    }
}
