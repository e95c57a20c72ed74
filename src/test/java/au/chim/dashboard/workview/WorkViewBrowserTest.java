package au.chim.dashboard.workview;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.HawtioBrowser;
import au.chim.testsupport.TestMonitor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Accounts staff work an issue in the "Integration issues" Hawtio plugin, in Debian's headless Chromium, on the demo
 * data: the plugin loads from the monitor's Jetty, the queue filters to a party and finds a PO, the issue page
 * acknowledges with a note and shows it; a viewer sees no action and the server refuses their write.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkViewBrowserTest {
    private static final String PO = "24017/013";
    private WorkViewMonitor monitor;
    private HawtioBrowser browser;
    private long poIssue;
    private long otherPoIssue;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        monitor = new WorkViewMonitor(dir);
        browser = new HawtioBrowser(monitor.hawtioUrl(), dir.resolve("chrome-profile"));
        // the PO check runs on its schedule (every-override in tests): wait for the demo's unknown-supplier PO
        await().atMost(Duration.ofSeconds(60)).until(() -> monitor.openIssue(PO, "PO_UNKNOWN_SUPPLIER") != null);
        poIssue = monitor.openIssue(PO, "PO_UNKNOWN_SUPPLIER");
        await().atMost(Duration.ofSeconds(60)).until(() -> monitor.openIssue("24150/004", "PO_UNKNOWN_SUPPLIER") != null);
        otherPoIssue = monitor.openIssue("24150/004", "PO_UNKNOWN_SUPPLIER");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (monitor != null) {
            monitor.close();
        }
    }

    @Test
    void adminFindsAPoIssueOfTheirPartyAndAcknowledgesItWithANote() throws Exception {
        browser.logIn("admin", TestMonitor.PASSWORD);
        browser.open("/integration-issues?mine=false");
        List<WebElement> firstPage = queueRows();
        assertTrue(firstPage.size() > 5, "the demo's open issues are listed: " + firstPage.size());
        browser.screenshot("work-queue.png");

        new Select(browser.driver().findElement(By.id("ii-party"))).selectByValue("accounts-staff");
        browser.await().until(d -> d.getCurrentUrl().contains("party=accounts-staff"));
        WebElement search = browser.driver().findElement(By.cssSelector("input[placeholder^='PO number']"));
        search.sendKeys(PO, Keys.ENTER);
        browser.await().until(d -> d.getCurrentUrl().contains("q=24017"));
        browser.await().until(d -> {
            List<WebElement> rows = queueRows();
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.getText().contains(PO));
        });
        WebElement row = browser.driver().findElement(By.cssSelector("tr[data-issue-id='" + poIssue + "']"));
        assertTrue(row.getText().contains("accounts-staff"), "the row names the party: " + row.getText());
        row.findElement(By.cssSelector("a.ii-open-issue")).click();

        browser.await().until(d -> d.getCurrentUrl().endsWith("/integration-issues/" + poIssue));
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("ii-evidence")));
        assertTrue(browser.driver().findElement(By.id("ii-history")).getText().contains("first seen"), "the history starts with the finding");
        browser.driver().findElement(By.id("ii-note")).sendKeys("Asked Tiles R Us for their supplier code");
        browser.driver().findElement(By.id("ii-ack")).click();
        try {
            browser.await().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[data-testid='issue-status'][data-status='ACKNOWLEDGED']")));
        } catch (RuntimeException e) {
            // what the page showed instead (an error alert, the old status) is the next engineer's first clue
            browser.screenshot("work-ack-failure.png");
            browser.dump("work-ack-failure.html");
            throw e;
        }
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("ii-history"),
                "admin — acknowledged: Asked Tiles R Us for their supplier code"));
        // tall enough to show the evidence, who was told and the history below the summary
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1500));
        browser.screenshot("work-issue-detail.png");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));

        Map<String, Object> audit = monitor.monitor.store().queryForMap("SELECT actor, reason FROM monitor_issue_audit "
                + "WHERE issue_id = ? AND transition = 'ACKNOWLEDGED'", poIssue);
        assertEquals("admin", audit.get("actor"));
        assertEquals("Asked Tiles R Us for their supplier code", audit.get("reason"));
    }

    @Test
    void viewerSeesNoActionsAndTheServerRefusesTheirWrite() throws Exception {
        browser.logIn("viewer", TestMonitor.PASSWORD);
        browser.open("/integration-issues/" + poIssue);
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("ii-evidence")));
        assertTrue(browser.driver().findElements(By.id("ii-actions")).isEmpty(), "no action panel for a viewer");
        browser.open("/integration-issues?mine=false");
        assertTrue(!queueRows().isEmpty());
        assertTrue(browser.driver().findElements(By.id("ii-bulk-ack")).isEmpty(), "no bulk actions for a viewer");
        assertTrue(browser.driver().findElements(By.cssSelector("[data-testid='queue-table'] input[type=checkbox]")).isEmpty());

        Object status = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('integration-api/issues/" + poIssue + "/acknowledge', {method: 'POST', credentials: 'same-origin',"
                + " headers: {'Content-Type': 'application/json'}, body: JSON.stringify({note: 'viewer tries'})})"
                + ".then(r => done(r.status), e => done(String(e)))");
        assertEquals(403L, status);
        assertEquals(0, monitor.monitor.store().queryForObject("SELECT COUNT(*) FROM monitor_issue_audit WHERE actor = 'viewer'",
                Integer.class));
    }

    @Test
    void theBridgeTakesTheSessionsUserAndRefusesCrossSiteOrNonJsonWrites() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String hawtio = monitor.hawtioUrl();
        String origin = hawtio.substring(0, hawtio.indexOf("/hawtio"));
        java.net.URI ack = java.net.URI.create(hawtio + "/integration-api/issues/" + otherPoIssue + "/snooze");
        String body = "{\"hours\":2,\"reason\":\"supplier on leave\"}";
        assertEquals(401, send(http, ack, origin, "application/json", body), "no session, no call");
        java.net.http.HttpResponse<String> login = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(hawtio + "/auth/login"))
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"" + TestMonitor.PASSWORD + "\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        assertEquals(403, send(http, ack, "http://evil.example", "application/json", body), "another site's page");
        assertEquals(415, send(http, ack, origin, "text/plain", body), "a form-like body");
        assertEquals(200, send(http, ack, origin, "application/json", body));
        assertEquals("admin", monitor.monitor.store().queryForObject("SELECT actor FROM monitor_issue_audit WHERE issue_id = ? "
                + "AND transition = 'SNOOZED'", String.class, otherPoIssue), "the audit names the session's user");
    }

    private static int send(java.net.http.HttpClient http, java.net.URI uri, String origin, String type, String body) throws Exception {
        return http.send(java.net.http.HttpRequest.newBuilder(uri).header("Origin", origin).header("Content-Type", type)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    /** The queue's rows once the plugin has loaded and the table has its data; times out if the plugin never loads. */
    private List<WebElement> queueRows() {
        try {
            browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='queue-table'][data-loading='false']")));
        } catch (RuntimeException e) {
            try {
                browser.screenshot("work-queue-failure.png");
                browser.dump("work-queue-failure.html");
            } catch (java.io.IOException io) {
                e.addSuppressed(io);
            }
            throw e;
        }
        return browser.driver().findElements(By.cssSelector("[data-testid='queue-table'] tbody tr[data-issue-id]"));
    }
}
