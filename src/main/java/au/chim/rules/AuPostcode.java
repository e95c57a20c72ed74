package au.chim.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Is a postcode plausible for an Australian state? Ranges from the domain brief 8.1 (4 digits, per state). */
public final class AuPostcode {
    public static final Set<String> STATES = Set.of("NSW", "VIC", "QLD", "SA", "WA", "TAS", "NT", "ACT");

    private record Range(int from, int to) {
        boolean contains(int p) {
            return p >= from && p <= to;
        }
    }

    private static final Map<String, List<Range>> RANGES = Map.of(
            "NSW", List.of(new Range(1000, 2599), new Range(2619, 2899), new Range(2921, 2999)),
            "ACT", List.of(new Range(200, 299), new Range(2600, 2618), new Range(2900, 2920)),
            "VIC", List.of(new Range(3000, 3999), new Range(8000, 8999)),
            "QLD", List.of(new Range(4000, 4999), new Range(9000, 9999)),
            "SA", List.of(new Range(5000, 5999)),
            "WA", List.of(new Range(6000, 6999)),
            "TAS", List.of(new Range(7000, 7999)),
            "NT", List.of(new Range(800, 999)));

    private AuPostcode() {
    }

    /** Upper-cased, trimmed state code when it is one of the eight, else null. */
    public static String state(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().toUpperCase(Locale.ROOT);
        return STATES.contains(s) ? s : null;
    }

    /** True when postcode is exactly 4 ASCII digits inside one of the state's ranges; an unknown state is never plausible. */
    public static boolean plausible(String state, String postcode) {
        String st = state(state);
        if (st == null || postcode == null) {
            return false;
        }
        String pc = postcode.strip();
        if (pc.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (pc.charAt(i) < '0' || pc.charAt(i) > '9') {
                return false;
            }
        }
        int p = Integer.parseInt(pc);
        return RANGES.get(st).stream().anyMatch(r -> r.contains(p));
    }
}
