package au.chim.routing;

import java.util.List;
import java.util.Objects;

/**
 * A person or shared mailbox that receives alerts and a digest.
 *
 * @param dynamic         true when made up at routing time from a finding's context (e.g. the contract's supervisor)
 * @param resolvedNotices whether a real-time email is sent when one of their issues resolves (the digest always lists them)
 */
public record Recipient(String id, String name, String email, WorkSchedule schedule, List<String> channels,
                        boolean resolvedNotices, boolean dynamic) {
    public Recipient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(schedule, "schedule");
        name = name == null || name.isBlank() ? id : name;
        channels = channels == null || channels.isEmpty() ? List.of("email") : List.copyOf(channels);
    }
}
