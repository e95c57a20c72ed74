package au.chim.detect.bounce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a bounce says about each recipient (its DSN fields, or the paragraph of a text bounce) into reports
 * with a reason. The reason comes from the receiver's own words first, then the status code, then the bounce's
 * explanation as a whole; a delay notice that names no other reason is "expired" in the making.
 */
final class FailureReports {
    private static final Pattern JSON_FIELD = Pattern.compile("\"(emailAddress|status|diagnosticCode|action)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){0,400})\"");

    /** "Diagnostic-Code: X-Unix; ...": the output (or exit code) of a local delivery program such as procmail. */
    private static final Pattern LOCAL_PROGRAM = Pattern.compile("(?i)\\s*x-unix\\s*;");
    private static final Pattern SMTP_REPLY = Pattern.compile("(?<![\\d.])[245]\\d\\d(?![\\d.])");
    private static final Pattern TIMED_OUT = Pattern.compile("(?i)timed out");
    private static final Pattern TRY_AGAIN = Pattern.compile("(?i)try again");

    private final BounceReasons reasons;
    private final ProviderReasons providers;

    FailureReports(BounceReasons reasons, ProviderReasons providers) {
        this.reasons = reasons;
        this.providers = providers;
    }

    /** One report per DSN recipient; empty when the fields name no recipient. */
    List<BounceReport> fromDsn(MailView v, List<DsnFields.Recipient> recipients, String reportingMta, String head) {
        List<BounceReport> out = new ArrayList<>();
        String style = null;
        List<TextBounce.Failure> written = null;
        for (DsnFields.Recipient r : recipients) {
            String diag = DsnFields.typed(r.diagnostic());
            if (diag == null && r.address() != null && recipients.size() > 1) {
                // fields without a Diagnostic-Code (OpenSMTPD): with several recipients, the notification's own line for
                // this one says why (the notification as a whole would give every recipient the first one's reason)
                written = written != null ? written : TextBounce.named(head, v.ownAddresses);
                diag = written.stream().filter(f -> f.address().equalsIgnoreCase(r.address())).map(TextBounce.Failure::diagnostic)
                        .findFirst().orElse(null);
            }
            String mta = reportingMta != null ? reportingMta : r.remoteMta();
            style = style != null ? style : "dsn/" + BounceSigns.family(v, mta);
            BounceReport report = report(v, r.address(), r.action(), r.status(), diag, head, mta, style, reportingMta + " " + r.remoteMta());
            out.add(LOCAL_PROGRAM.matcher(String.valueOf(r.diagnostic())).lookingAt() ? localProgram(report) : report);
        }
        return out;
    }

    /**
     * A local delivery program that failed: its words ("no such user", an exit code) are its own trouble, not a verdict on
     * the address; only a full mailbox it reports is still a full mailbox.
     */
    private BounceReport localProgram(BounceReport r) {
        if (r.reason() == BounceReason.MAILBOX_FULL || r.reason() == BounceReason.DELIVERED || reasons.byText(r.diagnostic()) == BounceReason.MAILBOX_FULL) {
            return r;
        }
        BounceKind kind = r.kind() == BounceKind.DELAYED ? BounceKind.DELAYED : BounceKind.SOFT_BOUNCE;
        return new BounceReport(kind, r.failedRecipient(), r.statusCode(), r.diagnostic(), r.originalMessageId(), null, null,
                r.reportingMta(), r.style(), r.reportedAt(), BounceReason.MAILER_ERROR);
    }

    /** A JSON notification (a sending service's bounce API mailed as text): its recipients and diagnostic codes. */
    List<BounceReport> fromJson(MailView v) {
        List<BounceReport> out = new ArrayList<>();
        String address = null;
        String status = null;
        String action = null;
        // a notification quoted inside another JSON document (SNS) escapes its quotes
        Matcher m = JSON_FIELD.matcher(v.text.toString().replace("\\\"", "\""));
        while (m.find() && out.size() < DsnFields.MAX_RECIPIENTS) {
            String value = m.group(2).replace("\\\"", "\"");
            switch (m.group(1)) {
                case "emailAddress" -> address = value;
                case "status" -> status = value;
                case "action" -> action = value;
                default -> {
                    if (address != null) {
                        out.add(report(v, address, action, status, value, "", null, "json", null));
                        address = null;
                        status = null;
                    }
                }
            }
        }
        return out;
    }

    List<BounceReport> fromText(MailView v, List<TextBounce.Failure> failures, String head) {
        List<BounceReport> out = new ArrayList<>();
        boolean delayed = v.subject.toLowerCase(Locale.ROOT).matches(".*(delay|warning|still trying|not yet).*");
        String style = BounceSigns.family(v, null);
        for (TextBounce.Failure f : failures) {
            out.add(report(v, f.address(), delayed ? "delayed" : "failed", null, f.diagnostic(), head, null, style, null));
        }
        return out;
    }

    private BounceReport report(MailView v, String address, String action, String dsnStatus, String diag, String head,
                                String mta, String style, String mtaHosts) {
        String status = SmtpStatus.enhanced(diag);
        if (status == null || dsnStatus != null && dsnStatus.charAt(0) != status.charAt(0)) {
            status = dsnStatus != null ? dsnStatus : SmtpStatus.find(diag);
        }
        String act = action == null ? "" : action.toLowerCase(Locale.ROOT);
        if (act.startsWith("deliver") || act.startsWith("relay") || act.startsWith("expand") || status != null && status.startsWith("2")) {
            return new BounceReport(BounceKind.NOT_A_BOUNCE, null, status, diag, original(v), null, null, mta, style, v.date,
                    BounceReason.DELIVERED);
        }
        BounceReason reason = providers.reason(address + " " + mtaHosts + " " + v.from, diag);
        if (reason == null) {
            reason = generic(status, diag, head);
        }
        boolean delayed = act.startsWith("delay");
        // a host that never answered (4.4.1, timed out) in a report that gave the message up ("failed"): the retries ran out
        boolean gaveUp = act.startsWith("fail") && status != null && status.startsWith("4") && reason == BounceReason.NETWORK_ERROR
                && ("4.4.1".equals(status) || diag != null && TIMED_OUT.matcher(diag).find());
        if ((delayed || gaveUp) && (reason == null || reason.group() == BounceReason.Group.TEMPORARY)) {
            reason = BounceReason.EXPIRED;
        }
        reason = reason == null ? BounceReason.UNDEFINED : reason;
        BounceKind kind = delayed ? BounceKind.DELAYED : switch (reason.group()) {
            case ADDRESS_WRONG -> reason.isHard(status) ? BounceKind.HARD_BOUNCE : BounceKind.SOFT_BOUNCE;
            case SENDER_REFUSED -> BounceKind.SENDER_REFUSED;
            default -> BounceKind.SOFT_BOUNCE;
        };
        return new BounceReport(kind, address, status, diag, original(v), null, null, mta, style, v.date, reason);
    }

    /** The reason in the receiver's words, else its status code, else the bounce's explanation as a whole. */
    private BounceReason generic(String status, String diag, String head) {
        BounceReason reason = reasons.byText(diag);
        if (reason == null) {
            reason = reasons.byStatus(status);
        }
        if (reason == null) {
            reason = reasons.byWeakText(diag);
        }
        if (reason == null) {
            reason = reasons.byText(head.length() > 4096 ? head.substring(0, 4096) : head);
        }
        return refine(reason, status, reasons.byStatus(status), diag, head);
    }

    /**
     * "User unknown" answered to the message's content (after DATA, or with the mailbox-status code 5.2.0) is a filter, not a missing mailbox; "host not
     * found" with a temporary code is DNS trouble on the way, not a missing domain.
     */
    private BounceReason refine(BounceReason reason, String status, BounceReason byCode, String diag, String head) {
        String command = SmtpCommands.answered(diag, head);
        if (reason != null && reason.group() == BounceReason.Group.ADDRESS_WRONG && "MAIL".equals(command)) {
            return BounceReason.REJECTED;   // refused at MAIL FROM: it is our sender address that is unwelcome
        }
        if (reason == BounceReason.USER_UNKNOWN && byCode == BounceReason.HAS_MOVED) {
            return byCode;   // 5.1.6 "mailbox has moved" with a vague "not here" reply
        }
        // only a refusal of RCPT TO proves the mailbox is missing; a reply to another (or no named) command is a filter,
        // unless its code is an address status (5.1.x) itself, or the words are the bouncing system's own verdict (own:)
        if (reason == BounceReason.USER_UNKNOWN && (status == null || !status.startsWith("5.1.")) && diag != null
                && (SMTP_REPLY.matcher(diag).find() || !reasons.isOwnVerdict(diag)) && (!"RCPT".equals(command) || "5.2.0".equals(status))) {
            return BounceReason.FILTERED;
        }
        if (reason == BounceReason.HOST_UNKNOWN && (status != null && status.startsWith("4") || TRY_AGAIN.matcher(String.valueOf(diag)).find())) {
            return BounceReason.NETWORK_ERROR;
        }
        return reason;
    }

    private static String original(MailView v) {
        return v.originalMessageId != null ? v.originalMessageId : v.inReplyTo;
    }
}
