package au.chim.detect.bounce;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
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
 * text (bounded), the RFC 3464 delivery-status blocks and the returned original's Message-ID. Building it
 * never throws: a part that cannot be read marks the view {@link #malformed} and is skipped.
 */
final class MailView {
    /** Text read per mail: a bounce explains itself in the first few KB; more is quoted original or attack. */
    static final int TEXT_MAX = 64 * 1024;
    private static final int MAX_PARTS = 40;
    private static final int MAX_DEPTH = 6;

    String from = "";
    String to = "";
    String subject = "";
    String reportType;
    Instant date;
    String inReplyTo;
    String messageId;
    final StringBuilder text = new StringBuilder();
    final List<DeliveryStatus> deliveryStatuses = new ArrayList<>();
    String originalMessageId;
    boolean malformed;
    String malformedReason;
    private int parts;
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

    String textLower() {
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private void readEnvelope() {
        try {
            from = addresses(message.getFrom());
        } catch (MessagingException | RuntimeException e) {
            from = String.valueOf(header("From"));
        }
        try {
            to = addresses(message.getRecipients(Message.RecipientType.TO));
        } catch (MessagingException | RuntimeException e) {
            to = String.valueOf(header("To"));
        }
        try {
            subject = message.getSubject() == null ? "" : message.getSubject();
            Date d = message.getSentDate();
            date = d == null ? null : d.toInstant();
        } catch (MessagingException | RuntimeException e) {
            subject = String.valueOf(header("Subject"));
        }
        try {
            ContentType ct = new ContentType(message.getContentType());
            reportType = ct.getParameter("report-type");
        } catch (MessagingException | RuntimeException e) {
            reportType = null;
        }
        inReplyTo = header("In-Reply-To");
        messageId = header("Message-ID");
    }

    private static String addresses(jakarta.mail.Address[] list) {
        if (list == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (jakarta.mail.Address a : list) {
            b.append(a instanceof InternetAddress ia ? ia.getAddress() + " " + String.valueOf(ia.getPersonal()) : a.toString()).append(' ');
        }
        return b.toString().strip();
    }

    private void walk(Part p, int depth) throws MessagingException, IOException {
        if (++parts > MAX_PARTS || depth > MAX_DEPTH) {
            return;
        }
        if (p.isMimeType("multipart/*")) {
            Object c = p.getContent();
            if (c instanceof Multipart mp) {
                for (int i = 0; i < mp.getCount(); i++) {
                    BodyPart bp = mp.getBodyPart(i);
                    try {
                        walk(bp, depth + 1);
                    } catch (MessagingException | IOException | RuntimeException e) {
                        markMalformed(e);
                    }
                }
            } else {
                appendStream(p.getInputStream());
            }
        } else if (p.isMimeType("message/delivery-status") || p.isMimeType("message/global-delivery-status")) {
            deliveryStatuses.add(DeliveryStatus.parse(p.getInputStream()));
        } else if (p.isMimeType("message/rfc822") || p.isMimeType("message/global")) {
            Object c = p.getContent();
            if (c instanceof MimeMessage original && originalMessageId == null) {
                originalMessageId = original.getHeader("Message-ID", null);
            }
        } else if (p.isMimeType("text/rfc822-headers") || p.isMimeType("message/global-headers")) {
            try (InputStream in = p.getInputStream()) {
                InternetHeaders h = new InternetHeaders(in);
                if (originalMessageId == null) {
                    originalMessageId = h.getHeader("Message-ID", null);
                }
            }
        } else if (p.isMimeType("text/plain") || (p.isMimeType("text/*") && !p.isMimeType("text/html"))) {
            appendText(textOf(p));
        } else if (p.isMimeType("text/html") && text.isEmpty()) {
            appendText(textOf(p).replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                    .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</tr>", "\n").replaceAll("<[^>]*>", " ")
                    .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        }
    }

    private static String textOf(Part p) throws MessagingException, IOException {
        try {
            Object c = p.getContent();
            if (c instanceof String s) {
                return s;
            }
        } catch (IOException e) {
            // unknown charset names are common in hostile mail: read the bytes as Latin-1 instead
        }
        try (InputStream in = p.getInputStream()) {
            return new String(in.readNBytes(TEXT_MAX), StandardCharsets.ISO_8859_1);
        }
    }

    private void appendStream(InputStream in) throws IOException {
        try (in) {
            appendText(new String(in.readNBytes(TEXT_MAX), StandardCharsets.ISO_8859_1));
        }
    }

    private void appendText(String s) {
        int room = TEXT_MAX - text.length();
        if (room > 0 && s != null) {
            text.append(s, 0, Math.min(room, s.length())).append('\n');
        }
    }

    private void markMalformed(Exception e) {
        malformed = true;
        if (malformedReason == null) {
            malformedReason = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Whatever the MIME structure, the raw body is still text a person could read. */
    private void rawFallback() {
        try (InputStream in = message.getRawInputStream()) {
            appendText(new String(in.readNBytes(TEXT_MAX), StandardCharsets.ISO_8859_1));
        } catch (MessagingException | IOException | RuntimeException e) {
            // nothing more to read; the view stays malformed with what the headers gave
        }
    }
}
