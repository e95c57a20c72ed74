package au.chim.dashboard.api;

import java.util.List;

/**
 * Body of a bulk action on the work queue: {@code action} acknowledge or snooze, the issue ids, the note (or
 * reason) recorded on each, and for a snooze {@code hours}.
 */
public record BulkRequest(String action, List<Long> ids, String note, String reason, Integer hours) {
    static final int MAX_IDS = 500;
}
