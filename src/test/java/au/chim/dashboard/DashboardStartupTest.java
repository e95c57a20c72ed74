package au.chim.dashboard;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outside the demo, the monitor does not start at all when no dashboard user is configured. */
class DashboardStartupTest {

    @Test
    void productionStartFailsWithoutUsers(@TempDir Path work) {
        Map<String, String> keys = Map.of("monitor.dashboard.users-file", work.resolve("users.properties").toString());
        Exception e = assertThrows(Exception.class, () -> new MonitorUnderTest(keys, work.resolve("hawtio")));
        Throwable cause = e;
        while (!(cause instanceof DashboardConfigException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertTrue(cause instanceof DashboardConfigException, "cause was " + e);
        assertTrue(cause.getMessage().contains("The dashboard has no users"), cause.getMessage());
    }
}
