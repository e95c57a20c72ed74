package au.chim.digest;

import au.chim.finding.Category;
import au.chim.finding.Severity;
import au.chim.notify.render.EmailRenderer;
import au.chim.notify.render.RenderSettings;
import au.chim.notify.render.RenderedEmail;
import au.chim.notify.render.TemplateLoader;
import au.chim.register.Issue;
import au.chim.register.IssueStatus;
import au.chim.routing.InhibitionRules;
import au.chim.routing.PartyRouter;
import au.chim.routing.RoutingConfig;
import au.chim.routing.RoutingConfigLoader;
import au.chim.routing.TestIssues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time to build every digest for 100,000 open issues across 50 recipients (one accounts team per business
 * unit), and the largest email. Prints figures, asserts nothing about time. Run with
 * {@code ./mvnw -o -Pbenchmark test -Dtest=DigestBenchmark}.
 */
class DigestBenchmark {
    static final int ISSUES = 100_000;
    static final int RECIPIENTS = 50;
    static final Instant NOW = Instant.parse("2026-11-24T20:00:00Z");

    @Test
    void digestsFor100kIssuesAcross50Recipients(@TempDir Path dir) throws Exception {
        RoutingConfig config = RoutingConfigLoader.load(writeRouting(dir), writeRecipients(dir));
        DigestBuilder builder = new DigestBuilder(new PartyRouter(config),
                au.chim.notify.render.TestRenderers.shipped(RenderSettings.DEFAULT),
                new InhibitionRules(config.inhibitRules()), ZoneId.of("Australia/Sydney"));
        List<Issue> issues = issues();
        Instant last = NOW.minus(Duration.ofDays(1));

        for (int run = 1; run <= 3; run++) {
            long t0 = System.nanoTime();
            Map<String, RenderedEmail> out = builder.buildAll(issues, id -> last, NOW);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            RenderedEmail largest = out.values().stream().max(Comparator.comparingLong(RenderedEmail::size)).orElseThrow();
            long total = out.values().stream().mapToLong(RenderedEmail::size).sum();
            System.out.printf("DigestBenchmark run %d: %,d issues, %d digests in %,d ms; largest email %,d chars "
                            + "(text %,d, html %,d, csv %,d); all emails %,d chars%n", run, issues.size(), out.size(), ms,
                    largest.size(), largest.text().length(), largest.html().length(),
                    largest.hasAttachment() ? largest.attachment().content().length() : 0, total);
        }
    }

    static List<Issue> issues() {
        Random rnd = new Random(42);
        String[][] kinds = {{"PO_UNKNOWN_SUPPLIER", "po-integration"}, {"PO_GST_MISMATCH", "po-integration"},
                {"SUP_ABN_INVALID", "supplier-details"}, {"MSG_EMAIL_BOUNCED", "failed-message"}};
        List<Issue> out = new ArrayList<>(ISSUES);
        for (int i = 1; i <= ISSUES; i++) {
            String[] k = kinds[rnd.nextInt(kinds.length)];
            Instant first = NOW.minusSeconds(rnd.nextInt(30 * 86400));
            out.add(TestIssues.issue(i, k[0], Category.fromId(k[1]), Severity.values()[rnd.nextInt(4)], IssueStatus.OPEN,
                    first, null, "Supplier SUP" + (i % 5000) + " on PO " + i + "/001 needs a look at the <details>",
                    "PO-" + i, "businessUnit", "Unit " + (i % RECIPIENTS)));
        }
        return out;
    }

    static Path writeRecipients(Path dir) throws Exception {
        StringBuilder b = new StringBuilder("recipients:\n");
        for (int i = 0; i < RECIPIENTS; i++) {
            b.append("  acc-").append(i).append(": { name: Accounts ").append(i).append(", email: acc").append(i).append("@b.example }\n");
        }
        b.append("parties:\n  client-it: { members: [acc-0] }\n");
        for (int i = 0; i < RECIPIENTS; i++) {
            b.append("  unit-").append(i).append(": { members: [acc-").append(i).append("] }\n");
        }
        return Files.writeString(dir.resolve("recipients.yaml"), b);
    }

    static Path writeRouting(Path dir) throws Exception {
        StringBuilder b = new StringBuilder("parties: [client-it]\nroutes:\n  - match: { category: [po-integration, supplier-details, failed-message] }\n    routes:\n");
        for (int i = 0; i < RECIPIENTS; i++) {
            b.append("      - match: { businessUnit: Unit ").append(i).append(" }\n        parties: [unit-").append(i).append("]\n");
        }
        return Files.writeString(dir.resolve("routing.yaml"), b);
    }
}
