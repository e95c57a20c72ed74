package au.chim.detect.bounce;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Message-ID handling: ClickHome may store ids with or without angle brackets, so compare them bare. */
final class MessageIds {
    private static final Pattern ID = Pattern.compile("<([^<>\\s]{3,250})>");

    private MessageIds() {
    }

    /** {@code <abc@host>} or {@code abc@host} to {@code abc@host}; null for blank or absurd values. */
    static String bare(String id) {
        if (id == null) {
            return null;
        }
        String s = id.strip();
        Matcher m = ID.matcher(s);
        if (m.find()) {
            s = m.group(1);
        }
        if (s.isEmpty() || s.length() > 250 || s.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>')) {
            return null;
        }
        return s;
    }
}
