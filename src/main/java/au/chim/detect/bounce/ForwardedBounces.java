package au.chim.detect.bounce;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounces a provider passes on instead of writing its own: pasted as text under a help note ("please contact
 * support, quoting this report"), or attached as a message under a note that names no recipient.
 */
final class ForwardedBounces {
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^\\s*Message-ID:\\s*(<[^<>\\s]+>)");

    private ForwardedBounces() {
    }

    /**
     * The delivery-status fields of a bounce pasted after the note (the text the classifier took for the returned
     * original); empty when it holds none. The call-up it returns is the last message in it, not the pasted bounce itself.
     */
    static List<DsnFields.Recipient> pasted(MailView v, String tail, String[] reportingMta) {
        List<DsnFields.Recipient> fields = DsnFields.read(tail, reportingMta);
        if (!fields.isEmpty()) {
            Matcher id = MESSAGE_ID.matcher(tail);
            while (id.find()) {
                v.originalMessageId = id.group(1);
            }
        }
        return fields;
    }

    /** The attached message as a mail of its own, at most {@code max} bytes; null when there is none or it cannot be read. */
    static MimeMessage attached(MailView v, Session session, int max) {
        if (v.attached == null) {
            return null;
        }
        try (InputStream in = v.attached.getInputStream()) {
            return new MimeMessage(session, new ByteArrayInputStream(in.readNBytes(max)));
        } catch (MessagingException | IOException | RuntimeException e) {
            return null;
        }
    }
}
