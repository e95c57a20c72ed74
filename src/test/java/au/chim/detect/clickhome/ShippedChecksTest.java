package au.chim.detect.clickhome;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every query shipped in config/sql runs on H2 in SQL Server mode through the real route, parameters and all. */
class ShippedChecksTest {

    @Test
    void everyShippedCheckRunsWithoutError() throws Exception {
        try (TestMail mail = new TestMail().start(); TestMonitor monitor = TestMonitor.start(TestMonitor.defaults(mail.smtpPort()))) {
            ClickHomeChecks checks = monitor.context().getRegistry().lookupByNameAndType("clickhomeChecks", ClickHomeChecks.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> checks.status().stream().allMatch(s -> s.lastRun() != null));
            List<CheckStatus> status = checks.status();
            assertEquals(checks.definitions().size(), status.size());
            for (CheckStatus s : status) {
                assertNull(s.lastError(), s.id() + " failed on H2");
            }
        }
    }
}
