package au.chim.detect.bounce;

import java.util.Locale;

/**
 * Why a mail was not delivered, in the words a person reads, and what that means for who acts. The reason,
 * not the status class, decides: a 5.7.1 SPF refusal is permanent but the address is fine; the sender's
 * own mail system must change. Names follow the vocabulary common to public bounce libraries.
 */
public enum BounceReason {
    USER_UNKNOWN("the mailbox does not exist", Group.ADDRESS_WRONG),
    HOST_UNKNOWN("the domain does not exist or has no mail server", Group.ADDRESS_WRONG),
    HAS_MOVED("the person has moved to another address", Group.ADDRESS_WRONG),
    NOT_ACCEPT("the domain accepts no mail", Group.ADDRESS_WRONG),
    MAILBOX_FULL("the mailbox is full", Group.TEMPORARY),
    EXPIRED("the receiving server could not be reached for days; delivery gave up", Group.TEMPORARY),
    SYSTEM_ERROR("the receiving server had an internal error", Group.TEMPORARY),
    NETWORK_ERROR("the receiving server could not be reached (network or DNS trouble)", Group.TEMPORARY),
    TOO_MANY_CONNECTIONS("the receiving server refused because of too many connections", Group.TEMPORARY),
    SUSPEND("the mailbox is suspended or disabled", Group.TEMPORARY),
    BLOCKED("our sending server or its address is blocked by the receiver", Group.SENDER_REFUSED),
    SPAM_DETECTED("the receiver judged our mail to be spam", Group.SENDER_REFUSED),
    POLICY_VIOLATION("the receiver's policy refused our mail", Group.SENDER_REFUSED),
    AUTH_FAILURE("our mail failed SPF, DKIM or DMARC checks", Group.SENDER_REFUSED),
    SECURITY_ERROR("the receiver refused for a security reason (authentication, TLS, relay)", Group.SENDER_REFUSED),
    REQUIRE_PTR("our sending server has no reverse DNS (PTR) record", Group.SENDER_REFUSED),
    REJECTED("the receiver refused our sender address", Group.SENDER_REFUSED),
    FILTERED("the receiver's filter refused the mail", Group.SENDER_REFUSED),
    SYNTAX_ERROR("the SMTP conversation had a syntax error", Group.SENDER_REFUSED),
    CONTENT_ERROR("the receiver refused the mail's content or format", Group.SENDER_REFUSED),
    MESSAGE_TOO_BIG("the mail is larger than the receiver accepts", Group.SENDER_REFUSED),
    VIRUS_DETECTED("the receiver found a virus in the mail", Group.SENDER_REFUSED),
    NO_RELAYING("the server refused to relay our mail", Group.SENDER_REFUSED),
    MAILER_ERROR("the receiving mail program failed", Group.TEMPORARY),
    VACATION("automatic reply (out of office)", Group.AUTO_REPLY),
    FEEDBACK("a complaint report (someone marked our mail as spam)", Group.FEEDBACK),
    DELIVERED("delivered (a success notice)", Group.NONE),
    UNDEFINED("the bounce gives no reason we recognise", Group.TEMPORARY);

    /** Who has to act on a reason. */
    public enum Group {
        /** The address in the supplier/client record is wrong: the record's owner corrects it. */
        ADDRESS_WRONG,
        /** The receiver refuses our own mail system: client IT fixes the sending side. */
        SENDER_REFUSED,
        /** May clear by itself: counted, raised when it repeats past the threshold. */
        TEMPORARY,
        AUTO_REPLY,
        FEEDBACK,
        NONE
    }

    private final String words;
    private final Group group;

    BounceReason(String words, Group group) {
        this.words = words;
        this.group = group;
    }

    /** Plain words for summaries: "the mailbox does not exist". */
    public String words() {
        return words;
    }

    public Group group() {
        return group;
    }

    /** Permanent for the address: the same address will fail again. NOT_ACCEPT only with a 5.x.x status. */
    public boolean isHard(String status) {
        return group == Group.ADDRESS_WRONG && (this != NOT_ACCEPT || status == null || status.startsWith("5"));
    }

    /** The name used in phrase tables: "USER_UNKNOWN" or "userunknown" both parse. */
    static BounceReason parse(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT).replace("-", "_");
        for (BounceReason r : values()) {
            if (r.name().equals(n) || r.name().replace("_", "").equals(n.replace("_", ""))) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown bounce reason '" + name + "'");
    }
}
