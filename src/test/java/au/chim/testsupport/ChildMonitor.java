package au.chim.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The monitor as a service manager runs it: its own JVM (MonitorApp.main, this test run's class path), settings
 * only from the files and the environment given here. What it prints goes to a file the test reads.
 */
public final class ChildMonitor implements AutoCloseable {
    private final Process process;
    private final Path output;

    private ChildMonitor(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /**
     * Environment for a quiet instance on free ports: in-memory databases, no demo, no drop folders or mailbox,
     * one admin from a users file in {@code dir}. Callers add or replace variables.
     */
    public static Map<String, String> quietEnvironment(Path dir, String adminPassword) throws IOException {
        Path users = dir.resolve("users.properties");
        Files.writeString(users, "admin = {env:CHILD_ADMIN_PASSWORD}, admin\n");
        String id = UUID.randomUUID().toString().substring(0, 8);
        int http = TestMail.freePort();
        return new java.util.HashMap<>(Map.ofEntries(
                Map.entry("CHILD_ADMIN_PASSWORD", adminPassword),
                Map.entry("MONITOR_DEMO_ENABLED", "false"),
                Map.entry("MONITOR_DASHBOARD_DEMO", "false"),
                Map.entry("MONITOR_DASHBOARD_ENABLED", "false"),
                Map.entry("MONITOR_DASHBOARD_USERS_FILE", users.toString()),
                Map.entry("MONITOR_DROPFOLDERS_ENABLED", "false"),
                Map.entry("MONITOR_DETECT_BOUNCES_ENABLED", "false"),
                Map.entry("MONITOR_DETECT_FAXMAKER_ENABLED", "false"),
                Map.entry("MONITOR_DETECT_DOCUMENT_BACKUP_ENABLED", "false"),
                Map.entry("MONITOR_CLICKHOME_URL", "jdbc:h2:mem:ch-" + id + ";MODE=MSSQLServer;DB_CLOSE_DELAY=-1"),
                Map.entry("MONITOR_STORE_URL", "jdbc:h2:mem:store-" + id + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;DB_CLOSE_DELAY=-1"),
                Map.entry("MONITOR_SMTP_PORT", String.valueOf(TestMail.freePort())),
                Map.entry("CAMEL_SERVER_PORT", String.valueOf(http)),
                Map.entry("CAMEL_MANAGEMENT_PORT", String.valueOf(http))));
    }

    public static ChildMonitor start(Path dir, Map<String, String> environment) throws IOException {
        Path output = dir.resolve("monitor-" + UUID.randomUUID() + ".log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "au.chim.MonitorApp"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("MONITOR_") || k.startsWith("CAMEL_"));
        pb.environment().putAll(environment);
        return new ChildMonitor(pb.start(), output);
    }

    public Process process() {
        return process;
    }

    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
