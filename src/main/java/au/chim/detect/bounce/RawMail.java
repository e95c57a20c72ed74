package au.chim.detect.bounce;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Reads a mail from the mailbox without the IMAP ENVELOPE (which null senders make unreadable) and without holding
 * more than a bounded head of it: a bounce explains itself at the top, and a 50 MB returned attachment is cut off
 * while streaming rather than loaded. Server trouble propagates as {@link BounceMailbox.MailboxReadException}.
 */
final class RawMail {
    private RawMail() {
    }

    /** Stops the copy once the head is full: the rest of the mail is never fetched into memory. */
    private static final class Full extends IOException {
        Full() {
            super("head full");
        }
    }

    /** The first {@code max} bytes of the raw message (all of it when smaller). */
    static byte[] head(MimeMessage message, int max) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        OutputStream capped = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                int room = max - buffer.size();
                buffer.write(b, off, Math.min(room, len));
                if (len >= room) {
                    throw new Full();
                }
            }
        };
        try {
            message.writeTo(capped);
        } catch (Full full) {
            // bounded on purpose: what was read is enough to classify the mail
        } catch (MessagingException | IOException e) {
            throw new BounceMailbox.MailboxReadException("mail could not be fetched from the mailbox: " + e.getMessage(), e);
        }
        return buffer.toByteArray();
    }

    /** The IMAP UID of the mail (for a person looking for it), or "?" when the folder has none. */
    static String uid(MimeMessage message) {
        try {
            Folder f = message.getFolder();
            return f instanceof UIDFolder u ? String.valueOf(u.getUID(message)) : "?";
        } catch (MessagingException | RuntimeException e) {
            return "?";
        }
    }

    /** The decoded subject from the raw header (no envelope needed), or "". */
    static String subject(MimeMessage message) {
        try {
            String s = message.getHeader("Subject", null);
            return s == null ? "" : MimeUtility.decodeText(MimeUtility.unfold(s));
        } catch (MessagingException | IOException | RuntimeException e) {
            return "";
        }
    }
}
