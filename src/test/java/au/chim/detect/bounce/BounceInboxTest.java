package au.chim.detect.bounce;

import au.chim.testsupport.Ceiling;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing stays in the INBOX of the real mail server read by the real route: null senders are read, a mail far larger
 * than any bounce is classified from its head, unreadable mail goes to the unparsed folder and, piling up, to IT.
 */
class BounceInboxTest {
    private static final String MAILBOX = "callups@acmehomes.com.au";
    private static final String PASSWORD = "callups-secret";

    private TestMail mail;
    private TestMonitor monitor;
    private TestMailbox box;

    @BeforeEach
    void start() throws Exception {
        mail = new TestMail().start();
        mail.server().setUser(MAILBOX, MAILBOX, PASSWORD);
        Properties settings = TestMonitor.defaults(mail.smtpPort());
        settings.setProperty("monitor.detect.bounces.port", String.valueOf(mail.imapPort()));
        settings.setProperty("monitor.detect.bounces.username", MAILBOX);
        settings.setProperty("monitor.detect.bounces.password", PASSWORD);
        settings.setProperty("monitor.detect.bounces.poll-interval", "200ms");
        settings.setProperty("monitor.detect.bounces.unparsed-threshold", "2");
        settings.setProperty("monitor.detect.faxmaker.enabled", "false");
        settings.setProperty("monitor.detect.bounces.enabled", "true");
        monitor = TestMonitor.start(settings);
        box = new TestMailbox(MAILBOX, PASSWORD, mail.smtpPort(), mail.imapPort());
    }

    @AfterEach
    void stop() {
        if (monitor != null) {
            monitor.close();
        }
        mail.close();
    }

    @Test
    void nullSendersHugeMailAndUnreadableMailAllLeaveTheInbox() throws Exception {
        box.deliver(BounceCorpus.bytes("dma-text-dmarc.eml"));                    // From: MAILER-DAEMON <>
        box.deliver(BounceCorpus.bytes("text-dsn-broken-boundary.eml"));          // null sender, broken MIME
        box.deliver(withAttachment(BounceCorpus.bytes("dsn-first-block-only.eml"), 12 * 1024 * 1024));
        for (int i = 1; i <= 3; i++) {
            box.deliver(("From: <>\r\nTo: " + MAILBOX + "\r\nSubject: Undeliverable: call-up " + i + "\r\nMessage-ID: <unreadable-" + i
                    + "@gw.example.net>\r\n\r\nThe message could not be delivered. Code 42.\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        BounceCounters counters = monitor.context().getRegistry().lookupByNameAndType("bounceCounters", BounceCounters.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> counters.getTotal() == 6);

        Map<String, Integer> expected = Map.of("INBOX", 0, "Monitor/Processed", 3, "Monitor/Unparsed", 3);
        await().atMost(Ceiling.twoTicks()).until(() -> expected.equals(box.countFolders()));
        assertEquals(expected, box.countFolders());
        assertEquals("NEW", monitor.status("MSG_SENDER_REFUSED|sending-domain:acmehomes.com.au:auth_failure"));
        assertEquals("NEW", monitor.status("MSG_EMAIL_BOUNCED|email-address:site.boss@framingco.example.com"),
                "the 12 MB mail is read from its first 2 MB");
        // three unreadable mails pass the threshold of 2: one issue for IT, refreshed by the third
        String summary = (String) monitor.issue("MSG_BOUNCES_UNPARSED|mail-folder:Monitor/Unparsed").get("summary");
        assertTrue(summary.startsWith("3 mails in the bounce mailbox could not be read"), summary);
    }

    /** The sample with a large attachment appended inside its multipart, like a returned original with its files. */
    private static byte[] withAttachment(byte[] sample, int size) {
        String s = new String(sample, StandardCharsets.ISO_8859_1);
        int end = s.lastIndexOf("--first-block--");
        StringBuilder b = new StringBuilder(size + 200).append(s, 0, end)
                .append("--first-block\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n");
        for (int i = 0; i < size / 77; i++) {
            b.append("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\r\n");
        }
        return b.append(s.substring(end)).toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
