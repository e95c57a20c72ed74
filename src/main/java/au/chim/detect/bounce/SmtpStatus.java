package au.chim.detect.bounce;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Enhanced status codes (RFC 3463) and basic SMTP reply codes as they appear in a bounce's text. */
final class SmtpStatus {
    private static final Pattern ENHANCED = Pattern.compile("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.])");
    private static final Pattern BASIC = Pattern.compile("(?<![\\d.])([45])\\d\\d(?=[ \\-])");

    private SmtpStatus() {
    }

    /** First enhanced code in the text ("550-5.1.1" gives 5.1.1); else 5.0.0 / 4.0.0 from a basic reply code. */
    static String find(String text) {
        String e = enhanced(text);
        if (e != null || text == null) {
            return e;
        }
        Matcher b = BASIC.matcher(text);
        return b.find() ? b.group(1) + ".0.0" : null;
    }

    /** First failure code (4.x.x, 5.x.x) in the text, else its first success code (a transcript has both), or null. */
    static String enhanced(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ENHANCED.matcher(text);
        String success = null;
        while (m.find()) {
            String code = m.group(1) + "." + m.group(2) + "." + m.group(3);
            if (!code.startsWith("2")) {
                return code;
            }
            success = success == null ? code : success;
        }
        return success;
    }
}
