package au.chim.detect.bounce;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounces without a machine-readable delivery-status part: legacy Exchange, old Gmail, Exim, qmail and
 * Postfix's plain-text form. Each style names where it lists the failed address and the remote reply.
 */
final class MtaHeuristics {
    private static final String ADDR = "[A-Za-z0-9._%+'=-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}";
    private static final Pattern BOUNCE_FROM = Pattern.compile("(?i)mailer-daemon|postmaster|mail delivery (system|subsystem)|microsoftexchange");
    private static final Pattern BOUNCE_SUBJECT = Pattern.compile("(?i)undeliver|delivery (status notification|failure|has failed)|"
            + "mail delivery failed|failure notice|returned mail|delivery failed|could not be delivered|non[- ]?delivery|"
            + "delivery (delayed|incomplete)|warning: message .* delayed|not delivered");
    private static final Pattern ORIGINAL_MARKER = Pattern.compile("(?im)^.*(below this line is a copy|this is a copy of the message|"
            + "original message|original message headers|----- ?(original|forwarded) message).*$");
    private static final Pattern ORIGINAL_ID = Pattern.compile("(?im)^\\s*Message-ID:\\s*(<[^<>\\s]+>)");
    private static final Pattern QMAIL_RCPT = Pattern.compile("(?m)^<(" + ADDR + ")>:\\s*$");
    private static final Pattern EXIM_FAILED = Pattern.compile("(?is)following address(?:\\(es\\))? failed:\\s*\\n\\s*<?(" + ADDR + ")>?");
    private static final Pattern GMAIL_RCPT = Pattern.compile("(?is)delivery to the following recipients? (failed permanently|has been delayed|failed temporarily):\\s*\\n\\s*(" + ADDR + ")");
    private static final Pattern GMAIL_ERROR = Pattern.compile("(?is)the error that the other server returned was:\\s*\\n\\s*([^\\n]+(?:\\n[^\\n]+){0,2})");
    private static final Pattern EXCHANGE_RCPT = Pattern.compile("(?is)(?:delivery has failed to these recipients or groups:|"
            + "the following recipient\\(s\\) (?:cannot|could not) be reached:|your message to|did not reach the following recipient\\(s\\):)\\s*(?:\\n\\s*)*['\"]?.{0,80}?(" + ADDR + ")");
    private static final Pattern EXCHANGE_REMOTE = Pattern.compile("(?i)(?:remote server returned|#)\\s*'?([45]\\d\\d[ -][45]\\.\\d{1,3}\\.\\d{1,3}[^'#\\n]*)");
    private static final Pattern POSTFIX_RCPT = Pattern.compile("(?im)^\\s*<(" + ADDR + ")>(?: \\(expanded from <[^>]*>\\))?:\\s*(.*(?:\\n[ \\t]+.*){0,4})");
    private static final Pattern SMTP_REPLY_LINE = Pattern.compile("(?m)^[^\\n]*\\b[45]\\d\\d[ -][^\\n]*$");

    private MtaHeuristics() {
    }

    static boolean looksLikeBounce(MailView v) {
        return BOUNCE_FROM.matcher(v.from).find() || BOUNCE_SUBJECT.matcher(v.subject).find()
                || v.header("X-Failed-Recipients") != null;
    }

    /** The report, or null when no failed address could be found. */
    static BounceReport parse(MailView v) {
        String all = v.text.toString();
        Matcher marker = ORIGINAL_MARKER.matcher(all);
        String head = marker.find() ? all.substring(0, marker.start()) : all;
        String tail = all.substring(head.length());
        String lower = head.toLowerCase(Locale.ROOT);
        String style;
        String rcpt;
        String diag;
        Matcher m;
        if (lower.contains("qmail-send program") && (m = QMAIL_RCPT.matcher(head)).find()) {
            style = "qmail";
            rcpt = m.group(1);
            diag = head.substring(m.end()).strip().split("\\n\\s*\\n", 2)[0];
        } else if ((m = GMAIL_RCPT.matcher(head)).find()) {
            style = "gmail";
            rcpt = m.group(2);
            Matcher e = GMAIL_ERROR.matcher(head);
            diag = e.find() ? e.group(1) : null;
            if (m.group(1).toLowerCase(Locale.ROOT).contains("delayed")) {
                return report(BounceKind.DELAYED, rcpt, diag, v, style, tail);
            }
        } else if (v.header("X-Failed-Recipients") != null || (m = EXIM_FAILED.matcher(head)).find()) {
            style = "exim";
            Matcher e = EXIM_FAILED.matcher(head);
            rcpt = v.header("X-Failed-Recipients") != null ? v.header("X-Failed-Recipients").split(",")[0].strip()
                    : (e.find() ? e.group(1) : null);
            diag = smtpReply(head);
            if (lower.contains("retry timeout exceeded") && diag == null) {
                diag = "retry timeout exceeded";
                return report(BounceKind.SOFT_BOUNCE, rcpt, diag, v, style, tail);
            }
        } else if ((m = EXCHANGE_RCPT.matcher(head)).find()) {
            style = "exchange";
            rcpt = m.group(1);
            Matcher r = EXCHANGE_REMOTE.matcher(head);
            diag = r.find() ? r.group(1) : smtpReply(head);
        } else if ((m = POSTFIX_RCPT.matcher(head)).find()) {
            style = lower.contains("this is the mail system") ? "postfix" : "generic";
            rcpt = m.group(1);
            diag = m.group(2);
        } else {
            return null;
        }
        if (rcpt == null) {
            return null;
        }
        boolean delayed = BOUNCE_SUBJECT.matcher(v.subject).find() && v.subject.toLowerCase(Locale.ROOT).contains("delay")
                || lower.contains("will be retried") || lower.contains("not yet been delivered") || lower.contains("still trying");
        String status = SmtpStatus.find(diag);
        BounceKind kind = delayed ? BounceKind.DELAYED : SmtpStatus.failedKind(status, diag);
        return report(kind, rcpt, diag, v, style, tail);
    }

    private static BounceReport report(BounceKind kind, String rcpt, String diag, MailView v, String style, String tail) {
        String status = SmtpStatus.find(diag);
        String original = v.originalMessageId;
        if (original == null) {
            Matcher id = ORIGINAL_ID.matcher(tail);
            original = id.find() ? id.group(1) : v.inReplyTo;
        }
        return new BounceReport(kind, rcpt, status, diag, original, null, null, senderHost(v.from), style, v.date);
    }

    /** The bouncing host as the daemon names itself: Mailer-Daemon@relay.example.net gives relay.example.net. */
    private static String senderHost(String from) {
        Matcher m = Pattern.compile("@([A-Za-z0-9.-]+)").matcher(from == null ? "" : from);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static String smtpReply(String head) {
        Matcher m = SMTP_REPLY_LINE.matcher(head);
        return m.find() ? m.group().strip() : null;
    }
}
