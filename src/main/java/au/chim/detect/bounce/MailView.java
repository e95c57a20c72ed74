package au.chim.detect.bounce;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * The parts of a received mail the classifier reads: sender, subject, selected headers, the human-readable
 * text, the delivery-status and feedback-report text, and the returned original's Message-ID and To, all bounded.
 * Building it never throws: a part that cannot be read marks the view {@link #malformed} and is skipped, and a
 * mail whose MIME cannot be walked is read as its raw body (DSN fields and addresses are still text).
 */
final class MailView {
    /** Text read per mail: a bounce explains itself in the first few KB; more is quoted original or attack. */
    static final int TEXT_MAX = 64 * 1024;
    private static final int MAX_PARTS = 40;
    private static final int MAX_DEPTH = 6;

    String from = "";
    /** Domain of the bounce's addressee: our own domain the failed mail was sent from. */
    String sendingDomain;
    final List<String> ownAddresses = new ArrayList<>();
    String subject = "";
    String reportType;
    Instant date;
    String inReplyTo;
    String messageId;
    final StringBuilder text = new StringBuilder();
    final StringBuilder dsn = new StringBuilder();
    final StringBuilder feedback = new StringBuilder();
    String originalMessageId;
    String originalTo;
    /** The first attached message: the returned original, or the real bounce when a mail system forwards one. */
    Part attached;
    boolean malformed;
    String malformedReason;
    private int parts;
    private String lower;
    private final MimeMessage message;

    private MailView(MimeMessage message) {
        this.message = message;
    }

    static MailView of(MimeMessage m) {
        MailView v = new MailView(m);
        v.readEnvelope();
        try {
            v.walk(m, 0);
        } catch (MessagingException | IOException | RuntimeException e) {
            v.markMalformed(e);
        }
        if (v.malformed && v.dsn.isEmpty()) {
            v.text.setLength(0);
            v.rawFallback();
        }
        return v;
    }

    /** A header's first value, or null; never throws. */
    String header(String name) {
        try {
            String v = message.getHeader(name, ",");
            return v == null ? null : v.strip();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** The text lower-cased, computed once (several signs look at it); only valid once the view is built. */
    String textLower() {
        return lower != null ? lower : (lower = text.toString().toLowerCase(Locale.ROOT));
    }
    private void readEnvelope() {
        from = String.valueOf(header("From"));
        for (String h : List.of("From", "To", "Sender")) {
            try {
                for (InternetAddress a : InternetAddress.parseHeader(String.valueOf(header(h)), false)) {
                    if (a.getAddress() != null && a.getAddress().contains("@")) {
                        ownAddresses.add(a.getAddress().toLowerCase(Locale.ROOT));
                        sendingDomain = h.equals("To") && sendingDomain == null ? a.getAddress().substring(a.getAddress().lastIndexOf('@') + 1) : sendingDomain;
                    }
                }
            } catch (MessagingException | RuntimeException e) {
                // a null sender (<>) or a broken header: nothing to exclude
            }
        }
        try {
            subject = message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException | RuntimeException e) {
            subject = String.valueOf(header("Subject"));
        }
        try {
            Date d = message.getSentDate();
            date = d == null ? null : d.toInstant();
        } catch (MessagingException | RuntimeException e) {
            date = null;
        }
        try {
            reportType = new ContentType(message.getContentType()).getParameter("report-type");
        } catch (MessagingException | RuntimeException e) {
            reportType = null;
        }
        inReplyTo = header("In-Reply-To");
        messageId = header("Message-ID");
    }

    private void walk(Part p, int depth) throws MessagingException, IOException {
        if (++parts > MAX_PARTS || depth > MAX_DEPTH) {
            return;
        }
        if (p.isMimeType("multipart/*")) {
            Object c = p.getContent();
            if (!(c instanceof Multipart mp)) {
                append(text, PartText.bytes(p, TEXT_MAX));
                return;
            }
            for (int i = 0; i < mp.getCount() && parts <= MAX_PARTS; i++) {
                BodyPart bp = mp.getBodyPart(i);
                try {
                    walk(bp, depth + 1);
                } catch (MessagingException | IOException | RuntimeException e) {
                    markMalformed(e);
                }
            }
        } else if (p.isMimeType("message/delivery-status") || p.isMimeType("message/global-delivery-status")) {
            append(dsn, PartText.bytes(p, TEXT_MAX));
        } else if (p.isMimeType("message/feedback-report")) {
            append(feedback, PartText.bytes(p, TEXT_MAX));
        } else if (p.isMimeType("message/rfc822") || p.isMimeType("message/global")
                || p.isMimeType("text/rfc822-headers") || p.isMimeType("message/global-headers")) {
            original(p);
        } else if (p.isMimeType("text/html")) {
            append(text, text.isEmpty() ? PartText.fromHtml(PartText.of(p, TEXT_MAX)) : null);
        } else if (p.isMimeType("text/*") || depth == 0 || PartText.isBrokenText(p)) {
            append(text, PartText.of(p, TEXT_MAX));
        }
    }

    /** The returned original: only its headers matter (its Message-ID for correlation, its To as a last resort). */
    private void original(Part p) throws MessagingException, IOException {
        attached = attached == null ? p : attached;
        try (InputStream in = p.getInputStream()) {
            InternetHeaders h = new InternetHeaders(new java.io.ByteArrayInputStream(in.readNBytes(TEXT_MAX)));
            originalMessageId = originalMessageId == null ? h.getHeader("Message-ID", null) : originalMessageId;
            originalTo = originalTo == null ? h.getHeader("To", ",") : originalTo;
        }
    }

    private static void append(StringBuilder to, String s) {
        int room = TEXT_MAX - to.length();
        if (room > 0 && s != null) {
            to.append(s, 0, Math.min(room, s.length())).append('\n');
        }
    }

    private void markMalformed(Exception e) {
        malformed = true;
        malformedReason = malformedReason != null ? malformedReason : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** Whatever the MIME structure, the raw body is still text a person could read. */
    private void rawFallback() {
        try (InputStream in = message.getRawInputStream()) {
            append(text, new String(in.readNBytes(TEXT_MAX), StandardCharsets.ISO_8859_1));
        } catch (MessagingException | IOException | RuntimeException e) {
            // nothing more to read; the view stays malformed with what the headers gave
        }
    }
}
