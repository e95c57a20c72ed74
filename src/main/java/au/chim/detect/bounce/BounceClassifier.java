package au.chim.detect.bounce;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what one mail in the ClickHome sending mailbox means: a complaint report, delivery-status fields (in their
 * own part or pasted as text), a FaxMaker transmission report, a bounce written for people, an automatic reply.
 * Never throws: a mail that cannot be read, or that looks like a delivery failure but names no recipient, becomes
 * {@link BounceKind#UNPARSEABLE} with the reason as diagnostic.
 */
public final class BounceClassifier {
    private static final Session SESSION = Session.getInstance(new Properties());
    /** Bytes of a mail that are read: a bounce explains itself at the top; the rest is the returned original's attachments. */
    static final int READ_MAX = 2 * 1024 * 1024;
    private static final Pattern ORIGINAL_ID = Pattern.compile("(?im)^\\s*Message-ID:\\s*(<[^<>\\s]+>)");

    private final FaxNumbers faxNumbers;
    private final FaxMakerReports faxMaker;
    private final FailureReports failures = new FailureReports(BounceReasons.shipped(), ProviderReasons.shipped());

    public BounceClassifier(FaxNumbers faxNumbers) {
        this.faxNumbers = faxNumbers;
        this.faxMaker = new FaxMakerReports(faxNumbers);
    }

    /** Australian fax numbers. */
    public BounceClassifier() {
        this(FaxNumbers.australia());
    }

    /** Classifies raw RFC 5322 bytes (an .eml file, a stored copy): the report of its first failed recipient. */
    public BounceReport classify(byte[] raw) {
        return classifyEach(raw).get(0);
    }

    /** One report per failed recipient of the mail (at least one; the first is what {@link #classify(byte[])} gives). */
    public List<BounceReport> classifyEach(byte[] raw) {
        try {
            int start = mboxLineEnd(raw);
            MimeMessage m = new MimeMessage(SESSION, new ByteArrayInputStream(raw, start, Math.min(raw.length - start, READ_MAX)));
            return classifyEach(m);
        } catch (MessagingException | RuntimeException e) {
            return List.of(unparseable("malformed", e));
        }
    }

    /** Classifies a stored mail from a stream, reading at most {@link #READ_MAX} bytes of it. */
    public List<BounceReport> classifyEach(java.io.InputStream raw) {
        try {
            return classifyEach(raw.readNBytes(READ_MAX));
        } catch (IOException | RuntimeException e) {
            return List.of(unparseable("malformed", e));
        }
    }

    /**
     * Classifies a mail as received. An IMAP message is first copied into memory, because IMAP serves parts from
     * the server's BODYSTRUCTURE and a multipart/report then reads differently from the file.
     */
    public BounceReport classify(MimeMessage message) {
        try {
            return message == null ? unparseable("malformed", new IllegalArgumentException("no message"))
                    : classifyEach(detach(message)).get(0);
        } catch (MessagingException | IOException | RuntimeException e) {
            return unparseable("malformed", e);
        }
    }

    private List<BounceReport> classifyEach(MimeMessage m) {
        try {
            MailView v = MailView.of(m);
            List<BounceReport> reports = decide(v, false);
            return reports.stream().map(r -> r.reportedAt() == null && v.date != null ? r.withReportedAt(v.date) : r)
                    .map(r -> r.withSendingDomain(v.sendingDomain)).map(this::forFaxAddress).toList();
        } catch (RuntimeException e) {
            return List.of(unparseable("malformed", e));
        }
    }

    private List<BounceReport> decide(MailView v, boolean inner) {
        if (BounceSigns.isFeedback(v)) {
            return FeedbackReports.of(v);
        }
        String text = v.text.toString();
        int cut = TextBounce.originalStart(text);
        String head = text.substring(0, cut);
        String tail = text.substring(cut);
        if (v.originalMessageId == null) {
            Matcher id = ORIGINAL_ID.matcher(tail);
            v.originalMessageId = id.find() ? id.group(1) : null;
        }
        String[] mta = new String[1];
        List<DsnFields.Recipient> fields = DsnFields.read(v.dsn.isEmpty() ? head : v.dsn, mta);
        if (fields.isEmpty() && !v.dsn.isEmpty()) {
            fields = DsnFields.read(head, mta);
        }
        if (fields.isEmpty() && TextBounce.named(head, v.ownAddresses).isEmpty()) {
            fields = ForwardedBounces.pasted(v, tail, mta);
            head = fields.isEmpty() ? head : tail;
        }
        if (!fields.isEmpty()) {
            return primaryFirst(failures.fromDsn(v, fields, mta[0], head));
        }
        List<BounceReport> fml = FmlNotices.isFml(v) ? failures.fromText(v, FmlNotices.failures(v, head), head) : List.of();
        if (!fml.isEmpty()) {
            return primaryFirst(fml);
        }
        if (FaxMakerReports.looksLikeFaxMaker(v)) {
            return List.of(faxMaker.parse(v));
        }
        if (BounceSigns.looksLikeBounce(v)) {
            List<BounceReport> json = failures.fromJson(v);
            List<BounceReport> reports = json.isEmpty() ? failures.fromText(v, TextBounce.failures(head, tail, v.ownAddresses), head) : json;
            List<BounceReport> attached = reports.isEmpty() && !inner ? attachedBounce(v) : List.of();
            reports = attached.isEmpty() ? reports : attached;
            return reports.isEmpty() ? List.of(new BounceReport(BounceKind.UNPARSEABLE, null, null,
                    v.malformed ? v.malformedReason : "bounce without a recognisable failed recipient: " + v.subject,
                    v.originalMessageId, null, null, null, v.malformed ? "malformed" : "unknown-bounce", v.date)) : primaryFirst(reports);
        }
        if (AutoReplies.isAutoReply(v)) {
            return List.of(new BounceReport(BounceKind.AUTO_REPLY, null, null, v.subject, v.inReplyTo, null, null, null,
                    "auto-reply", v.date, BounceReason.VACATION));
        }
        if (v.malformed) {
            return List.of(new BounceReport(BounceKind.UNPARSEABLE, null, null, v.malformedReason, null, null, null, null, "malformed", v.date));
        }
        return List.of(new BounceReport(BounceKind.NOT_A_BOUNCE, null, null, v.subject, v.inReplyTo, null, null, null, "human", v.date));
    }

    /** A mail system that forwards the real bounce as an attachment, its own note naming no recipient. */
    private List<BounceReport> attachedBounce(MailView v) {
        MimeMessage m = ForwardedBounces.attached(v, SESSION, READ_MAX);
        List<BounceReport> r = m == null ? List.of() : decide(MailView.of(m), true);
        return r.isEmpty() || r.get(0).failedRecipient() == null ? List.of() : r;
    }

    /** The report a single-report caller sees is a failure when there is one, not a "delivered" line of the same DSN. */
    private static List<BounceReport> primaryFirst(List<BounceReport> reports) {
        return reports.stream().sorted((a, b) -> Boolean.compare(a.reason() == BounceReason.DELIVERED, b.reason() == BounceReason.DELIVERED))
                .toList();
    }

    /**
     * An email bounce for {@code <number>@<faxdomain>} means the mail never reached FaxMaker: the gateway
     * (its domain, connector or subscription) is at fault, not the trade.
     */
    private BounceReport forFaxAddress(BounceReport r) {
        String fax = faxNumbers.fromFaxAddress(r.failedRecipient());
        if (fax == null || !r.failedRecipient().toLowerCase(Locale.ROOT).matches(".*@[^@]*fax[^@]*")) {
            return r;
        }
        boolean refused = r.kind() == BounceKind.HARD_BOUNCE || r.kind() == BounceKind.SENDER_REFUSED;
        return new BounceReport(refused ? BounceKind.FAX_GATEWAY : r.kind(), r.failedRecipient(), r.statusCode(), r.diagnostic(),
                r.originalMessageId(), fax, null, r.reportingMta(), r.style(), r.reportedAt(), r.reason(), r.sendingDomain());
    }

    /** An mbox copy starts with a "From " separator line that is no header: skip it. */
    private static int mboxLineEnd(byte[] raw) {
        if (raw.length > 5 && Arrays.equals(raw, 0, 5, "From ".getBytes(), 0, 5)) {
            for (int i = 5; i < raw.length; i++) {
                if (raw[i] == '\n') {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static MimeMessage detach(MimeMessage message) throws MessagingException, IOException {
        if (message.getClass() == MimeMessage.class) {
            return message;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return new MimeMessage(SESSION, new ByteArrayInputStream(out.toByteArray(), 0, Math.min(out.size(), READ_MAX)));
    }

    private static BounceReport unparseable(String style, Exception e) {
        return new BounceReport(BounceKind.UNPARSEABLE, null, null, e.getClass().getSimpleName() + ": " + e.getMessage(),
                null, null, null, null, style, null);
    }
}
