package au.chim.detect.bounce;

import au.chim.finding.Text;

import java.time.Instant;

/**
 * What the classifier read out of one bounce, fax report or FaxMaker response file.
 *
 * @param kind              the outcome
 * @param failedRecipient   the address that failed, lower-cased; null for fax or when unknown
 * @param statusCode        enhanced status code (RFC 3463) like {@code 5.1.1}, or a fax result word
 *                          such as {@code BUSY}; null when unknown
 * @param diagnostic        the remote server's or FaxMaker's explanation, one clipped line
 * @param originalMessageId Message-ID of the mail that failed, without angle brackets; null when unknown
 * @param faxNumberE164     fax number as {@code +61299998888}; null when not a fax or not parseable
 * @param faxJobId          FaxMaker job id (from {@code ::resend} or the body); null when unknown
 * @param reportingMta      the MTA or gateway that reported it (Reporting-MTA, host name); may be null
 * @param style             how it was recognised: dsn, exchange, gmail, exim, qmail, postfix, faxmaker,
 *                          faxmaker-file, auto-reply, human, malformed ...
 * @param reportedAt        Date of the report (for correlation windows); null when absent
 * @param reason            why delivery failed (decides hard/soft and who acts); null for fax and non-bounces
 * @param sendingDomain     our domain the refused mail was sent from (the bounce's addressee), lower-cased; may be null
 */
public record BounceReport(
        BounceKind kind,
        String failedRecipient,
        String statusCode,
        String diagnostic,
        String originalMessageId,
        String faxNumberE164,
        String faxJobId,
        String reportingMta,
        String style,
        Instant reportedAt,
        BounceReason reason,
        String sendingDomain) {

    /** Longest diagnostic kept: enough for "550 5.1.1 ... user unknown" plus the MTA's hint. */
    public static final int DIAGNOSTIC_MAX = 300;

    public BounceReport {
        diagnostic = Text.oneLine(diagnostic, DIAGNOSTIC_MAX);
        failedRecipient = failedRecipient == null || failedRecipient.isBlank()
                ? null : Text.oneLine(failedRecipient, 254).toLowerCase(java.util.Locale.ROOT);
        originalMessageId = MessageIds.bare(originalMessageId);
        reportingMta = Text.oneLine(reportingMta, 200);
        faxJobId = Text.oneLine(faxJobId, 60);
        statusCode = Text.oneLine(statusCode, 40);
        sendingDomain = sendingDomain == null ? null : Text.oneLine(sendingDomain, 100).toLowerCase(java.util.Locale.ROOT);
    }

    /** A report with a reason, before the sending domain is known. */
    public BounceReport(BounceKind kind, String failedRecipient, String statusCode, String diagnostic, String originalMessageId,
                        String faxNumberE164, String faxJobId, String reportingMta, String style, Instant reportedAt, BounceReason reason) {
        this(kind, failedRecipient, statusCode, diagnostic, originalMessageId, faxNumberE164, faxJobId, reportingMta, style,
                reportedAt, reason, null);
    }

    /** A report without a delivery reason (fax results, replies, unreadable mail). */
    public BounceReport(BounceKind kind, String failedRecipient, String statusCode, String diagnostic, String originalMessageId,
                        String faxNumberE164, String faxJobId, String reportingMta, String style, Instant reportedAt) {
        this(kind, failedRecipient, statusCode, diagnostic, originalMessageId, faxNumberE164, faxJobId, reportingMta, style,
                reportedAt, null, null);
    }

    static BounceReport of(BounceKind kind, String style) {
        return new BounceReport(kind, null, null, null, null, null, null, null, style, null);
    }

    BounceReport withReportedAt(Instant at) {
        return new BounceReport(kind, failedRecipient, statusCode, diagnostic, originalMessageId, faxNumberE164,
                faxJobId, reportingMta, style, at, reason, sendingDomain);
    }

    BounceReport withOriginalMessageId(String id) {
        return new BounceReport(kind, failedRecipient, statusCode, diagnostic, id, faxNumberE164,
                faxJobId, reportingMta, style, reportedAt, reason, sendingDomain);
    }

    BounceReport withSendingDomain(String domain) {
        return new BounceReport(kind, failedRecipient, statusCode, diagnostic, originalMessageId, faxNumberE164,
                faxJobId, reportingMta, style, reportedAt, reason, domain);
    }
}
