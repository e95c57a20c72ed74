package au.chim.digest;

import au.chim.notify.render.DigestTrends;
import au.chim.register.Issue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Computes a reader's {@link DigestTrends} from the issues routed to them (open, and resolved over the last 30 days). */
final class TrendsOf {
    static final int CHART_DAYS = 14;
    static final Duration CHRONIC_WINDOW = Duration.ofDays(30);
    static final int OFFENDERS = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.forLanguageTag("en-AU"));

    private TrendsOf() {
    }

    static DigestTrends of(Collection<Issue> issues, Instant now, ZoneId zone) {
        Instant weekAgo = now.minus(Duration.ofDays(7));
        Map<String, int[]> byCategory = new TreeMap<>();
        int newThisWeek = 0;
        int resolvedThisWeek = 0;
        for (Issue i : issues) {
            int[] c = byCategory.computeIfAbsent(i.category().id(), k -> new int[2]);
            c[0] += openAt(i, now) ? 1 : 0;
            c[1] += openAt(i, weekAgo) ? 1 : 0;
            newThisWeek += i.firstSeen().isAfter(weekAgo) ? 1 : 0;
            resolvedThisWeek += i.resolvedAt() != null && i.resolvedAt().isAfter(weekAgo) && !i.resolvedAt().isAfter(now) ? 1 : 0;
        }
        List<DigestTrends.CategoryTrend> categories = byCategory.entrySet().stream()
                .filter(e -> e.getValue()[0] + e.getValue()[1] > 0)
                .map(e -> new DigestTrends.CategoryTrend(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt(DigestTrends.CategoryTrend::open).reversed()).toList();
        List<String> days = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        LocalDate today = now.atZone(zone).toLocalDate();
        for (int back = CHART_DAYS - 1; back >= 0; back--) {
            LocalDate d = today.minusDays(back);
            Instant at = back == 0 ? now : d.plusDays(1).atStartOfDay(zone).toInstant();
            days.add(DAY.format(d));
            open.add((int) issues.stream().filter(i -> openAt(i, at)).count());
        }
        Instant chronicSince = now.minus(CHRONIC_WINDOW);
        List<Issue> recent = issues.stream().filter(i -> !i.lastSeen().isBefore(chronicSince)).toList();
        return new DigestTrends(categories, newThisWeek, resolvedThisWeek,
                offenders(recent, i -> i.context().get("supplierCode"), "supplier "),
                offenders(recent, i -> i.context().get("contractNo"), "job "), days, open);
    }

    static boolean openAt(Issue i, Instant t) {
        return !i.firstSeen().isAfter(t) && (i.resolvedAt() == null || i.resolvedAt().isAfter(t));
    }

    /** The keys with the most issues (two at least: one issue is no pattern), most first. */
    private static List<DigestTrends.Offender> offenders(List<Issue> issues, Function<Issue, String> key, String label) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Issue i : issues) {
            String k = i.context() == null ? null : key.apply(i);
            if (k != null && !k.isBlank()) {
                counts.merge(k.strip(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(OFFENDERS).map(e -> new DigestTrends.Offender(label + e.getKey(), e.getValue())).toList();
    }
}
