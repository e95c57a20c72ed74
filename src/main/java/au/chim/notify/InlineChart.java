package au.chim.notify;

import au.chim.notify.render.OpenIssuesChart;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The digest's chart as an inline image (multipart/related, Content-ID) beside its HTML. The outbox stores text
 * only, so the HTML carries the chart's numbers (data-days, data-open on the img) and the PNG is drawn from them
 * when the email is composed: every retry sends the same picture.
 */
final class InlineChart {
    private static final Pattern IMG = Pattern.compile("<img src=\"cid:" + Pattern.quote(OpenIssuesChart.CID)
            + "\"[^>]*?data-days=\"([^\"]*)\" data-open=\"([0-9,]*)\"");

    private InlineChart() {
    }

    /** The HTML part, with the chart beside it when the HTML shows one. */
    static MimeBodyPart htmlPart(String html) throws MessagingException {
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(html, StandardCharsets.UTF_8.name(), "html");
        Optional<byte[]> png = chart(html);
        if (png.isEmpty()) {
            return htmlPart;
        }
        MimeMultipart related = new MimeMultipart("related");
        related.addBodyPart(htmlPart);
        MimeBodyPart image = new MimeBodyPart();
        image.setDataHandler(new DataHandler(new ByteArrayDataSource(png.get(), "image/png")));
        image.setContentID("<" + OpenIssuesChart.CID + ">");
        image.setDisposition(Part.INLINE);
        image.setFileName("open-issues.png");
        related.addBodyPart(image);
        MimeBodyPart wrapper = new MimeBodyPart();
        wrapper.setContent(related);
        return wrapper;
    }

    static Optional<byte[]> chart(String html) {
        Matcher m = IMG.matcher(html);
        if (!m.find() || m.group(2).isEmpty()) {
            return Optional.empty();
        }
        List<String> days = Arrays.asList(m.group(1).split(","));
        List<Integer> open = Arrays.stream(m.group(2).split(",")).map(Integer::valueOf).toList();
        return Optional.of(OpenIssuesChart.png(days, open));
    }
}
