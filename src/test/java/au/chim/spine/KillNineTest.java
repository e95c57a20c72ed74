package au.chim.spine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.KillNineScenario;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitor in its own JVM on the default kind of store (an H2 file, no WRITE_DELAY in the URL: the
 * monitor makes it durable), killed with kill -9 while alerts flow and started again on the same store:
 * nothing committed is forgotten, no alert is lost, at most the one email in flight is sent twice.
 */
class KillNineTest {
    private static final int MESSAGES = 30;

    @Test
    void killDashNineLosesNothingCommittedAndSendsNothingTwice(@TempDir Path dir) throws Exception {
        KillNineScenario.Result r = KillNineScenario.run(dir, MESSAGES, 3, "");
        assertTrue(r.acceptedBeforeKill() >= 3, r.toString());
        assertEquals(0, r.forgottenAtKill(), "every email the relay accepted is still in the outbox after kill -9: " + r);
        assertTrue(r.notMarkedAtKill() <= 1, "only the email in flight may lack its SENT mark: " + r);
        assertEquals(MESSAGES, r.issues(), "one issue per failed message, none re-detected: " + r);
        assertEquals(0, r.undelivered(), "every issue's alert is in an email the relay accepted: " + r);
        assertEquals(0, r.queuedTwice(), "no issue was alerted as new twice: " + r);
        assertEquals(0, r.alertedAgain(), "no failure reached people in a second, different email: " + r);
        assertTrue(r.duplicates() <= 1, "at most the one email in flight is sent again: " + r);
        assertEquals(200, r.healthAfter(), r.toString());
    }
}
