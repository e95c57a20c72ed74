package au.chim.notify.act;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.ActLinkClient;
import au.chim.testsupport.ClickHomeRows;
import au.chim.testsupport.HawtioBrowser;
import au.chim.testsupport.MailParts;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** A recipient without a log-in opens an Acknowledge link from the email in Chromium and presses the button. */
class ActLinkInBrowserTest {
    @Test
    void openingShowsTheQuestionAndTheButtonActs(@TempDir Path profile) throws Exception {
        try (TestMail mail = new TestMail().start();
             TestMonitor monitor = TestMonitor.start(TestMonitor.defaults(mail.smtpPort()))) {
            new ClickHomeRows(monitor.clickhome()).heartbeat("ClickHome Windows Service", "CHAPP01", 0, 1, 25);
            await().atMost(Duration.ofSeconds(30)).until(() -> mail.receivedBy("it-helpdesk@builder.example").length >= 1);
            String ack = ActLinkClient.link(MailParts.text(mail.receivedBy("it-helpdesk@builder.example")[0]), 1, "Acknowledge");
            long id = monitor.store().queryForObject("SELECT id FROM monitor_issue WHERE code = 'SVC_HUNG'", Long.class);

            try (HawtioBrowser browser = new HawtioBrowser(ack, profile)) {
                browser.driver().get(ack);
                String page = browser.driver().findElement(By.tagName("body")).getText();
                assertTrue(page.contains("Acknowledge this issue") && page.contains("ClickHome Windows Service on CHAPP01"), page);
                browser.screenshot("act-link-page.png");
                assertEquals(0, audits(monitor, id), "opening the link did nothing");

                browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
                browser.await().until(d -> d.findElement(By.tagName("h1")).getText().equals("Acknowledged"));
                assertEquals("ACKNOWLEDGED", monitor.store().queryForObject("SELECT status FROM monitor_issue WHERE id = ?", String.class, id));
                assertEquals(1, audits(monitor, id));
            }
        }
    }

    static int audits(TestMonitor monitor, long id) {
        return monitor.store().queryForObject("SELECT COUNT(*) FROM monitor_issue_audit WHERE issue_id = ? AND transition = 'ACKNOWLEDGED'",
                Integer.class, id);
    }
}
