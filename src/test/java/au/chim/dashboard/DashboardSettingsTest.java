package au.chim.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.AppHome;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardSettingsTest {
    private static final DashboardUser VIEWER = new DashboardUser("v", Set.of(Role.VIEWER));

    @Test
    void defaultsAreLocalSecureAndNotDemo() {
        DashboardSettings s = DashboardSettings.from(k -> null);
        assertTrue(s.hawtioEnabled());
        assertEquals("127.0.0.1", s.hawtio().host());
        assertEquals(8090, s.hawtio().port());
        assertEquals("/hawtio", s.hawtio().contextPath());
        assertEquals("monitor", s.realm());
        assertEquals(AppHome.resolve("config/users.properties"), s.usersFile());
        assertFalse(s.demo());
        assertFalse(s.accessPolicy().isOpen("GET", "/observe/health"));
    }

    @Test
    void keysOverrideDefaultsAndJolokiaPathFollowsCamel() {
        Map<String, String> keys = Map.of("monitor.dashboard.port", "9000", "monitor.dashboard.demo", "TRUE",
                "monitor.demo.enabled", "true", "monitor.dashboard.open-paths", "/observe/health, /observe/info",
                "camel.management.jolokia-path", "/jmx");
        DashboardSettings s = DashboardSettings.from(keys::get);
        assertEquals(9000, s.hawtio().port());
        assertTrue(s.demo());
        assertTrue(s.accessPolicy().isOpen("GET", "/observe/info"));
        assertFalse(s.accessPolicy().allows(VIEWER, "GET", "/jmx/exec/a:b=c/op", null));
    }

    @Test
    void badValuesNameTheKey() {
        assertMessage("monitor.dashboard.port must be a number (was eighty)", Map.of("monitor.dashboard.port", "eighty"));
        assertMessage("monitor.dashboard.port must be 0-65535 (was 70000)", Map.of("monitor.dashboard.port", "70000"));
        assertMessage("monitor.dashboard.demo must be true or false (was yes)", Map.of("monitor.dashboard.demo", "yes"));
        assertMessage("monitor.dashboard.context-path must start with /",
                Map.of("monitor.dashboard.context-path", "hawtio"));
        assertMessage("monitor.dashboard.open-paths entries must start with /",
                Map.of("monitor.dashboard.open-paths", "observe/health"));
    }

    @Test
    void demoLoginOnlyForTheDemoOnItsEmbeddedDatabase() {
        assertTrue(DashboardSettings.from(Map.of("monitor.dashboard.demo", "true", "monitor.demo.enabled", "true")::get).demo());
        assertFalse(DashboardSettings.from(Map.of("monitor.dashboard.demo", "true", "monitor.demo.enabled", "false")::get).demo());
        assertFalse(DashboardSettings.from(Map.of("monitor.dashboard.demo", "true", "monitor.demo.enabled", "true",
                "monitor.clickhome.url", "jdbc:sqlserver://CHSQL01:1433;databaseName=ClickHome")::get).demo());
    }

    private static void assertMessage(String expected, Map<String, String> keys) {
        DashboardConfigException e = assertThrows(DashboardConfigException.class, () -> DashboardSettings.from(keys::get));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }

    @Test
    void hawtioRefusesToStartWithoutItsWar(@TempDir Path dir) {
        HawtioServer server = new HawtioServer(new HawtioSettings("127.0.0.1", 0, "/hawtio",
                dir.resolve("missing.war"), dir.resolve("work"), "monitor"),
                new Logins(UserStore.demo("x"), SecuritySettings.from(k -> null).throttle(java.time.Clock.systemUTC())),
                SecuritySettings.from(k -> null));
        DashboardConfigException e = assertThrows(DashboardConfigException.class, server::start);
        assertTrue(e.getMessage().contains("missing.war"), e.getMessage());
        assertEquals(-1, server.port());
    }
}
