package au.chim.detect.bounce;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Enhanced status codes (RFC 3463) and the hard/soft decision every bounce style shares. */
final class SmtpStatus {
    private static final Pattern ENHANCED = Pattern.compile("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.])");
    private static final Pattern BASIC = Pattern.compile("(?<![\\d.])([45])\\d\\d(?=[ \\-])");
    private static final Pattern MAILBOX_FULL = Pattern.compile(
            "(?i)mailbox (is )?full|over ?quota|quota exceeded|insufficient (system )?storage|mailbox size limit");

    private SmtpStatus() {
    }

    /** First enhanced code in the text ("550-5.1.1" gives 5.1.1); else 5.0.0 / 4.0.0 from a basic reply code. */
    static String find(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ENHANCED.matcher(text);
        if (m.find()) {
            return m.group(1) + "." + m.group(2) + "." + m.group(3);
        }
        Matcher b = BASIC.matcher(text);
        return b.find() ? b.group(1) + ".0.0" : null;
    }

    /**
     * Failed delivery: mailbox full (x.2.2, or said in words) is soft even with a 5 class because it clears
     * when the trade empties the box; other 5.x.x are hard; 4.x.x given up are soft.
     */
    static BounceKind failedKind(String status, String diagnostic) {
        if (status != null && status.matches("[45]\\.2\\.2")) {
            return BounceKind.SOFT_BOUNCE;
        }
        if (diagnostic != null && MAILBOX_FULL.matcher(diagnostic).find()) {
            return BounceKind.SOFT_BOUNCE;
        }
        if (status != null && status.startsWith("4")) {
            return BounceKind.SOFT_BOUNCE;
        }
        return BounceKind.HARD_BOUNCE;
    }
}
