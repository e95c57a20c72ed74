package au.chim.notify.render;

import java.util.List;

/**
 * The digest's look back: per category open now against a week ago, new and resolved, the suppliers and jobs
 * with the most issues over 30 days, and open issues per day for 14 days (the chart).
 */
public record DigestTrends(List<CategoryTrend> categories, int newThisWeek, int resolvedThisWeek,
                           List<Offender> suppliers, List<Offender> jobs, List<String> days, List<Integer> openPerDay) {
    public record CategoryTrend(String category, int open, int weekAgo) {
        /** "+3", "-2" or "same": the change a reader scans for. */
        public String change() {
            int d = open - weekAgo;
            return d == 0 ? "same" : (d > 0 ? "+" : "") + d;
        }
    }

    /** A supplier or job and how many issues it had over the last 30 days. */
    public record Offender(String name, int issues) {
    }

    public static final DigestTrends NONE = new DigestTrends(List.of(), 0, 0, List.of(), List.of(), List.of(), List.of());

    public boolean hasChart() {
        return !openPerDay.isEmpty();
    }

    public boolean anyOffenders() {
        return !suppliers.isEmpty() || !jobs.isEmpty();
    }

    /** The chart's numbers in words, for mail clients that show no images and for screen readers. */
    public String chartText() {
        StringBuilder b = new StringBuilder("Open issues per day: ");
        for (int i = 0; i < days.size() && i < openPerDay.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(days.get(i)).append(' ').append(openPerDay.get(i));
        }
        return b.toString();
    }

    /** The same numbers in the form the mail composer reads back to draw the PNG at send time. */
    public String series() {
        return String.join(",", openPerDay.stream().map(String::valueOf).toList());
    }

    public String dayLabels() {
        return String.join(",", days);
    }
}
