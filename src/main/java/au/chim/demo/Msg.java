package au.chim.demo;

import java.sql.SQLException;
import java.time.LocalDateTime;

/** One tblMessages row being built; knows how ClickHome addresses each method and how a normal send ends. */
final class Msg {
    static final String MESSAGE_ID_DOMAIN = "@clickhome.example-homes.com.au>";

    int type;
    int audience;
    int method;
    Integer supplierId;
    Integer clientId;
    Integer contractId;
    String to;
    String fax;
    String subject;
    String messageId;
    int status = 3;
    int attempts = 1;
    LocalDateTime queued;
    LocalDateTime nextAttempt;
    LocalDateTime sent;
    LocalDateTime changed;
    String gatewayJobId;
    String errorCode;
    String error;

    Msg(int type, LocalDateTime queued) {
        this.type = type;
        this.queued = queued;
    }

    /** A Message-ID as the mail server stamps it: 32 hex digits at the ClickHome host. */
    static String messageId(Fake f) {
        return "<" + f.hex(32).toLowerCase() + MESSAGE_ID_DOMAIN;
    }

    /** FaxMaker job ids as they appear in transmission report subjects. */
    static String faxJobId(Fake f) {
        return "FM" + f.between(1000000, 9999999);
    }

    /** Faxes go as email to &lt;digits&gt;@faxmaker.com; JobFile call-ups are emails carrying the JobFile link. */
    void address(DemoContext ctx, String email, String faxNumber, String mobile) {
        switch (method) {
            case 2 -> {
                fax = faxNumber;
                to = (faxNumber == null ? "" : faxNumber.replaceAll("[^0-9+]", "").replace("+61", "0")) + "@faxmaker.com";
                gatewayJobId = faxJobId(ctx.fake);
                messageId = messageId(ctx.fake);
            }
            case 3 -> to = mobile;
            default -> {
                to = email;
                messageId = messageId(ctx.fake);
            }
        }
    }

    /** The usual, healthy end of a send: delivered within minutes; faxes sometimes needed a second try. */
    void outcome(DemoContext ctx) {
        Fake f = ctx.fake;
        sent = queued.plusSeconds(f.between(20, 240));
        changed = method == 2 ? sent.plusMinutes(f.between(1, 9)) : sent;
        if (method == 2 && f.chance(0.1)) {
            attempts = 2;
            changed = changed.plusMinutes(5);
        }
        if (changed.isAfter(ctx.now)) {
            // still with FaxMaker, or the send is a moment old
            status = method == 2 ? 2 : 3;
            changed = method == 2 ? sent : changed.isAfter(ctx.now) ? ctx.now : changed;
        }
        if (f.chance(0.01)) {
            status = 6; // cancelled by the supervisor before it went
            sent = null;
            messageId = null;
            gatewayJobId = null;
            changed = queued.plusMinutes(f.between(1, 30));
        } else if (type == 1 && f.chance(0.01) && queued.isAfter(ctx.daysAgo(3))) {
            status = 7; // Advanced Planner holds the call-up until N days before the lead time
            sent = null;
            messageId = null;
            gatewayJobId = null;
            attempts = 0;
            changed = queued;
            nextAttempt = ctx.now.plusDays(f.between(1, 6)).withHour(6).withMinute(0).withSecond(0);
        }
    }

    void addTo(Batch b) throws SQLException {
        b.row(type, audience, method, supplierId, clientId, contractId, to, fax, subject, messageId, status, attempts, queued,
                nextAttempt, sent, changed, gatewayJobId, errorCode, error);
    }
}
