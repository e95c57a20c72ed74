package au.chim.detect.bounce;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.Severity;

import java.time.Instant;
import java.util.Map;

/**
 * Issues for client IT about our own sending: a receiver refusing our mail (blocklist, spam verdict, policy,
 * SPF/DKIM/DMARC, missing PTR, TLS) is one issue per sending domain and reason, however many recipients bounce;
 * a complaint report is one per sending domain; unreadable mail piling up in the unparsed folder is one issue.
 */
final class SenderIssues {
    static final String CODE_SENDER_REFUSED = "MSG_SENDER_REFUSED";
    static final String CODE_COMPLAINT = "MSG_SPAM_COMPLAINT";
    static final String CODE_UNPARSED = "MSG_BOUNCES_UNPARSED";
    private static final Map<BounceReason, String> ACTIONS = Map.of(
            BounceReason.AUTH_FAILURE, "IT: check the SPF record, DKIM signing and DMARC policy of the sending domain for the server ClickHome sends through.",
            BounceReason.REQUIRE_PTR, "IT: give the sending server's public IP address a reverse DNS (PTR) name that resolves back to it.",
            BounceReason.BLOCKED, "IT: look the sending IP address up on the public blocklists named in the reply and request delisting; check for a compromised account.",
            BounceReason.SPAM_DETECTED, "IT: check what the receiver called spam (links, attachments, wording of the ClickHome template) and the sending IP's reputation.",
            BounceReason.SECURITY_ERROR, "IT: check TLS and authentication of the connection from the sending server (STARTTLS, certificate, relay authorisation).",
            BounceReason.NO_RELAYING, "IT: the relay ClickHome sends through refuses to pass the mail on; check its connector and allowed senders.",
            BounceReason.FILTERED, "IT: read the receiver's reply below. If it calls the address unknown, have accounts confirm the address with "
                    + "the supplier or client (some filters refuse that way after accepting the address); otherwise ask the receiver to allow our mail.");
    private static final String DEFAULT_ACTION = "IT: the receiver refuses mail from our sending system; read its reply below and fix the sending side.";

    private SenderIssues() {
    }

    /** A receiver refuses our mail: keyed on our sending domain and the reason, so many recipients make one issue. */
    static Finding refused(BounceReport r, MessageCorrelation m, Instant now) {
        String domain = r.sendingDomain() == null ? "our domain" : r.sendingDomain();
        BounceReason reason = r.reason() == null ? BounceReason.POLICY_VIOLATION : r.reason();
        return base(CODE_SENDER_REFUSED, Category.MESSAGE_GATEWAY, Severity.ERROR, "sending-domain", domain + ":" + reason.name().toLowerCase(), now)
                .summary("Mail from " + domain + " is refused: " + reason.words())
                .detail("The receiving server for " + r.failedRecipient() + " refused mail from " + domain + " (" + reason.words()
                        + "). " + (reason == BounceReason.FILTERED
                        ? "A filter answered after the address was accepted, so the address may be fine or may not exist. "
                        : "The address itself is fine; our sending system must change. ") + quote(r) + matched(m))
                .evidence(evidence(r))
                .suggestedAction(ACTIONS.getOrDefault(reason, DEFAULT_ACTION))
                .context("emailAddress", r.failedRecipient()).context("reason", reason.name())
                .build();
    }

    /** A complaint report (someone marked our mail as spam). */
    static Finding complaint(BounceReport r, MessageCorrelation m, Instant now) {
        String domain = r.sendingDomain() == null ? "our domain" : r.sendingDomain();
        return base(CODE_COMPLAINT, Category.MESSAGE_GATEWAY, Severity.WARNING, "sending-domain", domain + ":complaint", now)
                .summary("A receiver reports mail from " + domain + " as spam (complaint report)")
                .detail("A mail provider sent a complaint report about mail from " + domain
                        + (r.failedRecipient() == null ? "" : " to " + r.failedRecipient()) + ". " + quote(r) + matched(m))
                .evidence(evidence(r))
                .suggestedAction("IT: check why ClickHome mail to this recipient is reported as spam; repeated complaints hurt the domain's reputation.")
                .context("emailAddress", r.failedRecipient())
                .build();
    }

    /** Mails that could not be read keep arriving in the unparsed folder. */
    static Finding unparsedPiling(String folder, long count, int threshold, Instant now) {
        return base(CODE_UNPARSED, Category.MONITOR_SELF, Severity.WARNING, "mail-folder", folder, now)
                .summary(count + " mails in the bounce mailbox could not be read (kept in " + folder + ")")
                .detail(count + " mails since the monitor started could not be read as a bounce, fax report or reply and were moved to "
                        + folder + " (threshold " + threshold + "). Bounces among them are not turned into issues.")
                .evidence("unparsed=" + count + " folder=" + folder)
                .suggestedAction("IT: open " + folder + " in the ClickHome sending mailbox and look at what arrives there; report new bounce formats.")
                .build();
    }

    private static Finding.Builder base(String code, Category category, Severity severity, String type, String key, Instant now) {
        return Finding.builder(code, category, severity).entity(type, key).source(BounceFindings.SOURCE).detectedAt(now);
    }

    static String quote(BounceReport r) {
        return r.diagnostic() == null ? "" : "The receiving server said: \"" + r.diagnostic() + "\".";
    }

    private static String matched(MessageCorrelation m) {
        return m == null ? "" : " ClickHome message " + m.messageId() + (m.contractNo() == null ? "" : ", contract " + m.contractNo()) + ".";
    }

    private static String evidence(BounceReport r) {
        return "kind=" + r.kind() + " reason=" + r.reason() + " status=" + r.statusCode() + " recipient=" + r.failedRecipient()
                + " mta=" + r.reportingMta() + " style=" + r.style() + " original=" + r.originalMessageId() + "\n" + r.diagnostic();
    }
}
