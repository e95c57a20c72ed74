package au.chim.spine;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.ClickHomeRows;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first detector end to end: a failed message row becomes exactly one alert email, and its fix resolves the issue. */
class FailedMessageAlertTest {
    private TestMail mail;
    private TestMonitor monitor;

    @BeforeEach
    void start() throws Exception {
        mail = new TestMail().start();
        monitor = TestMonitor.start(TestMonitor.defaults(mail.smtpPort()));
    }

    @AfterEach
    void stop() {
        monitor.close();
        mail.close();
    }

    @Test
    void failedFaxBecomesOneAlertAndResolvesWhenSent() throws Exception {
        ClickHomeRows rows = new ClickHomeRows(monitor.clickhome());
        int supplier = rows.supplier("PLUMB02", "Harbourside Plumbing");
        int contract = rows.contract("24017");
        long message = rows.failedMessage(2, supplier, contract, "Call-up: rough-in 24017", "FAX_BUSY", "Busy after 3 attempts");
        String fingerprint = "MSG_FAX_FAILED|message:" + message;

        await().atMost(Duration.ofSeconds(20)).until(() -> mail.received().length == 1);
        MimeMessage alert = mail.received()[0];
        assertEquals("construction-admin@builder.example", alert.getAllRecipients()[0].toString(),
                "a failed fax goes to the job's supervisor; this job has none, so to construction admin (config/recipients.yaml)");
        assertTrue(alert.getSubject().contains("Fax to Harbourside Plumbing failed: Busy after 3 attempts"), alert.getSubject());
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(alert);
        assertTrue(body.contains("Why you get this"), "the alert says why this person gets it");
        assertTrue(body.contains("Phone the trade"), "the alert says what to do");

        NotifyBuilder threeMorePolls = new NotifyBuilder(monitor.context()).fromRoute("detect-clickhome")
                .wereSentTo("direct:register").whenCompleted(3).create();
        assertTrue(threeMorePolls.matches(20, TimeUnit.SECONDS));
        NotifyBuilder outboxRan = new NotifyBuilder(monitor.context()).fromRoute("notify-outbox").whenCompleted(3).create();
        assertTrue(outboxRan.matches(20, TimeUnit.SECONDS));
        assertEquals(1, mail.received().length, "polling the same failure again sends nothing");
        assertEquals(Integer.valueOf(1 + 0), monitor.store().queryForObject(
                "SELECT COUNT(*) FROM monitor_issue WHERE code = 'MSG_FAX_FAILED'", Integer.class));

        rows.setMessageStatus(message, 3);
        await().atMost(Duration.ofSeconds(20)).until(() -> "RESOLVED".equals(monitor.status(fingerprint)));
    }

    @Test
    void emailAndBadFaxNumberAreToldApart() throws Exception {
        ClickHomeRows rows = new ClickHomeRows(monitor.clickhome());
        int supplier = rows.supplier("SPARK01", "Sparkright Electrical Pty Ltd");
        long email = rows.failedMessage(1, supplier, null, "Call-up", "SMTP_550", "550 5.1.1 user unknown");
        long fax = rows.failedMessage(2, supplier, null, "Call-up", "FAX_NOT_IN_SERVICE", "Number not in service");

        await().atMost(Duration.ofSeconds(20)).until(() -> monitor.status("MSG_EMAIL_FAILED|message:" + email) != null
                && monitor.status("MSG_FAX_BAD_NUMBER|message:" + fax) != null);
        String action = (String) monitor.issue("MSG_FAX_BAD_NUMBER|message:" + fax).get("suggested_action");
        assertTrue(action.contains("Correct the supplier's fax number"), action);
    }
}
