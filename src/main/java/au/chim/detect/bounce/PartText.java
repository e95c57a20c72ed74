package au.chim.detect.bounce;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The text of one MIME part, bounded, whatever its charset or a broken Content-Type says. */
final class PartText {
    private PartText() {
    }

    /** The decoded text; bytes as Latin-1 when the charset is unknown (common in hostile mail). */
    static String of(Part p, int max) throws MessagingException, IOException {
        try {
            if (p.getSize() < max * 4 && p.getContent() instanceof String s) {
                return s;
            }
        } catch (IOException | RuntimeException e) {
            // unknown charset names and unparseable Content-Types: read the bytes instead
        }
        return bytes(p, max);
    }

    static String bytes(Part p, int max) throws MessagingException, IOException {
        try (InputStream in = p.getInputStream()) {
            return new String(in.readNBytes(max), StandardCharsets.ISO_8859_1);
        }
    }

    /** HTML as the lines a person reads: scripts and styles dropped, breaks kept, the common entities decoded. */
    static String fromHtml(String html) {
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</tr>", "\n").replaceAll("<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /**
     * A text part whose Content-Type does not parse ("text/plain" folded onto a charset line without its ';'): Jakarta
     * Mail then says it is no text at all, yet a bounce's explanation is in it.
     */
    static boolean isBrokenText(Part p) {
        try {
            String type = p.getContentType();
            return type != null && type.strip().toLowerCase(Locale.ROOT).startsWith("text/") && !p.isMimeType("text/*");
        } catch (MessagingException | RuntimeException e) {
            return false;
        }
    }
}
