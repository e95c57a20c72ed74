package au.chim.detect.bounce;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The bounce corpus in src/test/resources/bounces and its expected values (expected.csv). */
final class BounceCorpus {

    record Case(String file, BounceKind kind, String recipient, String status, String originalMessageId,
                String fax, String jobId, BounceReason reason) {
        @Override
        public String toString() {
            return file;
        }

        /** Differences between the expectation and what the classifier said; empty when it matches. */
        List<String> mismatches(BounceReport r) {
            List<String> out = new ArrayList<>();
            check(out, "kind", kind, r.kind());
            check(out, "recipient", recipient, r.failedRecipient());
            check(out, "status", status, r.statusCode());
            check(out, "originalMessageId", originalMessageId, r.originalMessageId());
            check(out, "fax", fax, r.faxNumberE164());
            check(out, "jobId", jobId, r.faxJobId());
            check(out, "reason", reason, r.reason());
            return out;
        }

        private static void check(List<String> out, String what, Object expected, Object actual) {
            if (!Objects.equals(expected, actual)) {
                out.add(what + ": expected " + expected + " but was " + actual);
            }
        }
    }

    private BounceCorpus() {
    }

    static List<Case> cases() throws IOException {
        try (Reader r = new InputStreamReader(resource("expected.csv"), StandardCharsets.UTF_8)) {
            List<Case> cases = new ArrayList<>();
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                cases.add(new Case(rec.get("file"), BounceKind.valueOf(rec.get("kind")), blank(rec.get("recipient")),
                        blank(rec.get("status")), blank(rec.get("originalMessageId")), blank(rec.get("fax")), blank(rec.get("jobId")),
                        blank(rec.get("reason")) == null ? null : BounceReason.valueOf(rec.get("reason").strip())));
            }
            return cases;
        }
    }

    /** bounces/route-issues.csv: the issue fingerprint each sample mail leads to through the route. */
    static Map<String, String> routeIssues() {
        Map<String, String> out = new java.util.HashMap<>();
        try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(resource("route-issues.csv"),
                java.nio.charset.StandardCharsets.UTF_8))) {
            in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> out.put(l.substring(0, l.indexOf(',')),
                    l.substring(l.indexOf(',') + 1)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    static byte[] bytes(String file) throws IOException {
        try (InputStream in = resource(file)) {
            return in.readAllBytes();
        }
    }

    static InputStream resource(String file) {
        InputStream in = BounceCorpus.class.getResourceAsStream("/bounces/" + file);
        if (in == null) {
            throw new IllegalStateException("missing corpus file bounces/" + file);
        }
        return in;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
