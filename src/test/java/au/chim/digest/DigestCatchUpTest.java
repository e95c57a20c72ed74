package au.chim.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.Severity;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import org.junit.jupiter.api.Test;

/** The start-up catch-up mails the missed digest of the people in recipients.yaml, never one per dynamic supervisor. */
class DigestCatchUpTest {

    @Test
    void catchUpSkipsDynamicSupervisorsTheDailyRunIncludesThem() throws Exception {
        try (TestMail mail = new TestMail().start(); TestMonitor monitor = TestMonitor.start(TestMonitor.defaults(mail.smtpPort()))) {
            for (int i = 0; i < 5; i++) {
                monitor.context().createProducerTemplate().sendBody("direct:register", Finding.builder("MSG_FAX_FAILED",
                                Category.FAILED_MESSAGE, Severity.ERROR).entity("message", String.valueOf(i)).summary("Fax " + i + " failed")
                        .source("test").context(Finding.SUPERVISOR_EMAIL, "sup" + i + "@site.example").build());
            }
            DigestRunner runner = monitor.context().getRegistry().lookupByNameAndType("digestRunner", DigestRunner.class);
            int caughtUp = runner.runMissed();
            assertTrue(caughtUp > 0, "fixed recipients get the missed slot");
            String supervisorDigests = "SELECT COUNT(*) FROM monitor_outbox WHERE kind = 'DIGEST' AND recipient_id LIKE 'supervisors:%'";
            assertEquals(0, monitor.store().queryForObject(supervisorDigests, Integer.class), "no digest per dynamic supervisor at start-up");
            assertEquals(caughtUp, monitor.store().queryForObject("SELECT COUNT(*) FROM monitor_outbox WHERE kind = 'DIGEST'", Integer.class));

            assertEquals(5, runner.runDue(), "the scheduled run writes each supervisor's digest");
            assertEquals(5, monitor.store().queryForObject(supervisorDigests, Integer.class));
        }
    }
}
