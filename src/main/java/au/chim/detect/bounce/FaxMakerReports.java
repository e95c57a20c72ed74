package au.chim.detect.bounce;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GFI FaxMaker transmission reports (and FaxMaker Online notices) sent back to the ClickHome sender.
 * Recognised by the sender, the {@code ::resend} command in the subject or FaxMaker's own wording; the
 * result is read from the status lines first, then the subject, then the whole body.
 */
final class FaxMakerReports {
    private static final Pattern RESEND_JOB = Pattern.compile("(?i)::resend[\\s:=#]*\\[?([A-Za-z0-9][A-Za-z0-9._-]{2,40})");
    private static final Pattern BODY_JOB = Pattern.compile("(?im)^\\s*(?:fax\\s+)?job\\s*(?:id|number|no\\.?)\\s*[:#]\\s*([A-Za-z0-9][A-Za-z0-9._-]{2,40})");
    private static final Pattern NUMBER_LINE = Pattern.compile(
            "(?im)^\\s*(?:fax number|recipient fax|to fax|fax no\\.?|fax|number|to)\\s*[:#]\\s*([^\\r\\n]{4,60})$");
    private static final Pattern FAX_ADDRESS = Pattern.compile("(?i)\\b(\\+?[0-9][0-9 ()\\-]{5,24})@[a-z0-9.-]*fax[a-z0-9.-]*");
    private static final Pattern STATUS_LINES = Pattern.compile(
            "(?im)^\\s*(?:status|result|error|reason|description|transmission status)\\s*:\\s*([^\\r\\n]+)$");

    private final FaxNumbers numbers;

    FaxMakerReports(FaxNumbers numbers) {
        this.numbers = numbers;
    }

    static boolean looksLikeFaxMaker(MailView v) {
        String from = v.from.toLowerCase(Locale.ROOT);
        String subject = v.subject.toLowerCase(Locale.ROOT);
        String xMailer = String.valueOf(v.header("X-Mailer")).toLowerCase(Locale.ROOT);
        return from.contains("faxmaker") || subject.contains("::resend") || xMailer.contains("faxmaker")
                || v.textLower().contains("faxmaker") && (subject.contains("fax") || v.textLower().contains("unauthorized sending"));
    }

    /** The report, or an UNPARSEABLE one when the result wording is unknown. */
    BounceReport parse(MailView v) {
        String body = v.text.toString();
        StringBuilder statusText = new StringBuilder();
        Matcher sm = STATUS_LINES.matcher(body);
        while (sm.find() && statusText.length() < 1000) {
            statusText.append(sm.group(1).strip()).append(". ");
        }
        FaxOutcomes.Outcome outcome = FaxOutcomes.classify(statusText.toString());
        if (outcome == null) {
            outcome = FaxOutcomes.classify(v.subject);
        }
        if (outcome == null) {
            outcome = FaxOutcomes.classify(body);
        }
        String job = first(RESEND_JOB, v.subject);
        if (job == null) {
            job = first(BODY_JOB, body);
        }
        String fax = faxNumber(v, body);
        String diagnostic = statusText.isEmpty() ? v.subject : statusText.toString();
        BounceKind kind = outcome == null ? BounceKind.UNPARSEABLE : outcome.kind();
        return new BounceReport(kind, null, outcome == null ? null : outcome.code(), diagnostic,
                v.originalMessageId != null ? v.originalMessageId : v.inReplyTo, fax, job, "faxmaker", "faxmaker", v.date);
    }

    private String faxNumber(MailView v, String body) {
        Matcher m = NUMBER_LINE.matcher(body);
        while (m.find()) {
            String e164 = numbers.toE164(m.group(1));
            if (e164 != null) {
                return e164;
            }
        }
        for (String s : new String[] {v.subject, body}) {
            Matcher a = FAX_ADDRESS.matcher(s);
            if (a.find()) {
                String e164 = numbers.toE164(a.group(1));
                if (e164 != null) {
                    return e164;
                }
            }
        }
        return null;
    }

    private static String first(Pattern p, String s) {
        Matcher m = p.matcher(s == null ? "" : s);
        return m.find() ? m.group(1) : null;
    }
}
