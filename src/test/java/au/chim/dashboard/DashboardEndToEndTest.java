package au.chim.dashboard;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import au.chim.testsupport.ClickHomeRows;
import au.chim.testsupport.HawtioBrowser;
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
import java.util.Base64;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole monitor with its dashboard: an operator logs in to Hawtio in a real (headless) Chromium, sees the
 * monitor's routes, acknowledges an issue through the JMX operation, and the REST API shows the result.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardEndToEndTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private TestMail mail;
    private TestMonitor monitor;
    private long issueId;
    private HawtioBrowser browser;

    @BeforeAll
    void start(@TempDir Path work) throws Exception {
        mail = new TestMail().start();
        Properties p = TestMonitor.defaults(mail.smtpPort());
        int port = TestMail.freePort();
        p.setProperty("monitor.dashboard.enabled", "true");
        p.setProperty("monitor.dashboard.port", String.valueOf(port));
        p.setProperty("monitor.dashboard.war", Path.of("target/hawtio/hawtio.war").toAbsolutePath().toString());
        p.setProperty("monitor.dashboard.work-dir", work.resolve("hawtio").toString());
        p.setProperty("camel.main.jmx-enabled", "true");
        monitor = TestMonitor.start(p);
        ClickHomeRows rows = new ClickHomeRows(monitor.clickhome());
        long message = rows.failedMessage(1, rows.supplier("SPARK01", "Sparkright Electrical"), null, "Call-up", "SMTP_550", "550 user unknown");
        String fingerprint = "MSG_EMAIL_FAILED|message:" + message;
        await().atMost(Duration.ofSeconds(20)).until(() -> monitor.status(fingerprint) != null);
        issueId = ((Number) monitor.issue(fingerprint).get("id")).longValue();
        browser = new HawtioBrowser("http://127.0.0.1:" + port + "/hawtio", work.resolve("chrome-profile"));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (monitor != null) {
            monitor.close();
        }
        if (mail != null) {
            mail.close();
        }
    }

    @Test
    void operatorAcknowledgesAnIssueInHawtioAndTheApiShowsIt() throws Exception {
        step("login", () -> browser.logIn("admin", TestMonitor.PASSWORD));
        step("routes", this::seeMonitorRoutes);
        step("jmx", this::openIssueRegister);
        step("acknowledge", () -> acknowledge(issueId, "calling the trade"));

        JsonNode issue = new ObjectMapper().readTree(api("/api/issues/" + issueId));
        assertEquals("ACKNOWLEDGED", issue.path("issue").path("status").asText(), issue.toString());
        JsonNode last = issue.path("history").get(issue.path("history").size() - 1);
        assertEquals("ACKNOWLEDGED", last.path("transition").asText(), issue.toString());
        assertEquals("admin", last.path("actor").asText(), "the audit names the Hawtio login: " + issue);
        assertEquals("calling the trade", monitor.store().queryForObject("SELECT ack_note FROM monitor_issue WHERE id = ?", String.class, issueId));
    }

    private void seeMonitorRoutes() throws Exception {
        browser.showRoutes("detect-clickhome", "register", "notify-outbox");
        browser.screenshot("e2e-1-routes.png");
    }

    private void openIssueRegister() throws Exception {
        WebDriverWait wait = browser.await();
        browser.open("/jmx");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[normalize-space(text())='au.chim.monitor']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[normalize-space(text())='IssueRegister']"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[normalize-space(text())='au.chim.monitor:type=IssueRegister']")));
        browser.screenshot("e2e-2-issue-register.png");
    }

    private void acknowledge(long id, String note) throws Exception {
        WebDriverWait wait = browser.await();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space(.)='Operations']"))).click();
        String item = "//li[@aria-labelledby='operation acknowledge(long,java.lang.String)']";
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(item + "//button[@aria-label='Details']"))).click();
        // The form names the arguments by their MBean info names (id, note); Hawtio's React inputs need typed keys, not clear().
        WebElement issue = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(item + "//input[contains(@id, '-input-id-')]")));
        issue.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(id));
        browser.driver().findElement(By.xpath(item + "//input[contains(@id, '-input-note-')]")).sendKeys(note);
        browser.screenshot("e2e-3-acknowledge-form.png");
        browser.driver().findElement(By.xpath(item + "//button[normalize-space(.)='Execute']")).click();
        // Hawtio shows the operation's answer under "Result" once the Jolokia exec came back.
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath(item + "//*[normalize-space(text())='issue " + id + " is now ACKNOWLEDGED']")));
        browser.screenshot("e2e-4-acknowledged.png");
    }

    private String api(String path) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(monitor.http() + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(("viewer:" + TestMonitor.PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private interface Step {
        void run() throws Exception;
    }

    /** Runs one step of the operator's path; on failure keeps what the operator would have seen. */
    private void step(String name, Step step) throws Exception {
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            browser.screenshot("e2e-failed-" + name + ".png");
            browser.dump("e2e-failed-" + name + ".html");
            throw e;
        }
    }
}
