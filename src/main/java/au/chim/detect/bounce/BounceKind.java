package au.chim.detect.bounce;

/** What one mail in the bounce mailbox (or one FaxMaker response file) means for delivery. */
public enum BounceKind {
    /** Permanent failure (5.x.x except mailbox full): the address is wrong. */
    HARD_BOUNCE,
    /** Failure that may clear by itself (4.x.x given up, mailbox full x.2.2). */
    SOFT_BOUNCE,
    /** The receiver refuses our own mail system (blocklist, SPF/DKIM/DMARC, spam, policy, PTR): IT acts, not accounts. */
    SENDER_REFUSED,
    /** A complaint report (ARF, RFC 5965): someone marked our mail as spam. */
    FEEDBACK,
    /** Delivery-delayed warning: the MTA still retries. */
    DELAYED,
    /** FaxMaker reports the fax went through. */
    FAX_SENT,
    /** Busy / no answer / line trouble after all retries: someone has to phone the trade. */
    FAX_FAILED_RETRYABLE,
    /** No dial tone / not in service / invalid number: the supplier's fax number is wrong. */
    FAX_BAD_NUMBER,
    /** FaxMaker itself refused or failed (unauthorised sender, subscription, no line). */
    FAX_GATEWAY,
    /** Out-of-office and other automatic replies (RFC 3834); not a failure. */
    AUTO_REPLY,
    /** A normal mail (a person's reply, a newsletter). */
    NOT_A_BOUNCE,
    /** Looked like a bounce but could not be read; kept and counted. */
    UNPARSEABLE;

    public boolean isEmailFailure() {
        return this == HARD_BOUNCE || this == SOFT_BOUNCE || this == DELAYED;
    }

    public boolean isFax() {
        return name().startsWith("FAX_");
    }
}
