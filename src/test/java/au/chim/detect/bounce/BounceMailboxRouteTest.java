package au.chim.detect.bounce;

import au.chim.testsupport.Ceiling;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bounce corpus is delivered over SMTP into the ClickHome sending mailbox of a real mail server and read over
 * IMAP by the real detect-bounces route of the real monitor: what each mail was read as, which ClickHome message
 * and business entity it was tied to, which issue resulted, where the mail went, and what a restart does.
 */
class BounceMailboxRouteTest {
    private static final String MAILBOX = "callups@acmehomes.com.au";
    private static final String PASSWORD = "callups-secret";

    /** The issue each sample mail must lead to (bounces/route-issues.csv): none for the mails it does not list. */
    private static final Map<String, String> ISSUE = BounceCorpus.routeIssues();

    private TestMail mail;
    private TestMonitor monitor;
    private Properties settings;

    @BeforeEach
    void start() throws Exception {
        mail = new TestMail().start();
        mail.server().setUser(MAILBOX, MAILBOX, PASSWORD);
        settings = TestMonitor.defaults(mail.smtpPort());
        settings.setProperty("monitor.detect.bounces.port", String.valueOf(mail.imapPort()));
        settings.setProperty("monitor.detect.bounces.username", MAILBOX);
        settings.setProperty("monitor.detect.bounces.password", PASSWORD);
        settings.setProperty("monitor.detect.bounces.poll-interval", "200ms");
        settings.setProperty("monitor.detect.faxmaker.enabled", "false");
        settings.setProperty("monitor.detect.bounces.enabled", "true");
        monitor = TestMonitor.start(settings);
        BounceRouteClickHome.rows(monitor.clickhome());
    }

    @AfterEach
    void stop() {
        if (monitor != null) {
            monitor.close();
        }
        mail.close();
    }

    @Test
    void corpusThroughTheRouteBecomesIssuesOnTheBusinessEntity() throws Exception {
        List<BounceCorpus.Case> cases = BounceCorpus.cases();
        Map<String, BounceCorpus.Case> byMessageId = new LinkedHashMap<>();
        for (BounceCorpus.Case c : cases) {
            byMessageId.put(messageIdOf(c.file()), c);
            box().deliver(BounceCorpus.bytes(c.file()));
        }
        BounceCounters counters = monitor.context().getRegistry().lookupByNameAndType("bounceCounters", BounceCounters.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> counters.getTotal() == cases.size());

        List<String> wrong = new ArrayList<>();
        for (BounceCounters.Handled h : counters.recent()) {
            BounceCorpus.Case c = byMessageId.get(h.id());
            assertNotNull(c, "handled a mail that was not delivered: " + h.id());
            List<String> diff = new ArrayList<>(c.mismatches(h.report()));
            String issue = ISSUE.get(c.file());
            if (issue != null && monitor.status(issue) == null) {
                diff.add("no issue " + issue);
            }
            if (!diff.isEmpty()) {
                wrong.add(c.file() + " " + diff);
            }
        }
        System.out.println("bounce corpus via route: " + (cases.size() - wrong.size()) + "/" + cases.size() + " classified correctly");
        wrong.forEach(w -> System.out.println("  wrong: " + w));
        assertEquals(List.of(), wrong);

        assertEquals(48, counters.getRaised(), "24 hard bounces, 3 deliveries given up, 4 failed faxes, 2 gateway refusals, "
                + "12 refusals of our sender, 3 complaints or opt-outs");
        assertEquals(10, counters.getSoftCounted(), "eight soft bounces and two delays, each below the threshold of 3");
        assertEquals(1, counters.getResolved(), "the sent fax");
        assertEquals(2, counters.getIgnored(), "out-of-office and a person's reply are not failures");
        assertEquals(1, counters.getAutoReplies(), "the out-of-office is counted as an automatic reply");
        assertEquals(2, counters.getUnparseable(), "the malformed mail and the bounce naming no recipient are counted, and the mails after them were still read");

        String detail = (String) monitor.issue("MSG_EMAIL_BOUNCED|supplier:SPARK01|email").get("detail");
        assertTrue(detail.contains("matched by message-id") && detail.contains("contract 24017"), detail);
        assertEquals(0, monitor.store().queryForObject("SELECT COUNT(*) FROM monitor_issue WHERE fingerprint LIKE '%CONC03|email'", Integer.class),
                "one delay warning is not an issue yet");
        // the FaxMaker gateway is IT's: Client IT gets the alert
        await().atMost(Duration.ofSeconds(30)).until(() -> alertsTo("it-helpdesk@builder.example").stream()
                .anyMatch(body -> body.contains("FaxMaker refuses faxes")));

        // camel-mail moves a mail after its exchange completed, so the last move may still be under way
        Map<String, Integer> expected = Map.of("INBOX", 0, "Monitor/Processed", 59, "Monitor/Ignored", 2, "Monitor/Unparsed", 2);
        await().atMost(Ceiling.twoTicks()).until(() -> expected.equals(box().countFolders()));
        assertEquals(expected, box().countFolders(), "every mail handled is moved out of the inbox, none is deleted; the unreadable one is kept apart");

        // restart: nothing handled before is handled again; the soft-bounce count survived in the store
        Map<String, Object> before = occurrences();
        monitor.close();
        monitor = TestMonitor.start(settings);
        BounceCounters afterRestart = monitor.context().getRegistry().lookupByNameAndType("bounceCounters", BounceCounters.class);
        box().deliver(BounceCorpus.bytes("postfix-dsn-delayed-441.eml"));
        // the inbox is read in order, so had the old mails still been there they would have been handled first
        await().atMost(Duration.ofSeconds(30)).until(() -> afterRestart.getSoftCounted() == 1);
        assertEquals(1, afterRestart.getTotal(), "a restart reads none of the handled mails again");
        assertEquals(before, occurrences());
        assertEquals(1, afterRestart.getSoftCounted());
        box().deliver(BounceCorpus.bytes("postfix-dsn-delayed-441.eml"));
        await().atMost(Duration.ofSeconds(30)).until(() -> afterRestart.getRaised() == 1);
        String soft = "MSG_EMAIL_BOUNCED|supplier:CONC03|email";
        assertEquals("NEW", monitor.status(soft), "the third delay warning for one address within 72 h is an issue");
        assertTrue(((String) monitor.issue(soft).get("summary")).contains("keeps failing"));
        Map<String, Integer> later = Map.of("INBOX", 0, "Monitor/Processed", 61, "Monitor/Ignored", 2, "Monitor/Unparsed", 2);
        await().atMost(Ceiling.twoTicks()).until(() -> later.equals(box().countFolders()));
        assertEquals(later, box().countFolders(), "still no mail deleted");
    }

    @Test
    void mailStaysUnreadWhileClickHomeCannotBeReadAndIsHandledOnceItCan() throws Exception {
        JdbcTemplate ch = monitor.clickhome();
        ch.execute("ALTER TABLE dbo.tblMessages RENAME TO tblMessagesAway");
        box().deliver(BounceCorpus.bytes("postfix-dsn-hard-511.eml"));
        BounceCounters counters = monitor.context().getRegistry().lookupByNameAndType("bounceCounters", BounceCounters.class);
        org.apache.camel.builder.NotifyBuilder failed = new org.apache.camel.builder.NotifyBuilder(monitor.context())
                .fromRoute("detect-bounces").whenFailed(2).create();
        assertTrue(failed.matches(30, java.util.concurrent.TimeUnit.SECONDS), "the route tried the mail and failed (ClickHome unreadable)");
        assertEquals(0, counters.getTotal());
        assertEquals(Map.of("INBOX", 1), box().countFolders(), "the mail stays in the inbox, unseen");

        ch.execute("ALTER TABLE dbo.tblMessagesAway RENAME TO tblMessages");
        await().atMost(Duration.ofSeconds(30)).until(() -> counters.getRaised() == 1);
        assertEquals("NEW", monitor.status("MSG_EMAIL_BOUNCED|supplier:SPARK01|email"));
    }

    private TestMailbox box() {
        return new TestMailbox(MAILBOX, PASSWORD, mail.smtpPort(), mail.imapPort());
    }

    private static String messageIdOf(String file) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(BounceCorpus.bytes(file)));
        String id = m.getHeader("Message-ID", null);
        return id == null ? null : MessageIds.bare(id);
    }

    private List<String> alertsTo(String address) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (MimeMessage m : mail.received()) {
            for (Address a : m.getAllRecipients()) {
                if (a.toString().contains(address)) {
                    bodies.add(m.getSubject() + "\n" + com.icegreen.greenmail.util.GreenMailUtil.getBody(m));
                }
            }
        }
        return bodies;
    }

    private Map<String, Object> occurrences() {
        Map<String, Object> out = new HashMap<>();
        monitor.store().queryForList("SELECT fingerprint, occurrences FROM monitor_issue WHERE source = 'bounce-mailbox'")
                .forEach(r -> out.put((String) r.get("fingerprint"), r.get("occurrences")));
        return out;
    }
}
