package au.chim.detect.clickhome;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.MonitorApp;
import au.chim.testsupport.ShippedChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings named in check SQL as {{key}}: the backup check reads msdb's history in production and the demo's copy otherwise. */
class CheckSettingsTest {

    @Test
    void productionProfileReadsSqlServersOwnBackupHistory() throws Exception {
        String sql;
        System.setProperty("monitor.profile", "production");
        try {
            sql = backupQuery(MonitorApp.propertyLocations(Path.of("")));
        } finally {
            System.clearProperty("monitor.profile");
        }
        assertTrue(sql.contains("FROM msdb.dbo.backupset b"), sql);
        assertFalse(sql.contains("{{"), sql);
    }

    @Test
    void demoReadsTheReferenceSchemasBackupTable() throws Exception {
        String sql = backupQuery(MonitorApp.propertyLocations(Path.of("")));
        assertTrue(sql.contains("FROM dbo.backupset b"), sql);
        assertFalse(sql.contains("FROM msdb"), sql);
    }

    @Test
    void aSettingNoFileDefinesStopsStartWithTheCheckAndFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("checks.yaml"), """
                checks:
                  - id: site-check
                    sql: site.sql
                    category: environment
                    code: SITE
                    severity: WARNING
                    entity: { type: site, key: "{{x}}" }
                    summary: "{{x}}"
                """);
        Files.writeString(dir.resolve("site.sql"), "SELECT 1 AS x FROM {{monitor.site.table}}");
        List<CheckDefinition> defs = CheckCatalog.load(dir.resolve("checks.yaml"), dir, Set.of());
        try (DefaultCamelContext settings = new DefaultCamelContext()) {
            settings.getPropertiesComponent().setLocation("file:config/application.properties");
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new ClickHomeChecks(defs, Map.of(), Clock.systemUTC(), new ClickHomeTime(java.time.ZoneOffset.UTC, Clock.systemUTC()), () -> true,
                            settings::resolvePropertyPlaceholders));
            assertTrue(e.getMessage().contains("site-check") && e.getMessage().contains("site.sql")
                    && e.getMessage().contains("monitor.site.table"), e.getMessage());
        }
    }

    private static String backupQuery(String locations) {
        return ShippedChecks.load(locations).query("sql-backups");
    }
}
