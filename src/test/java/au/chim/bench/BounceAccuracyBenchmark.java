package au.chim.bench;

import au.chim.detect.bounce.BounceClassifier;
import au.chim.detect.bounce.BounceReport;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Scores the bounce classifier on a labelled corpus of real bounces (labels.tsv + emails/, see the corpus README):
 * accuracy per field, per mail system and per reason, the confusion of routing groups, every disagreement, and
 * mails per second on one thread. The corpus is third-party data: it is read from the folder given, never copied.
 * Run: ./mvnw -Pbenchmark test -Dtest=BounceAccuracyBenchmark -Dbounce.corpus=/work/shared/corpora/bounces-sisimai
 */
class BounceAccuracyBenchmark {
    private static final int TIMING_PASSES = 5;

    @Test
    void accuracyOnTheLabelledCorpus() throws Exception {
        Path corpus = Path.of(System.getProperty("bounce.corpus", "../shared/corpora/bounces-sisimai"));
        if (!Files.isRegularFile(corpus.resolve("labels.tsv"))) {
            System.out.println("BENCH bounce-accuracy skipped: no labels.tsv in " + corpus.toAbsolutePath() + " (set -Dbounce.corpus=...)");
            return;
        }
        BounceClassifier classifier = new BounceClassifier();
        Map<String, List<BounceLabels.Row>> labels = BounceLabels.read(corpus);
        Map<String, byte[]> mails = new LinkedHashMap<>();
        for (String f : labels.keySet()) {
            mails.put(f, Files.readAllBytes(corpus.resolve("emails").resolve(f)));
        }
        Tally fields = new Tally();
        Map<String, Tally> systems = new TreeMap<>();
        Map<String, Tally> reasons = new TreeMap<>();
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<String, List<BounceLabels.Row>> e : labels.entrySet()) {
            List<BounceReport> reports = classifier.classifyEach(mails.get(e.getKey()));
            for (int i = 0; i < e.getValue().size(); i++) {
                BounceLabels.Row row = e.getValue().get(i);
                BounceReport r = match(row, reports, i);
                Score s = score(row, r);
                for (Tally t : List.of(fields, systems.computeIfAbsent(row.system(), k -> new Tally()),
                        reasons.computeIfAbsent(row.reason(), k -> new Tally()))) {
                    t.add(s);
                }
                confusion.computeIfAbsent(BounceLabels.reason(row.reason()).group().name(), k -> new TreeMap<>())
                        .merge(BounceLabels.group(r), 1, Integer::sum);
                if (!s.all()) {
                    disagreements.add(row.file() + " label[" + row.recipient() + " " + row.status() + " " + row.reason() + " " + row.klass()
                            + "] got[" + r.failedRecipient() + " " + r.statusCode() + " " + r.reason() + " " + BounceLabels.klass(r)
                            + " " + r.style() + "] " + Objects.toString(r.diagnostic(), "").replaceAll("(.{0,110}).*", "$1"));
                }
            }
        }
        System.out.println("BENCH bounce-accuracy corpus=" + corpus.toAbsolutePath().normalize() + " emails=" + mails.size()
                + " rows=" + fields.rows);
        System.out.println("BENCH bounce-accuracy fields " + fields.line());
        System.out.println("BENCH bounce-accuracy per mail system (rows, most first):");
        systems.entrySet().stream().sorted((a, b) -> b.getValue().rows - a.getValue().rows)
                .forEach(s -> System.out.printf("  %-24s %s%n", s.getKey(), s.getValue().line()));
        System.out.println("BENCH bounce-accuracy per labelled reason:");
        reasons.forEach((k, t) -> System.out.printf("  %-16s %s%n", k, t.line()));
        System.out.println("BENCH bounce-accuracy routing-group confusion (label group -> our group: rows):");
        confusion.forEach((k, m) -> System.out.printf("  %-15s %s%n", k, m));
        System.out.println("BENCH bounce-accuracy disagreements (" + disagreements.size() + "):");
        disagreements.forEach(d -> System.out.println("  " + d));
        throughput(classifier, new ArrayList<>(mails.values()));
    }

    /** Rows of one mail are matched to its reports by recipient; a mail with one row takes its first report. */
    private static BounceReport match(BounceLabels.Row row, List<BounceReport> reports, int index) {
        for (BounceReport r : reports) {
            if (row.recipient().equalsIgnoreCase(Objects.toString(r.failedRecipient(), ""))) {
                return r;
            }
        }
        return reports.get(Math.min(index, reports.size() - 1));
    }

    private static Score score(BounceLabels.Row row, BounceReport r) {
        boolean recipient = row.recipient().isEmpty() ? r.failedRecipient() == null
                : row.recipient().equalsIgnoreCase(Objects.toString(r.failedRecipient(), ""));
        Boolean klass = row.klass().isEmpty() ? null : row.klass().equals(BounceLabels.klass(r));
        Boolean status = row.status().isEmpty() ? null : row.status().equals(r.statusCode());
        boolean reason = r.reason() == BounceLabels.reason(row.reason());
        boolean group = r.reason() != null && r.reason().group() == BounceLabels.reason(row.reason()).group();
        return new Score(recipient, reason, group, klass, status);
    }

    private static void throughput(BounceClassifier classifier, List<byte[]> mails) {
        mails.forEach(classifier::classifyEach); // warm-up: JIT, regex compilation, phrase tables
        // CPU time of this one thread = seconds on one core, whatever else the shared machine runs; wall time beside it
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int p = 0; p < TIMING_PASSES; p++) {
            mails.forEach(classifier::classifyEach);
        }
        double sec = (System.nanoTime() - t0) / 1e9;
        double cpuSec = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
        long bytes = mails.stream().mapToLong(m -> m.length).sum();
        int n = mails.size() * TIMING_PASSES;
        System.out.printf("BENCH bounce-accuracy speed: %.0f mails/s per CPU-second on one core (%d mails x %d passes, %.2f s CPU,"
                + " %.1f MB/s); wall %.2f s = %.0f mails/s at this load%n", n / cpuSec, mails.size(), TIMING_PASSES, cpuSec,
                bytes * TIMING_PASSES / cpuSec / 1e6, sec, n / sec);
    }

    private record Score(boolean recipient, boolean reason, boolean group, Boolean klass, Boolean status) {
        boolean all() {
            return recipient && reason && !Boolean.FALSE.equals(klass) && !Boolean.FALSE.equals(status);
        }
    }

    /** Right/total per field; class and status count only rows that have a label for them. */
    private static final class Tally {
        int rows;
        int recipient;
        int reason;
        int group;
        int klass;
        int klassRows;
        int status;
        int statusRows;
        int goal;
        int goalRows;

        void add(Score s) {
            rows++;
            recipient += s.recipient() ? 1 : 0;
            reason += s.reason() ? 1 : 0;
            group += s.group() ? 1 : 0;
            if (s.klass() != null) {
                klassRows++;
                klass += s.klass() ? 1 : 0;
                goalRows++;
                goal += s.klass() && s.recipient() ? 1 : 0;
            }
            if (s.status() != null) {
                statusRows++;
                status += s.status() ? 1 : 0;
            }
        }

        String line() {
            return String.format("rows=%d class+recipient=%s recipient=%s reason=%s group=%s class=%s status=%s",
                    rows, pct(goal, goalRows), pct(recipient, rows), pct(reason, rows), pct(group, rows), pct(klass, klassRows),
                    pct(status, statusRows));
        }

        private static String pct(int right, int total) {
            return total == 0 ? "-" : right + "/" + total + String.format(" (%.1f%%)", 100.0 * right / total);
        }
    }
}
