package au.chim.detect.clickhome;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded demo is worth watching: every shipped ClickHome check finds something in the demo data. */
class DemoDataShowsEveryCheckTest {

    @Test
    void everyCheckReportsAtLeastOneRowOnTheDemoData(@TempDir Path dir) throws Exception {
        try (TestMail mail = new TestMail().start()) {
            Properties p = TestMonitor.defaults(mail.smtpPort());
            p.setProperty("monitor.demo.enabled", "true");
            p.setProperty("monitor.demo.embedded-mail", "false");
            p.setProperty("monitor.demo.simulator", "false");
            p.setProperty("monitor.demo.drop-root", dir.resolve("drops").toString());
            // Demo rows are dated from the real clock, as in a real demo run (the ClickHome side reads GETDATE()).
            try (TestMonitor monitor = TestMonitor.start(p, java.time.Clock.systemUTC())) {
                ClickHomeChecks checks = monitor.context().getRegistry().lookupByNameAndType("clickhomeChecks", ClickHomeChecks.class);
                await().atMost(Duration.ofSeconds(60)).until(() -> checks.status().stream().allMatch(s -> s.lastRun() != null));
                List<String> silent = checks.status().stream().filter(s -> s.lastError() != null || s.lastRows() == 0)
                        .map(s -> s.id() + (s.lastError() == null ? " (no rows)" : " (" + s.lastError() + ")")).toList();
                assertTrue(silent.isEmpty(), "checks with nothing to show in the demo: " + silent);
            }
        }
    }
}
