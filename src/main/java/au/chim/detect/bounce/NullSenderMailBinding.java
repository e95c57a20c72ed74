package au.chim.detect.bounce;

import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailBinding;
import org.apache.camel.component.mail.MailHeaderFilterStrategy;
import org.apache.camel.util.CollectionHelper;

import java.io.IOException;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;

/**
 * camel-mail's binding, except that a mail whose IMAP ENVELOPE the client cannot parse still gets its headers.
 * Bounces from a null sender ({@code From: MAILER-DAEMON <>}, {@code From: <>}) make the server's ENVELOPE
 * unreadable to Jakarta Mail; the stock binding asks it for the sent date, fails, and the mail stays in the INBOX,
 * fetched again every poll. The raw header block (BODY.PEEK[HEADER]) needs no envelope, so it is used instead.
 */
public class NullSenderMailBinding extends MailBinding {
    /** As the endpoint builds its own binding with mapMailMessage=false: the route gets the jakarta.mail message as body. */
    public NullSenderMailBinding() {
        super(new MailHeaderFilterStrategy(), null, false, false);
    }

    @Override
    protected Map<String, Object> extractHeadersFromMail(Message mail, Exchange exchange) throws MessagingException, IOException {
        try {
            return super.extractHeadersFromMail(mail, exchange);
        } catch (MessagingException e) {
            Map<String, Object> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            Enumeration<Header> all = mail.getAllHeaders();
            while (all.hasMoreElements()) {
                Header h = all.nextElement();
                CollectionHelper.appendValue(headers, h.getName(), h.getValue());
            }
            return headers;
        }
    }
}
