package au.chim.notify;

import au.chim.register.Transition;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records, per recipient, the transitions they must hear about. Nothing is sent here: the alert
 * scheduler groups queued items into emails, so a burst of findings becomes one email.
 */
public class AlertQueue {
    private final JdbcTemplate jdbc;
    private final RecipientResolver resolver;
    private final Clock clock;

    public AlertQueue(JdbcTemplate jdbc, RecipientResolver resolver, Clock clock) {
        this.jdbc = jdbc;
        this.resolver = resolver;
        this.clock = clock;
    }

    /** Returns how many (recipient, issue) items were queued. */
    public int enqueue(List<Transition> transitions) {
        int queued = 0;
        Timestamp now = Timestamp.from(clock.instant());
        for (Transition t : transitions) {
            if (!t.notifies()) {
                continue;
            }
            for (AlertTarget target : resolver.targetsFor(t.issue())) {
                jdbc.update("INSERT INTO monitor_alert_queue (recipient_id, recipient_email, issue_id, transition, severity, reason, created_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        target.recipientId(), target.email(), t.issue().id(), t.type().name(), t.issue().severity().name(),
                        target.reason(), now);
                queued++;
            }
        }
        return queued;
    }
}
