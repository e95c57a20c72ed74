package au.chim.detect.bounce;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The machine-readable part of an RFC 3464 report (message/delivery-status): one per-message block and
 * one block per recipient, each a header block read with Jakarta Mail's {@link InternetHeaders}.
 * This is what Angus Mail's {@code org.eclipse.angus.mail.dsn.DeliveryStatus} does; that class lives in
 * the separate {@code org.eclipse.angus:dsn} artifact, which camel-mail 4.18 does not bring.
 */
record DeliveryStatus(String reportingMta, List<Recipient> recipients) {

    /** One per-recipient block. Values are raw header values (unfolded), or null. */
    record Recipient(String finalRecipient, String originalRecipient, String action, String status,
                     String diagnosticCode, String remoteMta) {
        String address() {
            String a = typed(finalRecipient);
            return a != null ? a : typed(originalRecipient);
        }
    }

    /** At most this many recipient blocks are read: a report listing thousands is hostile or broken. */
    private static final int MAX_RECIPIENTS = 50;

    static DeliveryStatus parse(InputStream in) throws MessagingException, IOException {
        byte[] body = in.readNBytes(256 * 1024);
        InputStream s = new ByteArrayInputStream(body);
        InternetHeaders perMessage = new InternetHeaders(s);
        List<Recipient> recipients = new ArrayList<>();
        while (s.available() > 0 && recipients.size() < MAX_RECIPIENTS) {
            InternetHeaders h = new InternetHeaders(s);
            if (h.getHeader("Final-Recipient", null) == null && h.getHeader("Original-Recipient", null) == null) {
                continue;
            }
            recipients.add(new Recipient(one(h, "Final-Recipient"), one(h, "Original-Recipient"),
                    lower(one(h, "Action")), one(h, "Status"), one(h, "Diagnostic-Code"), typed(one(h, "Remote-MTA"))));
        }
        return new DeliveryStatus(typed(one(perMessage, "Reporting-MTA")), recipients);
    }

    /** The recipient the report is mostly about: the first failed one, else the first delayed, else the first. */
    Recipient primary() {
        for (String wanted : List.of("failed", "delayed")) {
            for (Recipient r : recipients) {
                if (wanted.equals(r.action())) {
                    return r;
                }
            }
        }
        return recipients.isEmpty() ? null : recipients.get(0);
    }

    private static String one(InternetHeaders h, String name) {
        String v = h.getHeader(name, " ");
        return v == null ? null : v.replaceAll("\\s+", " ").strip();
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** "rfc822; bob@example.com" to "bob@example.com"; "dns; mx.example.com" to "mx.example.com". */
    static String typed(String v) {
        if (v == null) {
            return null;
        }
        int semi = v.indexOf(';');
        String s = (semi >= 0 ? v.substring(semi + 1) : v).strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isEmpty() ? null : s;
    }
}
