package au.chim.detect.bounce;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which SMTP command a refusal answered. It tells a missing mailbox (refused at RCPT TO) from a content filter
 * that words its refusal as "user unknown" (refused after DATA) and from a refused sender (MAIL FROM).
 */
final class SmtpCommands {
    private static final Pattern COMMAND_NAMED = Pattern.compile(
            "(?i)(?:(?:in reply to|after|smtp command:?|for)\\s+|smtp:)(?:end\\s+of\\s+)?(rcpt to|rcpt|mail from|data|helo|ehlo|text)\\b");
    private static final Pattern COMMAND_SENT = Pattern.compile("(?im)^[ \\t]*>>>\\s*(rcpt|mail|data|helo|ehlo)\\b");
    /**
     * How mail systems word the command without "in reply to": qmail's "does not like recipient", DragonFly's "did not like
     * our RCPT TO", Yahoo's "[RCPT_TO]", a transcript line; and the command itself in capitals, as sisimai reads it.
     */
    private static final Pattern COMMAND_WORDED = Pattern.compile("(?i)(does not like (recipient|sender)|failed on (data) command|"
            + "failed after i sent the (message)|but (sender) was rejected|\\bour (rcpt|mail|data)\\b)|(?-i:\\b(RCPT|MAIL FROM|DATA)(?:[ _:]|\\b))");

    private SmtpCommands() {
    }

    /** The SMTP command the refusal answered: named in the diagnostic, else the last one a transcript sent before it. */
    static String answered(String diag, String head) {
        if (diag == null) {
            return null;
        }
        String named = named(diag, true);
        if (named != null) {
            return named;
        }
        String key = diag.replaceAll("^\\W*\\d{3}[ -]?(\\d\\.\\d{1,3}\\.\\d{1,3})?\\W*", "").strip();
        if (key.length() < 8) {
            return null;
        }
        key = key.substring(0, Math.min(25, key.length()));
        // the same words in the human-readable part: Postfix adds "(in reply to end of DATA command)" after them,
        // a sendmail transcript has the command (">>> DATA") on the line before the reply
        for (int at = head.indexOf(key); at >= 0; at = head.indexOf(key, at + 1)) {
            int end = head.indexOf("\n\n", at);
            String command = named(head.substring(at, end < 0 ? Math.min(head.length(), at + 300) : Math.min(end, at + 300)), false);
            if (command != null) {
                return command;
            }
            int line = head.lastIndexOf('\n', at) + 1;
            int previous = line < 2 ? 0 : head.lastIndexOf('\n', line - 2) + 1;
            // sendmail repeats the reply after the transcript: only the "<<<" line, or the summary right under it, follows its command
            if (!head.substring(line, at).strip().startsWith("<<<") && (line == 0 || !head.substring(previous, line).strip().startsWith("<<<"))) {
                continue;
            }
            Matcher sent = COMMAND_SENT.matcher(head.substring(0, at));
            while (sent.find()) {
                command = sent.group(1).toUpperCase(Locale.ROOT);
            }
            if (command != null) {
                return command;
            }
        }
        return null;
    }

    /** The command a text names; {@code worded} also reads the looser wordings, for the recipient's own diagnostic only. */
    private static String named(String text, boolean worded) {
        Matcher m = COMMAND_NAMED.matcher(text);
        if (m.find()) {
            return command(m.group(1));
        }
        if (!worded) {
            return null;
        }
        Matcher w = COMMAND_WORDED.matcher(text);
        while (w.find()) {
            for (int g = 2; g <= w.groupCount(); g++) {
                if (w.group(g) != null) {
                    return command(w.group(g));
                }
            }
        }
        return null;
    }

    private static String command(String words) {
        String c = words.toUpperCase(Locale.ROOT);
        return switch (c) {
            case "RECIPIENT" -> "RCPT";
            case "SENDER" -> "MAIL";
            case "MESSAGE" -> "DATA";
            default -> c.startsWith("RCPT") ? "RCPT" : c.split(" ")[0];
        };
    }
}
