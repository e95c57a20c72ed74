package au.chim.notify.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.finding.Category;
import au.chim.finding.Severity;
import au.chim.notify.act.ActionSigner;
import au.chim.notify.act.SignedActionLinks;
import au.chim.register.Issue;
import au.chim.register.IssueStatus;
import au.chim.routing.Recipient;
import au.chim.routing.TestIssues;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An alert of 50 items, each as long as the register allows with full evidence and signed links, stays under 40 kB. */
public class AlertSizeTest {
    static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");
    public static final int LIMIT_BYTES = 40_000;

    /** The shipped renderer and settings (monitor.alerts.max-listed 20) with signed action links. */
    public static EmailRenderer renderer() {
        ActionSigner signer = new ActionSigner(new byte[32], Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(7));
        return TestRenderers.shipped(new RenderSettings(20, 25, 10_000, 150, "ClickHome monitor"),
                new SignedActionLinks(ItemLinks.workView("https://monitor.builder.example"), signer, "https://monitor.builder.example:8443"));
    }

    /** 50 PO load errors with 300-character summaries and every labelled evidence column at its longest. */
    public static RenderedEmail fiftyItemAlert(EmailRenderer renderer) {
        Recipient to = TestIssues.shippedConfig().recipients().get("accounts-team");
        String longText = "x".repeat(150);
        String evidence = String.join("\n", "sgPONumber=24017/0%02d", "sgContractNo=24017", "sgSupplierCode=CONC03",
                "sgSupplierName=Concrete Constructions " + longText, "clickhomeError=Supplier not found " + longText,
                "dcTotalIncGST=12345.67", "dtReceived=2026-11-23 09:14:05.123", "inAttemptCount=3", "idIntPOHeader=99");
        List<ItemView> items = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            Issue issue = new Issue(i, "f" + i, "PO_UNKNOWN_SUPPLIER", Category.PO_INTEGRATION, i % 7 == 0 ? Severity.CRITICAL : Severity.ERROR,
                    "po", String.format("24017/0%02d", i), null, "PO 24017/0" + i + " (job 24017, supplier CONC03) did not load: " + "y".repeat(240),
                    "detail", evidence.formatted(i), "Check the supplier code on the PO in the estimating system, correct it and resend the PO; "
                    + "if the supplier is new, create it in ClickHome first.", "test", "check:po-load-errors",
                    Map.of("contractNo", "24017", "supplierCode", "CONC03"), IssueStatus.OPEN, NOW.minusSeconds(3600L * i),
                    NOW.minusSeconds(60), 3, null, null, null, null, null, null);
            items.add(renderer.item(issue, "NEW", "You handle PO integration errors for QLD Housing", to, NOW));
        }
        return renderer.alert(to, items, false);
    }

    public static int bytes(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void fiftyItemAlertIsUnderFortyKilobytes() {
        RenderedEmail e = fiftyItemAlert(renderer());
        int size = bytes(e.text()) + bytes(e.html());
        assertTrue(size < LIMIT_BYTES, "HTML + text of 50 items: " + size + " bytes");
        assertTrue(e.text().contains("... and 30 more, in the work view and in issues.csv."), e.text());
        assertTrue(e.attachment().content().lines().count() > 50, "the CSV lists all 50");
    }
}
