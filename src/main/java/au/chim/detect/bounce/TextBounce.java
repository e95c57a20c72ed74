package au.chim.detect.bounce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Failed recipients and their diagnostic lines from a bounce written for people (no delivery-status fields): the
 * text before the returned original is searched for the ways mail systems name the failed address (qmail and
 * Postfix {@code <addr>:}, sendmail {@code addr... reason}, Exim's indented list, {@code RCPT TO:<addr>}, "delivery
 * to addr failed"), then any address that is not the bounce's own sender or addressee, then the original's To.
 */
final class TextBounce {
    /** One failed recipient and the paragraph that explains it. */
    record Failure(String address, String diagnostic) {
    }

    static final int MAX_RECIPIENTS = 50;
    private static final String ADDR = "[A-Za-z0-9._%+'=/&#$!~^{}|*-]+@[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)+";
    private static final Pattern ORIGINAL_MARKER = Pattern.compile("(?im)^[ \\t>]*(?:[-=_*]{2,}.{0,20})?(?:"
            + "(?:below this line is a |this is a )?copy of (?:the |your )?(?:original |returned )?message|original message|"
            + "unsent message|returned message|message headers follow|headers? of (?:the |your )?(?:original|returned) message|"
            + "the original message headers?|forwarded message|undelivered message|returned mail follows|"
            + "content-type: message/rfc822|original email|original mail as follows|message text follows).*$");
    private static final Pattern ORIGINAL_HEADERS = Pattern.compile(
            "(?im)^(?:return-path|received|dkim-signature|message-id|mime-version|x-mailer|x-originating-ip):[ \\t]");
    private static final Pattern[] STRONG = {
            // a line that starts with the address: qmail and Postfix "<addr>:", Exim "addr:", Exchange "addr on <date>",
            // sendmail "<addr>... reason", "addr [User unknown]", "addr Invalid Address, ..."
            Pattern.compile("(?im)^[ \\t]*[\"<]?(" + ADDR + ")[\">]?[ \\t]*(?:\\(expanded from[^)]*\\))?[ \\t]*(?::|\\.\\.\\.|\\[|[ \\t]+\\w)"),
            Pattern.compile("(?im)^[^\\n]{0,40}?<?(" + ADDR + ")>?\\.\\.\\.[ \\t]*\\S"),                                    // sendmail
            Pattern.compile("(?i)rcpt to:[ \\t]*<?(" + ADDR + ")>?"),                                                        // SMTP transcripts
            Pattern.compile("(?i)(?:deliver(?:ing|y of)? (?:your |the )?(?:mail|message|e-?mail)?[ \\t]*to|could not be delivered to|"
                    + "following (?:address(?:\\(es\\))?|recipients?(?:\\(s\\))?)[^:\\n]{0,40}:|delivery to|your message to|"
                    + "not delivered to|undeliverable to|recipient(?: address)?:|failed recipient:|unknown user:|user unknown:|addressed to)"
                    + "[ \\t\\r\\n]*['\"]?[^<\\n'\"]{0,60}?<?(" + ADDR + ")"),
            Pattern.compile("(?im)^[ \\t]{2,}<?(" + ADDR + ")>?[ \\t]*$"),                                                  // Exim's indented list
    };
    /** "please contact <postmaster@...>": a help address in the explanation, not a failed recipient. */
    private static final Pattern CONTACT = Pattern.compile("contact\\W{0,5}$|write to\\W{0,5}$|e-?mail\\W{0,5}$");
    private static final Pattern ANY = Pattern.compile("<?(" + ADDR + ")>?");
    private static final Pattern ORIGINAL_TO = Pattern.compile("(?im)^to:[ \\t]*(?:[^\\n<]*<)?(" + ADDR + ")");
    private static final Pattern SENDMAIL_SUMMARY = Pattern.compile("[ \\t]*(?:[45]\\d\\d[ \\t]+)?<?" + ADDR + ">?\\.\\.\\.[ \\t]*\\S.*");
    private static final Pattern TRANSCRIPT_FAILURE = Pattern.compile("(?m)^[ \\t]*Out:[ \\t]+[45]\\d\\d[ -].*$");
    private static final Pattern TRANSCRIPT_COMMAND = Pattern.compile("(?m)^[ \\t]*In:[ \\t]+.*$");
    private static final Pattern CODE_LINE = Pattern.compile("(?m)^.*(?:\\b[45]\\d\\d[ -]|\\b[45]\\.\\d{1,3}\\.\\d{1,3}\\b).*$");

    private TextBounce() {
    }

    /** Where the returned original starts in the text (its length when nothing is returned). */
    static int originalStart(String text) {
        Matcher m = ORIGINAL_MARKER.matcher(text);
        int cut = m.find() ? m.start() : text.length();
        Matcher h = ORIGINAL_HEADERS.matcher(text);
        if (h.find() && h.start() < cut && h.start() > 0) {
            cut = h.start();
        }
        return cut;
    }

    /**
     * The failed recipients of the head text (the part before the returned original), most specific pattern first.
     * {@code own} are the bounce's own From and To addresses, never a failed recipient.
     */
    static List<Failure> failures(String head, String tail, List<String> own) {
        List<Failure> named = named(head, own);
        return named.isEmpty() ? unnamed(head, tail, own) : named;
    }

    /**
     * The recipients the head names the way a mail system names a failed address (not just any address in it); one of
     * {@code own} only when it is the only one (Exim repeats the sender: "A message sent by <ours> could not be delivered",
     * but a mail to oneself bounces too).
     */
    static List<Failure> named(String head, List<String> own) {
        List<Failure> others = namedExcept(head, own);
        return others.isEmpty() && !own.isEmpty() ? namedExcept(head, List.of()) : others;
    }

    private static List<Failure> namedExcept(String head, List<String> own) {
        Map<String, Failure> found = new LinkedHashMap<>();
        for (Pattern p : STRONG) {
            List<java.util.regex.MatchResult> hits = new ArrayList<>();
            Matcher m = p.matcher(head);
            while (m.find() && hits.size() < MAX_RECIPIENTS) {
                hits.add(m.toMatchResult());
            }
            for (int i = 0; i < hits.size(); i++) {
                add(found, hits.get(i).group(1), head, hits.get(i).start(1), nextOther(head, hits, i), own);
            }
            if (!found.isEmpty()) {
                break;
            }
        }
        return new ArrayList<>(found.values());
    }

    private static List<Failure> unnamed(String head, String tail, List<String> own) {
        Map<String, Failure> found = new LinkedHashMap<>();
        Matcher m = ANY.matcher(head);
        while (m.find() && found.isEmpty()) {
            add(found, m.group(1), head, m.start(1), head.length(), own);
        }
        if (found.isEmpty()) {
            Matcher to = ORIGINAL_TO.matcher(tail);
            if (to.find()) {
                add(found, to.group(1), head, head.length(), head.length(), own);
            }
        }
        return new ArrayList<>(found.values());
    }

    /** Where the explanation of hit i ends: at the line of the next hit that names another recipient. */
    private static int nextOther(String head, List<java.util.regex.MatchResult> hits, int i) {
        String address = hits.get(i).group(1);
        int line = head.lastIndexOf('\n', hits.get(i).start(1)) + 1;
        for (int j = i + 1; j < hits.size(); j++) {
            int next = head.lastIndexOf('\n', hits.get(j).start(1)) + 1;
            if (next > line && !hits.get(j).group(1).equalsIgnoreCase(address)) {
                return next;
            }
        }
        return head.length();
    }

    private static void add(Map<String, Failure> found, String address, String head, int at, int end, List<String> own) {
        String a = address.replaceAll("^['`]+|['`.]+$", "").toLowerCase(Locale.ROOT);
        String before = head.substring(Math.max(0, at - 30), at).toLowerCase(Locale.ROOT);
        if (own.contains(a) || a.startsWith("mailer-daemon@") || found.containsKey(a) || CONTACT.matcher(before).find()) {
            return;
        }
        found.put(a, new Failure(a, diagnostic(head, a, at, end)));
    }

    /** The paragraph from the address on; when it carries no reply code, the first line of the head that does. */
    static String diagnostic(String head, String address, int at, int end) {
        int from = Math.min(at, head.length());
        int lineStart = head.lastIndexOf('\n', Math.max(from - 1, 0)) + 1;
        String rest = head.substring(lineStart, Math.max(lineStart, Math.min(end, lineStart + 1200)));
        String[] paragraphs = rest.split("\\r?\\n[ \\t]*\\r?\\n", 3);
        String p = paragraphs[0];
        Matcher summary = SENDMAIL_SUMMARY.matcher(p);
        if (summary.lookingAt()) {
            return summary.group();   // sendmail writes one summary line per recipient or host: the next one is not this one's
        }
        // a short paragraph continues in the next one, unless that one is about another recipient
        if (p.strip().length() < 80 + (p.contains("@") ? 0 : 40) && paragraphs.length > 1
                && !paragraphs[1].toLowerCase(Locale.ROOT).replace(address, "").contains("@")) {
            p = p + "\n" + paragraphs[1];
        }
        Matcher failed = TRANSCRIPT_FAILURE.matcher(p);
        if (failed.find()) {
            // a session transcript (Postfix's "In:"/"Out:"): the failing reply and the command it answered, not the whole session
            Matcher in = TRANSCRIPT_COMMAND.matcher(p.substring(0, failed.start()));
            String command = null;
            while (in.find()) {
                command = in.group();
            }
            p = (command == null ? "" : command.strip() + "\n") + failed.group().strip();
        }
        if (!CODE_LINE.matcher(p).find()) {
            Matcher c = CODE_LINE.matcher(head);
            if (c.find()) {
                p = p + "\n" + c.group();
            }
        }
        return p.length() > 600 ? p.substring(0, 600) : p;
    }
}
