package au.chim.bench;

import au.chim.testsupport.TestMail;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's demo command as a service runs it (its own JVM, the pom's {@code monitor.jvm.args}, the packaged
 * jar): time from JVM launch to every stage of the start, CPU seconds spent until ready, and resident memory
 * after a while. Printed, never asserted. Needs {@code ./mvnw package} first (the jar and the console).
 * Run: ./mvnw -Pbenchmark -DskipTests package && ./mvnw -Pbenchmark test -Dtest=StartupBenchmark [-Dbench.rss-after=600]
 */
class StartupBenchmark {
    /** Log lines that close a stage of the start, in the order they appear. */
    private static final Map<String, String> STAGES = new LinkedHashMap<>();

    static {
        STAGES.put("Camel main running (JVM start, class loading)", "MainSupport - Apache Camel (Main)");
        STAGES.put("monitor store migrated", "monitor store ready in");
        STAGES.put("demo data loaded (ClickHome H2, GreenMail)", "demo ClickHome data loaded");
        STAGES.put("context configured (routes read)", "AbstractCamelContext - Apache Camel 4.18.0 (clickhome-monitor) is starting");
        STAGES.put("HTTP server listening", "Vert.x HttpServer started");
        STAGES.put("Hawtio console up", "HawtioServer - Hawtio console on");
        STAGES.put("routes started (ready)", ") started in ");
    }

    @Test
    void demoStartupStagesAndMemory() throws Exception {
        int runs = Integer.getInteger("bench.runs", 5);
        long rssAfter = Long.getLong("bench.rss-after", 60);
        List<Long> ready = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            boolean last = run == runs;
            ready.add(startOnce(run, last ? rssAfter : 0));
        }
        List<Long> sorted = ready.stream().sorted().toList();
        System.out.printf("BENCH demo JVM launch -> ready over %d starts: median %d ms (min %d, max %d)%n",
                runs, sorted.get(runs / 2), sorted.get(0), sorted.get(runs - 1));
    }

    private long startOnce(int run, long rssAfterSeconds) throws Exception {
        Path work = Files.createTempDirectory("bench-start");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(System.getProperty("monitor.jvm.args", "").trim().split("\\s+")));
        cmd.addAll(List.of("-jar", jar().toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd.stream().filter(a -> !a.isEmpty()).toList()).redirectErrorStream(true);
        int http = TestMail.freePort();
        pb.environment().putAll(Map.of("CAMEL_SERVER_PORT", "" + http, "CAMEL_MANAGEMENT_PORT", "" + http,
                "MONITOR_DASHBOARD_PORT", "" + TestMail.freePort(), "MONITOR_DEMO_SMTP_PORT", "" + TestMail.freePort(),
                "MONITOR_DEMO_IMAP_PORT", "" + TestMail.freePort(), "MONITOR_DEMO_DROP_ROOT", work.resolve("drops").toString(),
                "MONITOR_STORE_URL", "jdbc:h2:file:" + work.resolve("store") + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
                "MONITOR_DASHBOARD_WORK_DIR", work.resolve("hawtio").toString(),
                "MALLOC_ARENA_MAX", System.getProperty("monitor.malloc-arena-max", "2")));
        long launchedNanos = System.nanoTime();
        LocalTime launched = LocalTime.now();
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Map<String, Long> seen = new LinkedHashMap<>();
        long readyMs = -1;
        try {
            String line;
            while ((line = out.readLine()) != null && readyMs < 0) {
                for (Map.Entry<String, String> stage : STAGES.entrySet()) {
                    if (!seen.containsKey(stage.getKey()) && line.contains(stage.getValue()) && line.length() > 12) {
                        seen.put(stage.getKey(), Duration.between(launched, LocalTime.parse(line.substring(0, 12))).toMillis());
                    }
                }
                if (line.contains(STAGES.get("routes started (ready)"))) {
                    readyMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launchedNanos);
                }
            }
            double cpu = cpuSeconds(p.pid());
            Thread drain = new Thread(() -> {
                try {
                    out.lines().forEach(l -> { });
                } catch (java.io.UncheckedIOException closedWhenTheMonitorStops) {
                    // the stream ends with the process
                }
            });
            drain.setDaemon(true);
            drain.start();
            StringBuilder stages = new StringBuilder();
            long previous = 0;
            for (Map.Entry<String, Long> e : seen.entrySet()) {
                stages.append(String.format("%n      %-48s at %5d ms (+%d)", e.getKey(), e.getValue(), e.getValue() - previous));
                previous = e.getValue();
            }
            System.out.printf("BENCH start %d: JVM launch -> ready %d ms, %.2f CPU s until ready%s%n", run, readyMs, cpu, stages);
            if (rssAfterSeconds > 0) {
                TimeUnit.SECONDS.sleep(rssAfterSeconds);
                System.out.printf("BENCH demo resident memory after %d s: %s%n", rssAfterSeconds, rss(p.pid()));
            }
            return readyMs;
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Path jar() throws Exception {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("clickhome-integration-monitor-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("run ./mvnw -DskipTests package first: no jar in target/"));
        }
    }

    /** utime + stime of the process, in clock ticks of 1/100 s (Linux). */
    private static double cpuSeconds(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    private static String rss(long pid) throws Exception {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .findFirst().orElse("VmRSS: n/a").replaceAll("\\s+", " ");
    }
}
