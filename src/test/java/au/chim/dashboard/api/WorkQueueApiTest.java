package au.chim.dashboard.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The work queue's API over real HTTP on the demo data: pages with totals, sorting, filters, counts, hand-off, bulk. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkQueueApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private TestMail mail;
    private TestMonitor monitor;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        mail = new TestMail().start();
        Properties p = TestMonitor.defaults(mail.smtpPort());
        p.setProperty("monitor.demo.enabled", "true");
        p.setProperty("monitor.demo.embedded-mail", "false");
        p.setProperty("monitor.demo.simulator", "false");
        p.setProperty("monitor.demo.drop-root", dir.resolve("drops").toString());
        monitor = TestMonitor.start(p, java.time.Clock.systemUTC());
        // every check has run once on the demo data, so each test finds the demo's issues of every kind
        au.chim.detect.clickhome.ClickHomeChecks checks = monitor.context().getRegistry()
                .lookupByNameAndType("clickhomeChecks", au.chim.detect.clickhome.ClickHomeChecks.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> checks.status().stream().allMatch(c -> c.lastRun() != null)
                && poIssue("24017/013") != null && poIssue("24150/004") != null);
    }

    @AfterAll
    void stop() {
        monitor.close();
        mail.close();
    }

    private Long poIssue(String po) {
        return monitor.store().queryForList("SELECT id FROM monitor_issue WHERE entity_key = ? AND code = 'PO_UNKNOWN_SUPPLIER'", Long.class, po)
                .stream().findFirst().orElse(null);
    }

    private HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(monitor.http() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + TestMonitor.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = call("GET", path, "viewer", null);
        assertEquals(200, r.statusCode(), path + " -> " + r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void pagesCarryTheTotalAndTheCountsPerCategory() throws Exception {
        JsonNode first = get("/api/queue?mine=false&size=5");
        long total = first.get("total").asLong();
        assertTrue(total > 10, "the demo has many open issues: " + total);
        assertEquals(5, first.get("items").size());
        // the demo's checks may still be adding issues: the total must meet the store's own count
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/queue?mine=false&size=1").get("total").asLong()
                == monitor.store().queryForObject("SELECT COUNT(*) FROM monitor_issue WHERE status <> 'RESOLVED'", Long.class));
        // oldest id first: the demo's checks keep updating last-seen and adding issues, which would move rows between pages
        List<Long> page0 = get("/api/queue?mine=false&size=5&sort=id&dir=asc").get("items").findValues("id").stream().map(JsonNode::asLong).toList();
        List<Long> page1 = get("/api/queue?mine=false&size=5&sort=id&dir=asc&page=1").get("items").findValues("id").stream().map(JsonNode::asLong).toList();
        assertEquals(5, page1.size());
        assertTrue(java.util.Collections.max(page0) < java.util.Collections.min(page1), page0 + " then " + page1);
        JsonNode po = get("/api/queue?mine=false&category=po-integration&size=500");
        assertTrue(po.get("total").asLong() > 0 && po.get("total").asLong() < total);
        assertTrue(po.get("items").findValues("category").stream().allMatch(c -> c.asText().equals("PO_INTEGRATION")), po.toString());
    }

    @Test
    void sortsByAnyColumnAndRefusesAnUnknownOne() throws Exception {
        List<Integer> ranks = new ArrayList<>();
        for (JsonNode row : get("/api/queue?mine=false&sort=severity&size=500").get("items")) {
            ranks.add(List.of("INFO", "WARNING", "ERROR", "CRITICAL").indexOf(row.get("issue").get("severity").asText()));
        }
        List<Integer> sorted = new ArrayList<>(ranks);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, ranks, "most severe first");
        JsonNode oldest = get("/api/queue?mine=false&sort=occurrences&dir=asc&size=1");
        JsonNode most = get("/api/queue?mine=false&sort=occurrences&dir=desc&size=1");
        assertTrue(oldest.get("items").get(0).get("issue").get("occurrences").asInt() <= most.get("items").get(0).get("issue").get("occurrences").asInt());
        HttpResponse<String> bad = call("GET", "/api/queue?sort=colour", "viewer", null);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("sort must be one of"), bad.body());
    }

    @Test
    void filtersByPartyBusinessUnitAndFindsAPoNumber() throws Exception {
        JsonNode qld = get("/api/queue?party=accounts-qld&size=500");
        assertTrue(qld.get("total").asLong() > 0, "the demo has QLD Housing issues");
        for (JsonNode row : qld.get("items")) {
            assertTrue(row.get("parties").toString().contains("accounts-qld"), row.toString());
        }
        JsonNode found = get("/api/queue?mine=false&q=24017/013");
        assertTrue(found.get("items").findValues("entityKey").stream().allMatch(k -> k.asText().contains("24017/013")), found.toString());
        assertTrue(found.get("items").findValues("id").stream().anyMatch(id -> id.asLong() == poIssue("24017/013")));
        JsonNode nsw = get("/api/queue?mine=false&businessUnit=NSW%20Housing&size=500");
        for (JsonNode row : nsw.get("items")) {
            assertEquals("NSW Housing", row.get("businessUnit").asText());
        }
    }

    @Test
    void notMineHandsTheIssueToAnotherPartyAuditedAndAlerted() throws Exception {
        long id = poIssue("24150/004");
        HttpResponse<String> r = call("POST", "/api/issues/" + id + "/hand-off", "admin",
                "{\"party\":\"construction-admin\",\"reason\":\"the job number on this PO is wrong, not the supplier\"}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode detail = get("/api/issues/" + id);
        assertEquals("construction-admin", detail.get("handedTo").asText());
        assertEquals("[\"construction-admin\"]", detail.get("parties").toString());
        assertTrue(detail.get("history").toString().contains("HANDED_OFF") && detail.get("history").toString().contains("\"actor\":\"admin\""));
        assertTrue(get("/api/queue?party=construction-admin&size=500").get("items").findValues("id").stream().anyMatch(n -> n.asLong() == id));
        assertTrue(monitor.store().queryForObject("SELECT COUNT(*) FROM monitor_alert_queue WHERE issue_id = ? AND reason LIKE "
                + "'handed to construction-admin by admin%'", Integer.class, id) > 0, "the new party's people are alerted");
        assertEquals(400, call("POST", "/api/issues/" + id + "/hand-off", "admin", "{\"party\":\"nobody\",\"reason\":\"x\"}").statusCode());
        assertEquals(403, call("POST", "/api/issues/" + id + "/hand-off", "viewer", "{\"party\":\"client-it\",\"reason\":\"x\"}").statusCode());
    }

    @Test
    void bulkAcknowledgesEachIssueAndSaysWhichFailed() throws Exception {
        JsonNode page = get("/api/queue?mine=false&size=2&sort=id&dir=asc");
        long a = page.get("items").get(0).get("issue").get("id").asLong();
        long b = page.get("items").get(1).get("issue").get("id").asLong();
        HttpResponse<String> r = call("POST", "/api/issues/bulk", "admin",
                "{\"action\":\"acknowledge\",\"ids\":[" + a + "," + b + ",999999],\"note\":\"batch\"}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode results = JSON.readTree(r.body()).get("results");
        assertEquals(List.of(true, true, false), List.of(results.get(0).get("ok").asBoolean(), results.get(1).get("ok").asBoolean(),
                results.get(2).get("ok").asBoolean()));
        assertEquals("ACKNOWLEDGED", get("/api/issues/" + a).get("issue").get("status").asText());
        assertEquals(403, call("POST", "/api/issues/bulk", "viewer", "{\"action\":\"acknowledge\",\"ids\":[" + a + "]}").statusCode());
    }
}
