package au.chim.detect.bounce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notices of fml, a mailing-list manager, to a poster whose post it refused: "You are not a member of this mailing list
 * <list@...>", "Duplicated Message-ID in <list@...>" (a mail loop). They come from the list's {@code -admin} address with
 * an {@code X-MLServer} header and name the list, not a mailbox, between angle brackets; the text after the address says why.
 */
final class FmlNotices {
    private static final Pattern BRACKETED = Pattern.compile("<([^<>\\s@]+@[^<>\\s@]+\\.[^<>\\s@]+)>");

    private FmlNotices() {
    }

    static boolean isFml(MailView v) {
        String server = v.header("X-MLServer");
        return server != null && server.toLowerCase(Locale.ROOT).contains("fml") && v.from.toLowerCase(Locale.ROOT).contains("-admin@");
    }

    /** Each bracketed address of the notice with the lines that explain it (up to the next one); the subject closes each. */
    static List<TextBounce.Failure> failures(MailView v, String head) {
        List<TextBounce.Failure> out = new ArrayList<>();
        String[] lines = head.split("\\r?\\n");
        for (int i = 0; i < lines.length && out.size() < TextBounce.MAX_RECIPIENTS; i++) {
            Matcher m = BRACKETED.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            StringBuilder diag = new StringBuilder(lines[i].strip());
            for (int j = i + 1; j < lines.length && !BRACKETED.matcher(lines[j]).find() && diag.length() < 400; j++) {
                diag.append(lines[j].isBlank() ? "" : " " + lines[j].strip());
            }
            out.add(new TextBounce.Failure(m.group(1).toLowerCase(Locale.ROOT), diag + " (" + v.subject + ")"));
        }
        return out;
    }
}
