package au.chim.detect.bounce;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import au.chim.finding.Severity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a {@link BounceReport} and its ClickHome message into findings keyed on the business entity
 * (the supplier or client whose address fails, the FaxMaker gateway), not on the single mail.
 * Email bounces are events; fax results are snapshots of one scope per supplier (or number), so the
 * latest fax result for a trade is what the register holds and a sent fax resolves the failure.
 */
public final class BounceFindings {
    public static final String SOURCE = "bounce-mailbox";
    public static final String CODE_EMAIL_BOUNCED = "MSG_EMAIL_BOUNCED";
    public static final String CODE_FAX_FAILED = "MSG_FAX_FAILED";
    public static final String CODE_FAX_BAD_NUMBER = "MSG_FAX_BAD_NUMBER";
    public static final String CODE_FAX_GATEWAY = "MSG_FAX_GATEWAY";
    /** Snapshot scope owning the FaxMaker gateway issue raised from reports. */
    public static final String SCOPE_FAX_GATEWAY = "bounce:fax-gateway";
    /** Prefix of the per-trade fax scope: {@code bounce:fax:SPARK01} or {@code bounce:fax:+61298765432}. */
    public static final String SCOPE_FAX_PREFIX = "bounce:fax:";

    private final SoftBounceCounter softCounter;
    private final int softThreshold;
    private final Duration softWindow;

    /**
     * @param softThreshold soft bounces / delays of one address that make an issue (default 3)
     * @param softWindow    window they must fall in (default 72 h)
     */
    public BounceFindings(SoftBounceCounter softCounter, int softThreshold, Duration softWindow) {
        if (softThreshold < 1) {
            throw new IllegalArgumentException("monitor.detect.bounces.soft-threshold must be >= 1 (was " + softThreshold + ")");
        }
        this.softCounter = softCounter;
        this.softThreshold = softThreshold;
        this.softWindow = softWindow;
    }

    public BounceOutcome evaluate(BounceReport report, Optional<MessageCorrelation> correlation, Instant now) {
        MessageCorrelation m = correlation == null ? null : correlation.orElse(null);
        return switch (report.kind()) {
            case HARD_BOUNCE -> raised(emailFinding(report, m, Severity.ERROR, null, now));
            case SENDER_REFUSED -> raised(SenderIssues.refused(report, m, now));
            case FEEDBACK -> raised(SenderIssues.complaint(report, m, now));
            case SOFT_BOUNCE, DELAYED -> soft(report, m, now);
            case FAX_SENT -> faxResolved(report, m);
            case FAX_FAILED_RETRYABLE, FAX_BAD_NUMBER -> faxFailed(report, m, now);
            case FAX_GATEWAY -> new BounceOutcome(BounceOutcome.Result.RAISED, List.of(),
                    List.of(new FindingSnapshot(SCOPE_FAX_GATEWAY, List.of(gatewayFinding(report, m, now)))));
            case AUTO_REPLY, NOT_A_BOUNCE -> BounceOutcome.of(BounceOutcome.Result.IGNORED);
            case UNPARSEABLE -> BounceOutcome.of(BounceOutcome.Result.UNPARSEABLE);
        };
    }

    private BounceOutcome soft(BounceReport r, MessageCorrelation m, Instant now) {
        if (r.failedRecipient() == null) {
            return BounceOutcome.of(BounceOutcome.Result.UNPARSEABLE);
        }
        if (r.kind() == BounceKind.SOFT_BOUNCE && r.reason() == BounceReason.EXPIRED) {
            // the sending server gave up after days of retries: the mail is lost now, whatever the count
            return raised(emailFinding(r, m, Severity.WARNING, "gave up after retrying", now));
        }
        SoftBounceCounter.Count c = softCounter.record(r.failedRecipient(), now, softWindow);
        if (c.count() < softThreshold) {
            return BounceOutcome.of(BounceOutcome.Result.SOFT_COUNTED);
        }
        String repeat = (r.kind() == BounceKind.DELAYED ? "delayed " : "soft-bounced ") + c.count() + " times since "
                + c.firstSeen() + " (threshold " + softThreshold + " in " + softWindow.toHours() + " h)";
        return raised(emailFinding(r, m, Severity.WARNING, repeat, now));
    }

    private static BounceOutcome raised(Finding f) {
        return new BounceOutcome(BounceOutcome.Result.RAISED, List.of(f), List.of());
    }

    private static Finding emailFinding(BounceReport r, MessageCorrelation m, Severity severity, String repeat, Instant now) {
        String address = r.failedRecipient() == null ? "unknown address" : r.failedRecipient();
        String reason = (r.reason() != null ? r.reason().words() : StatusWords.of(r.statusCode(), r.diagnostic()))
                + (r.statusCode() == null ? "" : ", " + r.statusCode());
        Finding.Builder b = Finding.builder(CODE_EMAIL_BOUNCED, Category.FAILED_MESSAGE, severity);
        String who;
        if (m != null && m.isSupplier()) {
            b.entity("supplier", m.supplierCode()).field("email").context("addressee", "supplier");
            who = "Supplier " + m.supplierCode() + "'s email address";
            b.suggestedAction("Accounts: get a working email address from " + name(m.supplierName(), m.supplierCode())
                    + " and correct it in the supplier master, then re-send the call-up.");
        } else if (m != null && m.isClient()) {
            String key = m.clientDebtorCode() != null ? m.clientDebtorCode() : "id:" + m.clientId();
            b.entity("client", key).field("email").context("addressee", "client");
            who = "Client " + key + "'s email address";
            b.suggestedAction("Sales/contract admin: confirm the client's email address and correct it in the client record.");
        } else {
            b.entity("email-address", address);
            who = "Email address " + address;
            b.suggestedAction("No ClickHome message matched this bounce; find who uses " + address + " and correct the record.");
        }
        b.summary(who + (repeat != null ? " keeps failing: " + reason : " bounces: " + reason))
                .detail(detail(r, m, address) + (repeat != null ? " It " + repeat + "." : ""))
                .evidence(evidence(r));
        return common(b, r, m, now).context("emailAddress", r.failedRecipient()).build();
    }

    private static BounceOutcome faxFailed(BounceReport r, MessageCorrelation m, Instant now) {
        boolean badNumber = r.kind() == BounceKind.FAX_BAD_NUMBER;
        String key = faxKey(r, m);
        if (key == null) {
            return BounceOutcome.of(BounceOutcome.Result.UNPARSEABLE);
        }
        Finding.Builder b = Finding.builder(badNumber ? CODE_FAX_BAD_NUMBER : CODE_FAX_FAILED, Category.FAILED_MESSAGE,
                badNumber ? Severity.ERROR : Severity.WARNING);
        String who = m != null && m.isSupplier() ? "supplier " + m.supplierCode() : "fax number " + r.faxNumberE164();
        b.entity(m != null && m.isSupplier() ? "supplier" : "fax-number", key).field("fax");
        if (badNumber) {
            b.summary("Fax number of " + who + " does not work (" + StatusWords.fax(r.statusCode()) + ")")
                    .suggestedAction("Accounts: get the correct fax number (or an email address) from the trade and fix the supplier master.");
        } else {
            b.summary("Fax to " + who + " failed after retries (" + StatusWords.fax(r.statusCode()) + "): phone the trade")
                    .suggestedAction("Supervisor: phone the trade about the call-up; resend from FaxMaker by replying to its report.");
        }
        b.detail(detail(r, m, r.faxNumberE164())).evidence(evidence(r));
        Finding f = common(b, r, m, now).context("faxNumber", r.faxNumberE164()).context("faxJobId", r.faxJobId()).build();
        // the fax reached a line, so FaxMaker itself works: its gateway issue (if any) resolves
        return new BounceOutcome(BounceOutcome.Result.RAISED, List.of(), List.of(
                new FindingSnapshot(SCOPE_FAX_PREFIX + key, List.of(f)), new FindingSnapshot(SCOPE_FAX_GATEWAY, List.of())));
    }

    private static BounceOutcome faxResolved(BounceReport r, MessageCorrelation m) {
        List<FindingSnapshot> s = new ArrayList<>();
        String key = faxKey(r, m);
        if (key != null) {
            s.add(new FindingSnapshot(SCOPE_FAX_PREFIX + key, List.of()));
        }
        s.add(new FindingSnapshot(SCOPE_FAX_GATEWAY, List.of()));
        return new BounceOutcome(BounceOutcome.Result.RESOLVED, List.of(), s);
    }

    private static Finding gatewayFinding(BounceReport r, MessageCorrelation m, Instant now) {
        boolean licence = "UNAUTHORIZED_SENDER".equals(r.statusCode()) || "SUBSCRIPTION".equals(r.statusCode());
        Finding.Builder b = Finding.builder(CODE_FAX_GATEWAY, Category.MESSAGE_GATEWAY, licence ? Severity.CRITICAL : Severity.ERROR)
                .entity("gateway", "faxmaker")
                .summary("FaxMaker refuses faxes from ClickHome (" + StatusWords.fax(r.statusCode()) + ")")
                .detail(detail(r, m, r.faxNumberE164() != null ? r.faxNumberE164() : r.failedRecipient()))
                .evidence(evidence(r))
                .suggestedAction(licence
                        ? "IT: check the FaxMaker (Online) subscription and that the ClickHome sending address is an authorised sender."
                        : "IT: check the FaxMaker server, its lines and the email-to-fax connector.");
        return common(b, r, m, now).context("faxNumber", r.faxNumberE164()).build();
    }

    private static Finding.Builder common(Finding.Builder b, BounceReport r, MessageCorrelation m, Instant now) {
        b.source(SOURCE).detectedAt(now);
        if (m != null) {
            b.context(Finding.SUPPLIER_CODE, m.supplierCode()).context(Finding.CONTRACT_NO, m.contractNo())
                    .context(Finding.BUSINESS_UNIT, m.businessUnit()).context(Finding.SUPERVISOR_EMAIL, m.supervisorEmail())
                    .context("clickhomeMessageId", m.messageId()).context("debtorCode", m.clientDebtorCode());
        }
        return b;
    }

    private static String faxKey(BounceReport r, MessageCorrelation m) {
        return m != null && m.isSupplier() ? m.supplierCode() : r.faxNumberE164();
    }

    private static String detail(BounceReport r, MessageCorrelation m, String target) {
        String msg = m == null ? "No ClickHome message matched (" + target + ")."
                : "ClickHome message " + m.messageId() + " (" + m.method() + (m.sent() == null ? "" : ", sent " + m.sent())
                + (m.contractNo() == null ? "" : ", contract " + m.contractNo()) + ") to " + target + ", matched by " + m.matchedBy() + ".";
        return msg + " " + (r.diagnostic() == null ? "Report: " + r.kind() : SenderIssues.quote(r));
    }

    private static String evidence(BounceReport r) {
        return "kind=" + r.kind() + " style=" + r.style() + " status=" + r.statusCode() + " recipient=" + r.failedRecipient()
                + " fax=" + r.faxNumberE164() + " job=" + r.faxJobId() + " mta=" + r.reportingMta()
                + " original=" + r.originalMessageId() + "\n" + r.diagnostic();
    }

    private static String name(String name, String code) {
        return name == null || name.isBlank() ? code : name + " (" + code + ")";
    }
}
