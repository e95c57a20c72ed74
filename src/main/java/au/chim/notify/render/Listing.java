package au.chim.notify.render;

import java.util.List;

/** A section of an email: the first items shown, and how many more there are (in the CSV attachment). */
public record Listing(List<ItemView> items, int total, int hidden) {
    public static Listing of(List<ItemView> all, int max) {
        List<ItemView> shown = all.size() <= max ? all : all.subList(0, max);
        return new Listing(List.copyOf(shown), all.size(), all.size() - shown.size());
    }

    /** How many are listed in the body. */
    public int shown() {
        return items.size();
    }

    public boolean any() {
        return total > 0;
    }
}
