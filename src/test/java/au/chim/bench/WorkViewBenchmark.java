package au.chim.bench;

import au.chim.dashboard.HawtioServer;
import au.chim.testsupport.HawtioBrowser;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The work view with 100,000 open issues (printed, never asserted on time): REST page time p50/p95 for the first
 * page and for filtered pages, and the time until the queue's table shows its rows in Chromium.
 * Run: ./mvnw -Pbenchmark test -Dtest=WorkViewBenchmark   (-Dbench.issues=N to change the count)
 */
class WorkViewBenchmark {
    private static final int ISSUES = Integer.getInteger("bench.issues", 100_000);
    private static final int RUNS = 30;
    private static final String[][] KINDS = { // category, code, entity type
        {"po-integration", "PO_UNKNOWN_SUPPLIER", "po"}, {"po-integration", "PO_UNKNOWN_CONTRACT", "po"},
        {"failed-message", "MSG_EMAIL_FAILED", "message"}, {"failed-message", "MSG_FAX_FAILED", "message"},
        {"supplier-details", "SUP_ABN_INVALID", "supplier"}, {"client-details", "CLIENT_EMAIL_INVALID", "client"}};
    private static final String[] UNITS = {"NSW Housing", "QLD Housing", "VIC Homes"};
    private static final String[] SEVERITIES = {"WARNING", "ERROR", "ERROR", "CRITICAL"};

    @Test
    void queuePagesAndTableWith100kOpenIssues() throws Exception {
        Path dir = Files.createTempDirectory("bench-workview");
        try (TestMail mail = new TestMail().start()) {
            Properties p = TestMonitor.defaults(mail.smtpPort());
            p.setProperty("monitor.dashboard.enabled", "true");
            p.setProperty("monitor.dashboard.port", "0");
            p.setProperty("monitor.dashboard.war", Path.of("target/hawtio/hawtio.war").toAbsolutePath().toString());
            p.setProperty("monitor.dashboard.work-dir", dir.resolve("hawtio").toString());
            try (TestMonitor monitor = TestMonitor.start(p)) {
                long t0 = System.nanoTime();
                insert(monitor, ISSUES);
                System.out.printf("work view benchmark: %,d open issues written in %d ms%n", ISSUES, (System.nanoTime() - t0) / 1_000_000);
                page(monitor, "first page (25, newest first)", "/api/queue?mine=false");
                page(monitor, "filtered page (category, severity)", "/api/queue?mine=false&category=po-integration&severity=ERROR");
                page(monitor, "search page (PO number)", "/api/queue?mine=false&q=20017/016");
                page(monitor, "party page (accounts-qld)", "/api/queue?party=accounts-qld");
                table(monitor, dir);
            }
        }
    }

    private static void insert(TestMonitor monitor, int n) {
        Instant now = monitor.now();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] k = KINDS[i % KINDS.length];
            String key = k[2].equals("po") ? String.format("%05d/%03d", 20000 + i / 100, i % 100) : k[2].equals("supplier") ? "SUP" + i : "m" + i;
            String context = "{\"businessUnit\":\"" + UNITS[i % 3] + "\",\"supplierCode\":\"S" + (i % 500) + "\",\"contractNo\":\""
                    + (20000 + i / 100) + "\"}";
            Timestamp seen = Timestamp.from(now.minusSeconds(i * 7L));
            rows.add(new Object[] {k[1] + "|" + k[2] + ":" + key, k[1], k[0], SEVERITIES[i % 4], k[2], key,
                "Issue " + i + " on " + k[2] + " " + key, context, i % 5 == 0 ? "ACKNOWLEDGED" : "OPEN", seen, seen, 1 + i % 9});
            if (rows.size() == 5_000 || i == n - 1) {
                monitor.store().batchUpdate("INSERT INTO monitor_issue (fingerprint, code, category, severity, entity_type, entity_key, "
                        + "summary, context_json, status, first_seen, last_seen, occurrences) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
                rows.clear();
            }
        }
    }

    private static void page(TestMonitor monitor, String what, String path) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest req = HttpRequest.newBuilder(URI.create(monitor.http() + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(("viewer:" + TestMonitor.PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
        List<Long> ms = new ArrayList<>();
        String body = "";
        for (int i = 0; i < RUNS + 5; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " -> " + r.statusCode() + " " + r.body());
            }
            if (i >= 5) {
                ms.add((System.nanoTime() - t) / 1_000_000);
            }
            body = r.body();
        }
        Collections.sort(ms);
        String total = body.replaceAll("(?s)^\\{\"total\":(\\d+).*", "$1");
        System.out.printf("work view benchmark: %-36s total %8s  p50 %4d ms  p95 %4d ms  (%d runs)%n", what, total,
                ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), ms.size());
    }

    private static void table(TestMonitor monitor, Path dir) throws Exception {
        String hawtio = monitor.context().hasService(HawtioServer.class).url();
        try (HawtioBrowser browser = new HawtioBrowser(hawtio, dir.resolve("chrome"))) {
            browser.logIn("admin", TestMonitor.PASSWORD);
            List<Long> ms = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                browser.open("/jmx"); // leave the view, so each run loads the queue again
                long t = System.nanoTime();
                browser.open("/integration-issues?mine=false");
                browser.await().until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("[data-testid='queue-table'][data-loading='false'] tbody tr[data-issue-id]")));
                if (i > 0) {
                    ms.add((System.nanoTime() - t) / 1_000_000);
                }
            }
            Collections.sort(ms);
            System.out.printf("work view benchmark: queue table shown in Chromium (page load, plugin, first page) p50 %d ms, max %d ms "
                    + "(%d loads)%n", ms.get(ms.size() / 2), ms.get(ms.size() - 1), ms.size());
        }
    }
}
