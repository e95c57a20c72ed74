package au.chim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentOverridesTest {
    @TempDir
    Path dir;

    @Test
    void everyKeyOfTheFilesAndEveryDocumentedOptionalKeyMapsToItsVariable() throws Exception {
        Path file = dir.resolve("application.properties");
        Files.writeString(file, String.join("\n",
                "camel.server.port = 8181",
                "monitor.smtp.host = localhost",
                "monitor.detect.document-backup.enabled = true",
                "# an optional key, documented commented out:",
                "#monitor.dashboard.open-paths = /observe/health",
                "# a plain comment = with an equals sign",
                "monitor.untouched = 1"));
        Properties p = EnvironmentOverrides.from(List.of(file), Map.of(
                "CAMEL_SERVER_PORT", "18080",
                "MONITOR_SMTP_HOST", "relay.builder.example",
                "MONITOR_DETECT_DOCUMENT_BACKUP_ENABLED", "false",
                "MONITOR_DASHBOARD_OPEN_PATHS", "/observe/health",
                "MONITOR_NOT_A_KEY", "x"));
        assertEquals("18080", p.getProperty("camel.server.port"));
        assertEquals("relay.builder.example", p.getProperty("monitor.smtp.host"));
        assertEquals("false", p.getProperty("monitor.detect.document-backup.enabled"));
        assertEquals("/observe/health", p.getProperty("monitor.dashboard.open-paths"));
        assertEquals(4, p.size(), "only keys of the file, only those the environment sets: " + p);
    }

    @Test
    void theShippedFileDocumentsThePortsAsKeys() {
        Properties p = EnvironmentOverrides.from(List.of(Path.of("config/application.properties")),
                Map.of("CAMEL_SERVER_PORT", "1", "CAMEL_MANAGEMENT_PORT", "2", "MONITOR_DASHBOARD_PORT", "3"));
        assertEquals(Map.of("camel.server.port", "1", "camel.management.port", "2", "monitor.dashboard.port", "3"), Map.copyOf(p));
    }
}
