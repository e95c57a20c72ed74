package au.chim.finding;

/**
 * Bounds and cleans text that comes from outside (ClickHome rows, files, bounce emails) before it
 * is stored or shown. Escaping for HTML happens in the templates; this only removes what no
 * channel should carry: control characters and unbounded length.
 */
public final class Text {
    public static final int SUMMARY_MAX = 300;
    public static final int DETAIL_MAX = 2000;
    public static final int EVIDENCE_MAX = 4000;

    private Text() {
    }

    /** One line: CR, LF, tabs and other control characters become single spaces; clipped to max. */
    public static String oneLine(String s, int max) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), max + 1));
        boolean space = false;
        for (int i = 0; i < s.length() && b.length() <= max; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.isWhitespace(c)) {
                if (!space && b.length() > 0) {
                    b.append(' ');
                }
                space = true;
            } else {
                b.append(c);
                space = false;
            }
        }
        return clip(b.toString().strip(), max);
    }

    /** Keeps line breaks and tabs, drops other control characters, clips with an ellipsis. */
    public static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), max));
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                b.append(c);
            } else if (c == '\r') {
                continue;
            }
        }
        if (b.length() <= max) {
            return b.toString();
        }
        int end = max - 1;
        if (Character.isHighSurrogate(b.charAt(end - 1))) {
            end--;
        }
        return b.substring(0, end) + "…";
    }
}
