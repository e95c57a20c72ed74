package au.chim.demo;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Map;

/** Seeded message failures (fax, email, stalled queue, exhausted retries); keys in {@link SeededErrors}. */
final class SeededMessages {
    private SeededMessages() {
    }

    static void add(DemoContext ctx, Batch b, Map<String, Integer> suppliers, Map<String, Integer> clients) throws SQLException {
        // one supplier whose fax fails again and again: BRICK07, 9 failures over 3 days
        for (int i = 0; i < 9; i++) {
            boolean busy = i % 3 == 0;
            fax(ctx, b, suppliers.get("BRICK07"), "(02) 5550 4417", "24057", ctx.minutesAgo(60L + i * 470L),
                    busy ? "FAX_BUSY" : "FAX_NO_ANSWER", busy ? "Line busy: failed after 3 attempts" : "No answer (T.30 T1 timeout) after 3 attempts");
        }
        fax(ctx, b, suppliers.get("PLUMB02"), "+61255509876", "24111", ctx.hoursAgo(5), "FAX_BUSY", "Line busy: failed after 3 attempts");
        fax(ctx, b, suppliers.get("GUTT21"), "5550 12", "24066", ctx.hoursAgo(9), "FAX_NO_DIALTONE",
                "Dial tone detected (incomplete number); not retried");
        fax(ctx, b, suppliers.get("GUTT16"), "(02) 5550 0191", "24066", ctx.hoursAgo(3), "FAX_NOT_IN_SERVICE",
                "Number not in service; not retried");
        fax(ctx, b, suppliers.get("PLUMB02"), "+61255509876", "24017", ctx.hoursAgo(2), "FAX_UNAUTHORIZED_SENDER",
                "Unauthorized sending email address");
        // emails rejected by the relay for a dead supplier mailbox
        for (int i = 0; i < 3; i++) {
            Msg m = email(ctx, suppliers.get("ROOF08"), "accounts@summitroofing.example.com.au", "24310", ctx.hoursAgo(4L + i * 20L));
            m.status = 4;
            m.errorCode = "SMTP_550";
            m.error = "550 5.1.1 <accounts@summitroofing.example.com.au>: Recipient address rejected: User unknown in virtual mailbox table";
            m.addTo(b);
        }
        // accepted by the relay, so ClickHome shows it delivered; the NDR that follows quotes this Message-ID
        Msg bounce = email(ctx, suppliers.get("ROOF08"), "accounts@summitroofing.example.com.au", "24310", ctx.minutesAgo(95));
        bounce.messageId = SeededErrors.BOUNCE_MESSAGE_ID;
        bounce.addTo(b);
        // a fax FaxMaker accepted; its failed transmission report carries this job id
        Msg pending = email(ctx, suppliers.get("BRICK07"), null, "24057", ctx.minutesAgo(25));
        pending.method = 2;
        pending.fax = "(02) 5550 4417";
        pending.to = "0255504417@faxmaker.com";
        pending.status = 2;
        pending.gatewayJobId = SeededErrors.FAX_JOB_ID;
        pending.addTo(b);
        // the queue has stopped moving: queued 45 and 90 minutes ago, one stuck in Sending for 50 minutes
        for (long age : new long[] {45, 90}) {
            Msg q = email(ctx, suppliers.get("SPARK01"), "jobs@sparkright.example.com.au", "24017", ctx.minutesAgo(age));
            q.status = 0;
            q.attempts = 0;
            q.sent = null;
            q.changed = q.queued;
            q.messageId = null;
            q.addTo(b);
        }
        Msg sending = email(ctx, suppliers.get("CONC15"), null, "24140", ctx.minutesAgo(52));
        sending.to = "orders@southerncrossconcrete.example.com.au";
        sending.status = 1;
        sending.sent = null;
        sending.changed = ctx.minutesAgo(50);
        sending.addTo(b);
        // still retrying a transient error after many attempts (RetryScheduled)
        Msg exhausted = email(ctx, null, "k.nguyen@example.com", "24017", ctx.hoursAgo(11));
        exhausted.audience = 3;
        exhausted.type = 6;
        exhausted.clientId = clients.get("NGUY01");
        exhausted.supplierId = null;
        exhausted.subject = "Your new home at Oran Park: construction update";
        exhausted.status = 5;
        exhausted.attempts = 5;
        exhausted.errorCode = "SMTP_421";
        exhausted.error = "421 4.4.2 Connection timed out; giving up after 5 attempts";
        exhausted.addTo(b);
    }

    private static void fax(DemoContext ctx, Batch b, Integer supplier, String number, String contract, LocalDateTime queued,
                            String code, String error) throws SQLException {
        Msg m = new Msg(1, queued);
        m.audience = 1;
        m.method = 2;
        m.supplierId = supplier;
        m.subject = "Call-up: " + contract;
        m.address(ctx, null, number, null);
        m.sent = queued.plusMinutes(1);
        m.status = 4;
        m.attempts = code.equals("FAX_BUSY") || code.equals("FAX_NO_ANSWER") ? 3 : 1;
        m.changed = queued.plusMinutes(m.attempts == 3 ? 16 : 3);
        m.errorCode = code;
        m.error = error;
        m.addTo(b);
    }

    private static Msg email(DemoContext ctx, Integer supplier, String to, String contract, LocalDateTime queued) {
        Msg m = new Msg(1, queued);
        m.audience = 1;
        m.method = 1;
        m.supplierId = supplier;
        m.subject = "Call-up: " + contract;
        m.to = to;
        m.messageId = Msg.messageId(ctx.fake);
        m.sent = queued.plusMinutes(1);
        m.changed = m.sent;
        return m;
    }
}
