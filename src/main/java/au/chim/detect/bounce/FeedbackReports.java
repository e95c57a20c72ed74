package au.chim.detect.bounce;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Complaint reports (ARF, a sending service's JSON complaint) and unsubscribe requests a mail client sends for its
 * user: one report per complained-about recipient.
 */
final class FeedbackReports {
    private static final Pattern ARF_RCPT = Pattern.compile("(?im)^(?:original-rcpt-to|removal-recipient):\\s*<?([^\\s<>]+@[^\\s<>]+)>?");
    /** Amazon SES: {"complaint":{"complainedRecipients":[{"emailAddress":"..."}, ...]}}, possibly escaped inside SNS JSON. */
    private static final Pattern JSON_RCPT = Pattern.compile("\\\\?\"complainedRecipients\\\\?\"\\s*:\\s*\\[([^\\]]{0,4000})\\]");
    private static final Pattern JSON_ADDRESS = Pattern.compile("\\\\?\"emailAddress\\\\?\"\\s*:\\s*\\\\?\"([^\"\\\\\\s]+@[^\"\\\\\\s]+)");
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"]+@[^\\s<>\",]+");
    /** "Apple Mail sent this email to unsubscribe": the user asks, through the List-Unsubscribe address, to get no more mail. */
    private static final Pattern UNSUBSCRIBE = Pattern.compile("(?i)sent this (e-?mail|message) to unsubscribe");

    private FeedbackReports() {
    }

    /** An unsubscribe request a mail client sent on its user's behalf. */
    static boolean isUnsubscribe(MailView v) {
        return v.subject.strip().equalsIgnoreCase("unsubscribe") && UNSUBSCRIBE.matcher(v.text).find();
    }

    static List<BounceReport> of(MailView v) {
        List<String> rcpts = new ArrayList<>();
        CharSequence report = v.feedback.length() > 0 ? v.feedback : v.text;
        collect(ARF_RCPT.matcher(report), rcpts);
        Matcher json = JSON_RCPT.matcher(v.text);
        if (rcpts.isEmpty() && json.find()) {
            collect(JSON_ADDRESS.matcher(json.group(1)), rcpts);
        }
        if (rcpts.isEmpty() && isUnsubscribe(v) && !v.ownAddresses.isEmpty()) {
            rcpts.add(v.ownAddresses.get(0));   // the one who asks is the recipient of our mail: the request's From
        }
        if (rcpts.isEmpty() && v.originalTo != null) {
            for (String a : v.originalTo.split(",")) {
                collect(ADDRESS.matcher(a), rcpts);
            }
        }
        String kind = isUnsubscribe(v) ? "opt-out" : firstLine(report.toString(), "feedback-type:");
        String diag = "complaint report" + (kind == null ? "" : " (" + kind + ")") + ": " + v.subject;
        List<BounceReport> out = new ArrayList<>();
        for (String r : rcpts.isEmpty() ? Collections.<String>singletonList(null) : rcpts) {
            out.add(new BounceReport(BounceKind.FEEDBACK, r, null, diag, v.originalMessageId, null, null, null, "arf", v.date,
                    BounceReason.FEEDBACK));
        }
        return out;
    }

    private static void collect(Matcher m, List<String> into) {
        while (m.find() && into.size() < DsnFields.MAX_RECIPIENTS) {
            into.add(m.groupCount() > 0 ? m.group(1) : m.group());
        }
    }

    private static String firstLine(String text, String prefix) {
        for (String line : text.split("\\r?\\n", 200)) {
            if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return line.substring(prefix.length()).strip();
            }
        }
        return null;
    }
}
