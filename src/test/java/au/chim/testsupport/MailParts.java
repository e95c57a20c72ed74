package au.chim.testsupport;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.util.ArrayList;
import java.util.List;

/** The parts of a received email as a mail client shows them: the plain text and the HTML (line ends as \\n), every leaf part. */
public final class MailParts {
    private MailParts() {
    }

    public static String text(Part message) throws Exception {
        return first(message, "text/plain");
    }

    public static String html(Part message) throws Exception {
        return first(message, "text/html");
    }

    /** Every leaf part, depth first. */
    public static List<Part> leaves(Part p) throws Exception {
        List<Part> out = new ArrayList<>();
        if (p.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart b = mp.getBodyPart(i);
                out.addAll(leaves(b));
            }
        } else {
            out.add(p);
        }
        return out;
    }

    private static String first(Part message, String type) throws Exception {
        for (Part p : leaves(message)) {
            if (p.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                return String.valueOf(p.getContent()).replace("\r\n", "\n");
            }
        }
        return null;
    }
}
