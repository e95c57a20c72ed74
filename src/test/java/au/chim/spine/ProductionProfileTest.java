package au.chim.spine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.MonitorApp;
import java.nio.file.Path;
import java.util.function.Function;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** MONITOR_PROFILE=production: the profile's file wins over config/application.properties, which still fills in the rest. */
class ProductionProfileTest {

    @AfterEach
    void noProfile() {
        System.clearProperty("monitor.profile");
    }

    @Test
    void productionSettingsOverrideTheDemoDefaults() throws Exception {
        System.setProperty("monitor.profile", "production");
        String locations = MonitorApp.propertyLocations(Path.of(""));
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.getPropertiesComponent().setLocation(locations);
            Function<String, String> setting = key -> camel.getPropertiesComponent().resolveProperty(key).orElseThrow().trim();
            assertEquals("false", setting.apply("monitor.demo.enabled"));
            assertEquals("false", setting.apply("monitor.dashboard.demo"));
            assertTrue(setting.apply("monitor.clickhome.url").startsWith("jdbc:sqlserver://"), setting.apply("monitor.clickhome.url"));
            assertEquals("msdb.dbo.backupset", setting.apply("monitor.clickhome.backup-history"));
            assertEquals("config/users.properties", setting.apply("monitor.dashboard.users-file"));
            // not in the profile: from config/application.properties
            assertEquals("4", setting.apply("monitor.clickhome.pool-size"));
        }
    }

    @Test
    void aProfileWithoutItsFileStopsStartNamingTheFile() {
        System.setProperty("monitor.profile", "staging");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> MonitorApp.propertyLocations(Path.of("")));
        assertTrue(e.getMessage().contains("application-staging.properties"), e.getMessage());
    }
}
