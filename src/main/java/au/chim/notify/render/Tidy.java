package au.chim.notify.render;

import java.util.regex.Pattern;

/**
 * Mends the slips that templated text shows when a column is empty: "Call-up Call-up", "status ;",
 * "rejected .", "()" and doubled spaces. Applied to every sentence built from ClickHome data before it is shown.
 */
public final class Tidy {
    private static final Pattern DOUBLED = Pattern.compile("(?i)\\b([\\p{L}\\d][\\p{L}\\d'-]*)(\\s+\\1\\b)+");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*[,;:]?\\s*\\)");
    private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile("\\s+([.,;:!?)])");
    private static final Pattern REPEATED_PUNCT = Pattern.compile("([,;:])\\s*[,;:.]");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
    private static final Pattern DANGLING_END = Pattern.compile("[\\s,;:]+$");

    private Tidy() {
    }

    public static String text(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = SPACES.matcher(s).replaceAll(" ");
        t = EMPTY_BRACKETS.matcher(t).replaceAll("");
        t = DOUBLED.matcher(t).replaceAll("$1");
        t = SPACES.matcher(t).replaceAll(" ");
        t = SPACE_BEFORE_PUNCT.matcher(t).replaceAll("$1");
        t = REPEATED_PUNCT.matcher(t).replaceAll(".");
        t = DANGLING_END.matcher(t.strip()).replaceAll("");
        return t.isEmpty() ? null : t;
    }
}
