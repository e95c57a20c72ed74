package au.chim.notify;

import au.chim.finding.Text;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

/**
 * Builds the MIME email for an outbox row: plain text plus HTML alternative, optional CSV
 * attachment, and the Message-ID chosen when the row was written. Subjects are forced to one
 * bounded line here as well, so no stored value can ever add a header.
 */
public class MailComposer {
    static final int SUBJECT_MAX = 200;

    private final Session session = Session.getInstance(new Properties());
    private final InternetAddress from;
    private final Clock clock;

    public MailComposer(String from, Clock clock) {
        try {
            this.from = new InternetAddress(from, true);
        } catch (MessagingException e) {
            throw new IllegalStateException("setting monitor.mail.from is not a valid address: '" + from + "'", e);
        }
        this.clock = clock;
    }

    public MimeMessage compose(OutboxMessage row) throws MessagingException {
        OutboxMail m = row.mail();
        MimeMessage msg = new FixedIdMessage(session, row.messageId());
        msg.setFrom(from);
        msg.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(m.recipientEmail(), true));
        msg.setSubject(Text.oneLine(m.subject(), SUBJECT_MAX), StandardCharsets.UTF_8.name());
        msg.setSentDate(Date.from(clock.instant()));
        msg.setHeader("Auto-Submitted", "auto-generated");
        msg.setHeader("X-Monitor-Kind", m.kind());

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(m.bodyText(), StandardCharsets.UTF_8.name());
        alternative.addBodyPart(text);
        if (m.bodyHtml() != null) {
            alternative.addBodyPart(InlineChart.htmlPart(m.bodyHtml()));
        }
        if (m.attachmentBody() == null) {
            msg.setContent(alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    m.attachmentBody().getBytes(StandardCharsets.UTF_8), m.attachmentType() + "; charset=UTF-8")));
            attachment.setFileName(m.attachmentName());
            mixed.addBodyPart(attachment);
            msg.setContent(mixed);
        }
        msg.saveChanges();
        return msg;
    }

    /** Keeps the outbox's Message-ID through saveChanges(), which would otherwise invent a new one per attempt. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
