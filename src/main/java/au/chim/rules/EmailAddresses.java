package au.chim.rules;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Email address syntax, offline: strict RFC 822 parse of a bare address plus a dotted domain. */
public final class EmailAddresses {
    /** RFC 5321 limit for a forward path; longer values are rubbish, not addresses. */
    private static final int MAX = 254;

    private EmailAddresses() {
    }

    /**
     * True for a bare address such as {@code jobs@sparkright.example.com.au}. Rejects display names,
     * lists, local-only addresses ({@code root}, {@code a@localhost}) and domains with empty labels,
     * because ClickHome sends call-ups to the value as typed and a mail relay rejects those.
     */
    public static boolean isValid(String raw) {
        if (raw == null) {
            return false;
        }
        String s = raw.strip();
        if (s.isEmpty() || s.length() > MAX) {
            return false;
        }
        try {
            InternetAddress a = new InternetAddress(s, true);
            a.validate();
            if (a.getPersonal() != null || !s.equals(a.getAddress())) {
                return false;
            }
        } catch (AddressException e) {
            return false;
        }
        int at = s.lastIndexOf('@');
        if (at <= 0) {
            return false;
        }
        String domain = s.substring(at + 1);
        if (domain.startsWith("[")) {
            return false; // address literals are not how trades publish addresses
        }
        int dot = domain.indexOf('.');
        return dot > 0 && !domain.endsWith(".") && !domain.contains("..") && !domain.startsWith("-");
    }
}
