package au.chim.detect.bounce;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a mail is a delivery failure or a complaint report at all, and which mail-system family wrote it (for the
 * report's style, so a person sees where its wording came from). A mail that has these signs but cannot be read is
 * unparsed, never ignored.
 */
final class BounceSigns {
    private static final Pattern FROM = Pattern.compile("(?i)mailer-daemon|post_?master|mail ?delivery|microsoftexchange|"
            + "\\bmail ?(administrator|system|subsystem)|\\bbounces?[@+-]|no-?reply.*(notification|bounce)|\\bmmta\\b|\\bmdaemon\\b|"
            + "delivery[- ]?(status|notification|system)|<>\\s*$|^\\s*<?>?\\s*$");
    private static final Pattern SUBJECT = Pattern.compile("(?i)undeliver|undelivered|delivery (status notification|failure|has failed|"
            + "failed|report|problem|notification|error|delayed|incomplete)|mail delivery failed|failure notice|returned mail|"
            + "could not be delivered|non[- ]?delivery|warning: message .* delayed|not delivered|delivery status|mail (system )?error|"
            + "rejected|returned to sender|mail failure|nondeliverable|message status|problem delivering|unable to deliver|"
            + "delivery notification|mail could not|error sending|failed delivery|permanent error");
    private static final Pattern TEXT = Pattern.compile("(?i)could not be delivered|undeliverable|delivery (has )?failed|permanent (fatal )?"
            + "error|transcript of session|was not delivered|delivery to the following|following address(?:\\(es\\))? failed|"
            + "unable to deliver|did not reach|this is the mail system|mail delivery software|delivery status notification|"
            + "returned to you|error delivering|failed to deliver|couldn't be delivered|has been delayed|not been delivered");
    private static final Pattern JSON_BOUNCE = Pattern.compile("\\\\?\"(?:notificationType|eventType|bounceType)\\\\?\"\\s*:\\s*\\\\?\"(?:Bounce|Permanent|Transient)");
    private static final Pattern COMPLAINT_SUBJECT = Pattern.compile("(?i)^\\s*(complaint about message|abuse report|spam complaint)");
    private static final Pattern FEEDBACK = Pattern.compile("(?im)^feedback-type:\\s*\\S");

    private BounceSigns() {
    }

    static boolean looksLikeBounce(MailView v) {
        if (FROM.matcher(v.from).find() || SUBJECT.matcher(v.subject).find() || v.header("X-Failed-Recipients") != null
                || !v.dsn.isEmpty() || "delivery-status".equalsIgnoreCase(v.reportType)
                || JSON_BOUNCE.matcher(v.text).find()) {
            return true;
        }
        CharSequence head = v.text.length() > 8192 ? v.text.subSequence(0, 8192) : v.text;
        return TEXT.matcher(head).find();
    }

    /** An abuse/complaint report: RFC 5965 (ARF) or a provider's own complaint notice. */
    static boolean isFeedback(MailView v) {
        return "feedback-report".equalsIgnoreCase(v.reportType) || COMPLAINT_SUBJECT.matcher(v.subject).find() || !v.feedback.isEmpty()
                || FeedbackReports.isUnsubscribe(v)
                || FEEDBACK.matcher(v.text).find() || v.text.indexOf("\"complaintFeedbackType\"") >= 0
                || v.text.indexOf("\"notificationType\":\"Complaint\"") >= 0;
    }

    /** The family of the mail system that wrote the bounce: exchange, gmail, postfix, exim, qmail, sendmail, ... */
    static String family(MailView v, String mta) {
        String m = mta == null ? "" : mta.toLowerCase(Locale.ROOT);
        String t = v.textLower();
        if (m.contains("outlook.com") || m.contains("exchange") || v.header("X-MS-Exchange-Message-Is-Ndr") != null
                || t.contains("delivery has failed to these recipients") || t.contains("did not reach the following recipient")) {
            return "exchange";
        }
        if (m.contains("google") || v.from.toLowerCase(Locale.ROOT).contains("googlemail") || t.contains("delivery to the following recipient")) {
            return "gmail";
        }
        if (t.contains("qmail-send program") || t.contains("hi. this is the qmail")) {
            return "qmail";
        }
        if (v.header("X-Postfix-Queue-ID") != null || t.contains("this is the mail system at")) {
            return "postfix";
        }
        if (v.header("X-Failed-Recipients") != null || t.contains("mail delivery software")) {
            return "exim";
        }
        if (FmlNotices.isFml(v)) {
            return "fml";
        }
        if (t.contains("transcript of session")) {
            return "sendmail";
        }
        return "generic";
    }
}
