package au.chim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.AppHome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drive letters and UNC paths as a builder's IT person writes them in config/application.properties (saved by Notepad
 * as UTF-8) and in environment variables, read the way the monitor reads them: this file check, then Camel's loader.
 */
class WindowsFolderSettingsTest {
    @TempDir
    Path dir;

    @Test
    void forwardSlashesDoubledBackslashesAndEnvironmentValuesGiveTheFolderTheyName() throws Exception {
        Path file = settings(
                "# comments may show a path as Explorer does: D:\\ClickHome\\PO In",
                "monitor.dropfolders.po.folder = D:/ClickHome/PO In",
                "monitor.dropfolders.po-ack.folder = D:\\\\ClickHome\\\\PO Ack",
                "monitor.dropfolders.supplier.folder = //FS01/Intégration/Supplier In",
                "monitor.dropfolders.job.folder = \\\\\\\\FS01\\\\Intégration\\\\Job",
                "monitor.dropfolders.po.archive = work/archive/po");
        PropertiesFileCheck.check(List.of(file));
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.getPropertiesComponent().setEncoding(Settings.FILE_ENCODING);
            camel.getPropertiesComponent().setLocation("file:" + file);
            camel.getPropertiesComponent().setOverrideProperties(EnvironmentOverrides.from(List.of(file),
                    Map.of("MONITOR_DROPFOLDERS_PO_ARCHIVE", "E:\\Archive\\PO Done", "MONITOR_DROPFOLDERS_JOB_FOLDER", "\\\\FS02\\Jobs\\Über")));
            Settings s = new Settings(camel);
            assertFolder(s, "monitor.dropfolders.po.folder", "D:/ClickHome/PO In");
            assertFolder(s, "monitor.dropfolders.po-ack.folder", "D:\\ClickHome\\PO Ack");
            assertFolder(s, "monitor.dropfolders.supplier.folder", "//FS01/Intégration/Supplier In");
            assertFolder(s, "monitor.dropfolders.po.archive", "E:\\Archive\\PO Done");
            assertFolder(s, "monitor.dropfolders.job.folder", "\\\\FS02\\Jobs\\Über");
        }
    }

    @Test
    void aSingleBackslashInTheFileStopsTheStartNamingLineKeyAndTheWayToWriteIt() throws Exception {
        String drive = refusal("monitor.smtp.host = relay", "monitor.dropfolders.po.folder = D:\\ClickHome\\PO In");
        assertTrue(drive.startsWith("application.properties line 2, setting monitor.dropfolders.po.folder: 'D:\\ClickHome\\PO In' "
                + "would be read as 'D:ClickHomePO In'"), drive);
        assertTrue(drive.contains("forward slashes (D:/ClickHome/PO In") && drive.contains("double each backslash (D:\\\\ClickHome\\\\PO In)"), drive);

        String unc = refusal("monitor.dropfolders.job.folder = \\\\FS01\\Integration\\Job In");
        assertTrue(unc.contains("would be read as '\\FS01IntegrationJob In'") && unc.contains("(//FS01/Integration/Job In"), unc);
        assertTrue(refusal("monitor.detect.document-backup.folder = \\\\BACKUP01\\users\\docs").contains(
                "would be read as 'nothing: the whole file would fail to load (Malformed \\uxxxx encoding.)'"));
        assertTrue(refusal("monitor.dropfolders.po.quarantine = D:\\temp\\new").contains("would be read as 'D:<tab>emp<line break>ew'"));
    }

    @Test
    void theShippedFilesHoldNoBackslashTheirLoaderWouldEat() {
        PropertiesFileCheck.check(List.of(Path.of("config/application.properties"), Path.of("config/application-production.properties")));
    }

    @Test
    void aValueThatLostItsBackslashesBeforeTheMonitorSawItIsRefusedNamingTheKey() throws Exception {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            java.util.Properties p = new java.util.Properties();
            p.setProperty("monitor.dropfolders.po.folder", "D:ClickHomePO In");
            p.setProperty("monitor.dropfolders.job.folder", "\\FS01IntegrationJob");
            camel.getPropertiesComponent().setOverrideProperties(p);
            Settings s = new Settings(camel);
            for (String key : List.of("monitor.dropfolders.po.folder", "monitor.dropfolders.job.folder")) {
                String error = assertThrows(IllegalStateException.class, () -> s.path(key, "x")).getMessage();
                assertTrue(error.startsWith("setting " + key + " = '") && error.contains("lost its backslashes"), error);
            }
        }
    }

    private static void assertFolder(Settings s, String key, String meant) {
        assertEquals(meant, s.string(key), key + " as read");
        assertEquals(AppHome.resolve(meant), s.path(key, "x"), key + " as the folder used");
    }

    private String refusal(String... lines) throws Exception {
        Path file = settings(lines);
        return assertThrows(IllegalStateException.class, () -> PropertiesFileCheck.check(List.of(file))).getMessage();
    }

    private Path settings(String... lines) throws Exception {
        return Files.writeString(dir.resolve("application.properties"), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }
}
