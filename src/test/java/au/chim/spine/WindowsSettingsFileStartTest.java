package au.chim.spine;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.ChildMonitor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitor started as a service, from a copy of config/ an IT person edited in Notepad: a Windows path with single
 * backslashes stops the start with one ERROR naming file, line and key; a folder with non-ASCII letters is the folder watched.
 */
class WindowsSettingsFileStartTest {
    private static final Duration START = Duration.ofSeconds(90);
    private static final String PO_FOLDER = "monitor.dropfolders.po.folder";

    @TempDir
    Path dir;

    @Test
    void aDrivePathWithSingleBackslashesStopsTheStartNamingTheLineAndTheWayToWriteIt() throws Exception {
        Path home = home(PO_FOLDER + " = D:\\ClickHome\\PO In");
        int line = lineOf(home, PO_FOLDER);
        try (ChildMonitor monitor = ChildMonitor.start(dir, environment(home))) {
            assertTrue(monitor.process().waitFor(START.toSeconds(), TimeUnit.SECONDS), "the monitor must stop by itself");
            assertNotEquals(0, monitor.process().exitValue(), monitor.output());
            List<String> errors = monitor.output().lines().filter(l -> l.contains(" ERROR ")).toList();
            assertEquals(1, errors.size(), "exactly one ERROR line:\n" + monitor.output());
            assertTrue(errors.get(0).contains("application.properties line " + line + ", setting " + PO_FOLDER + ": 'D:\\ClickHome\\PO In' "
                    + "would be read as 'D:ClickHomePO In'") && errors.get(0).contains("D:/ClickHome/PO In"), errors.get(0));
        }
    }

    @Test
    void aFolderWithNonAsciiLettersSavedAsUtf8IsTheFolderWatched() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Intégration partagée").resolve("PO In"));
        Path home = home(PO_FOLDER + " = " + folder.toString().replace('\\', '/'));
        Map<String, String> env = environment(home);
        env.put("MONITOR_DROPFOLDERS_ENABLED", "true");
        for (String other : List.of("PO_ACK", "SUPPLIER", "JOB")) {
            env.put("MONITOR_DROPFOLDERS_" + other + "_ENABLED", "false");
        }
        try (ChildMonitor monitor = ChildMonitor.start(dir, env)) {
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + env.get("CAMEL_SERVER_PORT") + "/observe/health?data=true"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:child-secret".getBytes(StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(10)).build();
            HttpClient http = HttpClient.newHttpClient();
            await("health on the child's port").atMost(START).ignoreExceptions()
                    .until(() -> http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() > 0);
            String body = http.send(health, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            assertTrue(body.contains("{\"name\":\"dropfolder-po\",\"status\":\"UP\""), "the folder read as UTF-8 exists: " + body);
        }
    }

    private Map<String, String> environment(Path home) throws Exception {
        Map<String, String> env = ChildMonitor.quietEnvironment(dir, "child-secret");
        env.put("MONITOR_HOME", home.toString());
        return env;
    }

    /** A copy of config/ with one line of application.properties as the IT person wrote it, and the project's routes. */
    private Path home(String setting) throws Exception {
        Path home = dir.resolve("home");
        try (Stream<Path> files = Files.walk(Path.of("config"))) {
            for (Path f : files.toList()) {
                Path to = home.resolve(f.toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Files.createSymbolicLink(home.resolve("routes"), Path.of("routes").toAbsolutePath());
        Path file = home.resolve("config/application.properties");
        String key = setting.substring(0, setting.indexOf(' '));
        List<String> lines = Files.readAllLines(file).stream().map(l -> l.startsWith(key + " ") ? setting : l).toList();
        Files.write(file, lines, StandardCharsets.UTF_8);
        return home;
    }

    private static int lineOf(Path home, String key) throws Exception {
        List<String> lines = Files.readAllLines(home.resolve("config/application.properties"), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + " ")) {
                return i + 1;
            }
        }
        throw new AssertionError(key + " not in the file");
    }
}
