package au.chim.detect.bounce;

import java.util.Locale;
import java.util.regex.Pattern;

/** RFC 3834 automatic responses and the common vendor signs of an out-of-office reply. */
final class AutoReplies {
    private static final Pattern SUBJECT = Pattern.compile("(?i)^\\s*(automatic reply|auto(matic)?[- ]?(reply|response)|auto:|"
            + "out of (the )?office|ooo\\b|abwesend|r[ée]ponse automatique|away from (the )?office|on (annual )?leave)");

    private AutoReplies() {
    }

    static boolean isAutoReply(MailView v) {
        String auto = v.header("Auto-Submitted");
        if (auto != null && !auto.toLowerCase(Locale.ROOT).startsWith("no")) {
            return true;
        }
        if (v.header("X-Autoreply") != null || v.header("X-Autorespond") != null || v.header("X-Auto-Reply") != null) {
            return true;
        }
        String precedence = v.header("Precedence");
        if (precedence != null && precedence.toLowerCase(Locale.ROOT).matches("\\s*(auto_reply|bulk|junk).*")) {
            return true;
        }
        // Disposition notifications (read receipts) are automatic too
        return "disposition-notification".equalsIgnoreCase(v.reportType) || SUBJECT.matcher(v.subject).find();
    }
}
