package au.chim.notify.render;

import au.chim.routing.Recipient;
import java.util.List;

/**
 * One recipient's digest, every line already in their time zone.
 *
 * @param date            the digest's day as the builder reads it ("Mon 23 Nov 2026")
 * @param newItems        opened since the last digest and still open
 * @param stillOpen       open before the last digest and still open (oldest first)
 * @param resolved        resolved since the last digest
 * @param countsByCategory open issues per category, largest first
 * @param today           open, not acknowledged or snoozed: what needs the reader today, worst first
 * @param trends          the week and the month in numbers, and the chart
 */
public record DigestView(Recipient to, String date, String since, List<ItemView> newItems, List<ItemView> stillOpen,
                         List<ItemView> resolved, List<CategoryCount> countsByCategory, List<ItemView> today,
                         DigestTrends trends) {
    public record CategoryCount(String category, int open) {
    }

    public int openCount() {
        return newItems.size() + stillOpen.size();
    }

    /** Nothing open: the digest says so explicitly, so silence never means "monitor dead". */
    public boolean allClear() {
        return openCount() == 0;
    }
}
