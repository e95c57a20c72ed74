package au.chim.notify;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.ClickHomeRows;
import au.chim.testsupport.MutableClock;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** An issue nobody acknowledges is re-sent to its people daily and escalated to the business contact after 3 business days. */
class EscalationTest {

    @Test
    void remindsDailyThenEscalatesOnceAfterThreeBusinessDays() throws Exception {
        ZoneId sydney = ZoneId.of("Australia/Sydney");
        MutableClock clock = new MutableClock(ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, sydney).toInstant());
        try (TestMail mail = new TestMail().start(); TestMonitor monitor = TestMonitor.start(TestMonitor.defaults(mail.smtpPort()), clock)) {
            ClickHomeRows rows = new ClickHomeRows(monitor.clickhome());
            long message = rows.failedMessage(1, rows.supplier("SPARK01", "Sparkright Electrical"), null, "Call-up", "SMTP_550", "550 user unknown");
            await().atMost(Duration.ofSeconds(20)).until(() -> monitor.status("MSG_EMAIL_FAILED|message:" + message) != null);
            Escalations escalations = monitor.context().getRegistry().lookupByNameAndType("escalations", Escalations.class);
            assertEquals(0, escalations.run(), "nothing is due the hour it was raised");

            clock.set(ZonedDateTime.of(2026, 11, 26, 10, 30, 0, 0, sydney).toInstant());
            assertEquals(1, escalations.run(), "one reminder to accounts the next business day");
            assertEquals(0, escalations.run(), "not twice");

            clock.set(ZonedDateTime.of(2026, 11, 30, 10, 30, 0, 0, sydney).toInstant());
            escalations.run();
            await().atMost(Duration.ofSeconds(20)).until(() -> mail.receivedBy("business-contact@builder.example").length == 1);
            assertTrue(mail.receivedBy("business-contact@builder.example")[0].getSubject().toLowerCase().contains("escalat"),
                    mail.receivedBy("business-contact@builder.example")[0].getSubject());
            clock.advance(Duration.ofHours(2));
            escalations.run();
            assertEquals(1, monitor.store().queryForObject("SELECT COUNT(*) FROM monitor_outbox WHERE kind = 'ESCALATION'", Integer.class),
                    "an issue is escalated once");
        }
    }
}
