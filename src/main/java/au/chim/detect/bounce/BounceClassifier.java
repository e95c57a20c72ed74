package au.chim.detect.bounce;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

/**
 * Decides what one mail in the ClickHome sending mailbox means: an RFC 3464 report first, then a FaxMaker
 * transmission report, then the known non-standard bounce styles, then automatic replies. Never throws:
 * a mail that cannot be read becomes {@link BounceKind#UNPARSEABLE} with the reason as diagnostic.
 */
public final class BounceClassifier {
    private static final Session SESSION = Session.getInstance(new Properties());
    /** Whole messages above this are not read (a bounce is small; a huge one is an attachment storm). */
    private static final int RAW_MAX = 10 * 1024 * 1024;

    private final FaxNumbers faxNumbers;
    private final FaxMakerReports faxMaker;

    public BounceClassifier(FaxNumbers faxNumbers) {
        this.faxNumbers = faxNumbers;
        this.faxMaker = new FaxMakerReports(faxNumbers);
    }

    /** Australian fax numbers. */
    public BounceClassifier() {
        this(FaxNumbers.australia());
    }

    /** Classifies raw RFC 5322 bytes (an .eml file, a stored copy). */
    public BounceReport classify(byte[] raw) {
        return classify(new ByteArrayInputStream(raw));
    }

    /** One report per failed recipient of the mail (at least one: the same as {@link #classify(byte[])}). */
    public java.util.List<BounceReport> classifyEach(byte[] raw) {
        return java.util.List.of(classify(raw));
    }

    public BounceReport classify(InputStream raw) {
        try {
            return classify(new MimeMessage(SESSION, raw));
        } catch (MessagingException | RuntimeException e) {
            return unparseable("malformed", e);
        }
    }

    /**
     * Classifies a mail as received. An IMAP message is first copied whole into memory, because IMAP serves
     * parts from the server's BODYSTRUCTURE and a multipart/report then reads differently from the file.
     */
    public BounceReport classify(MimeMessage message) {
        if (message == null) {
            return unparseable("malformed", new IllegalArgumentException("no message"));
        }
        try {
            MimeMessage m = detach(message);
            MailView v = MailView.of(m);
            BounceReport r = decide(v);
            if (r.reportedAt() == null && v.date != null) {
                r = r.withReportedAt(v.date);
            }
            return r;
        } catch (MessagingException | IOException | RuntimeException e) {
            return unparseable("malformed", e);
        }
    }

    private BounceReport decide(MailView v) {
        BounceReport dsn = fromDeliveryStatus(v);
        if (dsn != null) {
            return dsn;
        }
        if (FaxMakerReports.looksLikeFaxMaker(v)) {
            return faxMaker.parse(v);
        }
        if (MtaHeuristics.looksLikeBounce(v)) {
            BounceReport r = MtaHeuristics.parse(v);
            if (r != null) {
                return forFaxAddress(r);
            }
            return new BounceReport(BounceKind.UNPARSEABLE, null, null,
                    v.malformed ? v.malformedReason : "bounce without a recognisable failed recipient: " + v.subject,
                    v.originalMessageId, null, null, null, v.malformed ? "malformed" : "unknown-bounce", v.date);
        }
        if (AutoReplies.isAutoReply(v)) {
            return new BounceReport(BounceKind.AUTO_REPLY, null, null, v.subject, v.inReplyTo, null, null, null, "auto-reply", v.date);
        }
        if (v.malformed) {
            return new BounceReport(BounceKind.UNPARSEABLE, null, null, v.malformedReason, null, null, null, null, "malformed", v.date);
        }
        return new BounceReport(BounceKind.NOT_A_BOUNCE, null, null, v.subject, v.inReplyTo, null, null, null, "human", v.date);
    }

    private BounceReport fromDeliveryStatus(MailView v) {
        for (DeliveryStatus ds : v.deliveryStatuses) {
            DeliveryStatus.Recipient r = ds.primary();
            if (r == null || r.address() == null) {
                continue;
            }
            String diag = DeliveryStatus.typed(r.diagnosticCode());
            String status = SmtpStatus.find(r.status());
            if (status == null) {
                status = SmtpStatus.find(diag);
            }
            String action = r.action() == null ? (status != null && !status.startsWith("2") ? "failed" : "") : r.action();
            BounceKind kind = switch (action) {
                case "failed" -> SmtpStatus.failedKind(status, diag);
                case "delayed" -> BounceKind.DELAYED;
                default -> BounceKind.NOT_A_BOUNCE;   // delivered, relayed, expanded: success notices
            };
            String mta = ds.reportingMta() != null ? ds.reportingMta() : r.remoteMta();
            BounceReport report = new BounceReport(kind, r.address(), status, diag != null ? diag : r.status(),
                    v.originalMessageId != null ? v.originalMessageId : v.inReplyTo, null, null, mta, "dsn/" + family(v, mta), v.date);
            return forFaxAddress(report);
        }
        return null;
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
        BounceKind kind = r.kind() == BounceKind.HARD_BOUNCE ? BounceKind.FAX_GATEWAY : r.kind();
        return new BounceReport(kind, r.failedRecipient(), r.statusCode(), r.diagnostic(), r.originalMessageId(), fax,
                null, r.reportingMta(), r.style(), r.reportedAt());
    }

    private static String family(MailView v, String mta) {
        String m = mta == null ? "" : mta.toLowerCase(Locale.ROOT);
        if (m.contains("outlook.com") || m.contains("exchange") || v.header("X-MS-Exchange-Message-Is-Ndr") != null) {
            return "exchange";
        }
        if (m.contains("google") || v.from.toLowerCase(Locale.ROOT).contains("googlemail")) {
            return "gmail";
        }
        if (v.header("X-Postfix-Queue-ID") != null || v.textLower().contains("this is the mail system at")) {
            return "postfix";
        }
        return "generic";
    }

    private static MimeMessage detach(MimeMessage message) throws MessagingException, IOException {
        if (message.getClass() == MimeMessage.class) {
            return message;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        if (out.size() > RAW_MAX) {
            throw new IOException("message larger than " + RAW_MAX + " bytes");
        }
        return new MimeMessage(SESSION, new ByteArrayInputStream(out.toByteArray()));
    }

    private static BounceReport unparseable(String style, Exception e) {
        return new BounceReport(BounceKind.UNPARSEABLE, null, null, e.getClass().getSimpleName() + ": " + e.getMessage(),
                null, null, null, null, style, null);
    }
}
