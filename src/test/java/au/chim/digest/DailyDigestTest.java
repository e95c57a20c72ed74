package au.chim.digest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.ClickHomeRows;
import au.chim.testsupport.MutableClock;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily digest through the real routes and outbox, on a clock the test moves. */
class DailyDigestTest {
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    private static MimeMessage[] digestsFor(TestMail mail, String address) {
        return Arrays.stream(mail.receivedBy(address)).filter(m -> {
            try {
                return "DIGEST".equals(m.getHeader("X-Monitor-Kind", null));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    @Test
    void missedDigestIsSentOnceAfterRestartAndEachRecipientSeesOnlyTheirItems(@TempDir Path dir) throws Exception {
        MutableClock clock = new MutableClock(ZonedDateTime.of(2026, 11, 25, 9, 30, 0, 0, SYDNEY).toInstant());
        try (TestMail mail = new TestMail().start()) {
            Properties p = TestMonitor.defaults(mail.smtpPort());
            p.setProperty("monitor.store.url", "jdbc:h2:file:" + dir.resolve("store") + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
            p.setProperty("monitor.digest.catch-up-delay", "3s");
            try (TestMonitor monitor = TestMonitor.start(p, clock)) {
                ClickHomeRows rows = new ClickHomeRows(monitor.clickhome());
                long message = rows.failedMessage(1, rows.supplier("SPARK01", "Sparkright Electrical"), null, "Call-up", "SMTP_550", "550 user unknown");
                await().atMost(Duration.ofSeconds(20)).until(() -> monitor.status("MSG_EMAIL_FAILED|message:" + message) != null);
                // 07:00 has passed and the monitor was not running then: the catch-up sends today's digest.
                await().atMost(Duration.ofSeconds(30)).until(() -> digestsFor(mail, "accounts@builder.example").length == 1
                        && digestsFor(mail, "it-helpdesk@builder.example").length == 1);
            }
            MimeMessage accountsDigest = digestsFor(mail, "accounts@builder.example")[0];
            String accounts = GreenMailUtil.getBody(accountsDigest);
            assertTrue(au.chim.testsupport.MailParts.html(accountsDigest).contains("src=\"cid:" + au.chim.notify.render.OpenIssuesChart.CID + "\""),
                    "the HTML shows the chart of open issues from the email itself");
            jakarta.mail.Part chart = au.chim.testsupport.MailParts.leaves(accountsDigest).stream()
                    .filter(part -> { try { return part.isMimeType("image/png"); } catch (Exception e) { return false; } })
                    .findFirst().orElseThrow(() -> new AssertionError("no inline chart in the digest"));
            assertEquals("<" + au.chim.notify.render.OpenIssuesChart.CID + ">", ((jakarta.mail.internet.MimeBodyPart) chart).getContentID());
            assertEquals(jakarta.mail.Part.INLINE, chart.getDisposition(), "inline, so Outlook shows it in the text, not as an attachment");
            assertEquals(560, javax.imageio.ImageIO.read(chart.getInputStream()).getWidth(), "a real PNG");
            String it = GreenMailUtil.getBody(digestsFor(mail, "it-helpdesk@builder.example")[0]);
            assertTrue(accounts.contains("Sparkright"), "accounts see the failed email they must fix");
            assertFalse(it.contains("Sparkright"), "IT does not see accounts' items");
            assertTrue(it.toUpperCase().contains("ALL CLEAR"), "IT's digest says all clear rather than nothing");

            try (TestMonitor again = TestMonitor.start(p, clock)) {
                var caughtUp = new org.apache.camel.builder.NotifyBuilder(again.context()).fromRoute("digest-catch-up").whenCompleted(1).create();
                assertTrue(caughtUp.matches(30, java.util.concurrent.TimeUnit.SECONDS));
                var sent = new org.apache.camel.builder.NotifyBuilder(again.context()).fromRoute("notify-outbox").whenCompleted(3).create();
                assertTrue(sent.matches(30, java.util.concurrent.TimeUnit.SECONDS));
                assertEquals(1, digestsFor(mail, "accounts@builder.example").length, "a restart on the same day sends no second digest");

                clock.set(ZonedDateTime.of(2026, 11, 26, 7, 0, 5, 0, SYDNEY).toInstant());
                DigestRunner runner = again.context().getRegistry().lookupByNameAndType("digestRunner", DigestRunner.class);
                assertTrue(runner.runDue() > 0, "the next morning's slot is due");
                await().atMost(Duration.ofSeconds(20)).until(() -> digestsFor(mail, "accounts@builder.example").length == 2);
                assertEquals(0, runner.runDue(), "and only once");
            }
        }
    }
}
