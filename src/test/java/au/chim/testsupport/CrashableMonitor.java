package au.chim.testsupport;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

/**
 * The real monitor in a JVM of its own (this test run's classpath), so a test can kill it with kill -9
 * ({@link Process#destroyForcibly()}) at the worst moment and start it again on the same store.
 * Its log goes to a file beside the properties, so a failing test can show what the child did.
 */
public final class CrashableMonitor implements AutoCloseable {
    private final Process process;
    private final Properties properties;
    private final Path log;
    private final HttpClient http = HttpClient.newHttpClient();

    private CrashableMonitor(Process process, Properties properties, Path log) {
        this.process = process;
        this.properties = properties;
        this.log = log;
    }

    /** Starts {@link CrashableMonitorMain} with these settings (written to a file in dir). */
    public static CrashableMonitor start(Properties properties, Path dir, String name) throws IOException {
        Path settings = dir.resolve(name + ".properties");
        try (Writer w = Files.newBufferedWriter(settings)) {
            properties.store(w, "child monitor " + name);
        }
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), CrashableMonitorMain.class.getName(), settings.toString()));
        Process p = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new CrashableMonitor(p, properties, log);
    }

    /** kill -9: no shutdown hook, no pool close, no last commit. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** GET on the child's HTTP server as the viewer; the body, or null while it does not answer. */
    public String get(String path) {
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + properties.getProperty("camel.server.port") + path))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("viewer:" + TestMonitor.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .build();
            return http.send(r, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** HTTP status of /observe/health (200 UP, 503 DOWN), or -1 while it does not answer. */
    public int health() {
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + properties.getProperty("camel.server.port") + "/observe/health"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("viewer:" + TestMonitor.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .build();
            return http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** A graceful stop (SIGTERM: Camel's shutdown hook runs). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
