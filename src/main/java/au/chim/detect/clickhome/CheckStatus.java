package au.chim.detect.clickhome;

import java.time.Instant;

/** What an operator wants to know about one check: when it last ran, how long it took, how it ended. */
public record CheckStatus(String id, Instant lastRun, long lastDurationMs, int lastRows, String lastError, Instant nextRun) {
}
