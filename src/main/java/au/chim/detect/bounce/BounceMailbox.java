package au.chim.detect.bounce;

import au.chim.finding.Text;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bean behind the detect-bounces route: one mail from the ClickHome sending mailbox in, its outcome and the
 * folder it must be moved to out. Reading trouble (IMAP connection) and ClickHome trouble propagate so the mail
 * stays unseen and is read again; anything wrong with the mail itself ends in the unparsed folder.
 */
public final class BounceMailbox {
    private static final Logger LOG = LoggerFactory.getLogger(BounceMailbox.class);
    private static final int WARNED_MAX = 1000;

    /** One mail as handled: what it was read as, what it leads to, where it goes; uid and subject only for the log. */
    public record Handling(BounceCounters.Handled handled, BounceOutcome outcome, String folder, String uid, String subject) {
    }

    /** The mailbox could not be read; retried on the next poll. */
    public static final class MailboxReadException extends RuntimeException {
        public MailboxReadException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final BounceClassifier classifier;
    private final BounceMailHandler handler;
    private final BounceCounters counters;
    private final Folders folders;
    private final Set<String> warned = Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > WARNED_MAX;
        }
    });

    /** IMAP folders handled mails are moved to (created on first use). */
    public record Folders(String processed, String ignored, String unparsed) {
    }

    private final UnparsedWatch unparsed;

    public BounceMailbox(BounceClassifier classifier, BounceMailHandler handler, BounceCounters counters, Folders folders,
                         UnparsedWatch unparsed) {
        this.classifier = classifier;
        this.handler = handler;
        this.counters = counters;
        this.folders = folders;
        this.unparsed = unparsed;
    }

    /** Reads and evaluates one mail (camel-mail with mapMailMessage=false hands over the jakarta.mail message). */
    public Handling read(MimeMessage message) {
        String messageId = header(message, "Message-ID");
        String fromDomain = fromDomain(message);
        BounceReport report = classifier.classify(RawMail.head(message, BounceClassifier.READ_MAX));
        BounceOutcome outcome = unparsed.check(handler.evaluate(report));
        String folder = switch (outcome.result()) {
            case UNPARSEABLE -> folders.unparsed();
            case IGNORED -> folders.ignored();
            default -> folders.processed();
        };
        return new Handling(new BounceCounters.Handled("mailbox", messageId, fromDomain, report, outcome.result()), outcome, folder,
                RawMail.uid(message), Text.oneLine(RawMail.subject(message), 120));
    }

    /** The IMAP folder the mail moves to once the register has its findings (camel-mail header {@code moveTo}). */
    public String folderFor(Handling h) {
        return h.folder();
    }

    /** Events and snapshots for direct:register, in that order; empty when there is nothing to register. */
    public List<Object> findings(Handling h) {
        List<Object> out = new ArrayList<>(h.outcome().events());
        out.addAll(h.outcome().snapshots());
        return out;
    }

    /** After the register accepted the outcome: count it, and say once per mail that one could not be read. */
    public void done(Handling h) {
        counters.count(h.handled());
        if (h.outcome().result() == BounceOutcome.Result.UNPARSEABLE) {
            String key = h.handled().id() + "|" + h.handled().fromDomain();
            boolean first;
            synchronized (warned) {
                first = warned.add(key);
            }
            if (first) {
                LOG.warn("{}: unreadable mail uid={} message-id={} subject=\"{}\" from-domain={} moved to {} ({})", h.handled().source(),
                        h.uid(), h.handled().id(), h.subject(), h.handled().fromDomain(), h.folder() == null ? "its folder" : h.folder(),
                        Text.oneLine(h.handled().report().diagnostic(), 120));
            }
        }
    }

    private static String header(MimeMessage m, String name) {
        try {
            String v = m.getHeader(name, null);
            return v == null ? null : Text.oneLine(MessageIds.bare(v), 250);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String fromDomain(MimeMessage m) {
        try {
            String from = m.getHeader("From", null);
            if (from == null) {
                return null;
            }
            InternetAddress[] a = InternetAddress.parseHeader(from, false);
            String address = a.length == 0 || a[0].getAddress() == null ? "" : a[0].getAddress();
            int at = address.lastIndexOf('@');
            return at < 0 ? null : Text.oneLine(address.substring(at + 1).toLowerCase(Locale.ROOT), 100);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }
}
