package au.chim.dashboard.jmx;

import au.chim.notify.Outbox;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** au.chim.monitor:type=Outbox. */
class OutboxBean implements OutboxMXBean {
    private final Outbox outbox;
    private final JdbcTemplate store;

    OutboxBean(Outbox outbox, JdbcTemplate store) {
        this.outbox = outbox;
        this.store = store;
    }

    @Override
    public long getPending() {
        return count("PENDING");
    }

    @Override
    public long getFailed() {
        return count("FAILED");
    }

    @Override
    public long getSent() {
        return count("SENT");
    }

    @Override
    public List<String> listFailed(int max) {
        return store.query("SELECT TOP (?) id, recipient_email, subject, attempts, last_error FROM monitor_outbox WHERE status = 'FAILED' ORDER BY id DESC",
                (rs, n) -> rs.getLong(1) + " | " + rs.getString(2) + " | " + rs.getString(3) + " | " + rs.getInt(4) + " | " + rs.getString(5),
                max <= 0 ? 100 : max);
    }

    @Override
    public int retry(long id) {
        JmxOperator.audited("retry outbox email " + id);
        return outbox.retry(id);
    }

    @Override
    public int retryAllFailed() {
        JmxOperator.audited("retry all failed outbox emails");
        return outbox.retry(null);
    }

    private long count(String status) {
        Long n = store.queryForObject("SELECT COUNT(*) FROM monitor_outbox WHERE status = ?", Long.class, status);
        return n == null ? 0 : n;
    }
}
