package au.chim.detect.bounce;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import au.chim.finding.Severity;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A FaxMaker TextAPI pickup folder whose {@code .txt} (not yet picked up) or {@code .tmp} (being sent) files
 * are older than the limit means FaxMaker has stopped. Reported as one gateway issue (MSG_FAX_GATEWAY,
 * field {@code pickup}) in its own snapshot scope, so it resolves by itself once the folder drains.
 */
public final class FaxPickupStuckRule {
    public static final String SCOPE = "check:fax-pickup";

    /** One file in the pickup folder. */
    public record PickupFile(String name, Instant lastModified) {
    }

    private final Duration maxAge;

    /** @param maxAge how long a .txt/.tmp may wait (FaxMaker polls every few seconds; default 15 minutes) */
    public FaxPickupStuckRule(Duration maxAge) {
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("monitor.detect.faxmaker.pickup-max-age must be > 0 (was " + maxAge + ")");
        }
        this.maxAge = maxAge;
    }

    /** The snapshot for the folder's current state: empty when nothing is stuck. */
    public FindingSnapshot evaluate(List<PickupFile> files, Instant now) {
        List<PickupFile> stuck = new ArrayList<>();
        for (PickupFile f : files) {
            String n = f.name().toLowerCase(Locale.ROOT);
            if ((n.endsWith(".txt") || n.endsWith(".tmp")) && f.lastModified().plus(maxAge).isBefore(now)) {
                stuck.add(f);
            }
        }
        if (stuck.isEmpty()) {
            return new FindingSnapshot(SCOPE, List.of());
        }
        stuck.sort(Comparator.comparing(PickupFile::lastModified));
        PickupFile oldest = stuck.get(0);
        long minutes = Duration.between(oldest.lastModified(), now).toMinutes();
        Finding f = Finding.builder(BounceFindings.CODE_FAX_GATEWAY, Category.MESSAGE_GATEWAY, Severity.ERROR)
                .entity("gateway", "faxmaker").field("pickup")
                .summary("FaxMaker is not picking up faxes: " + stuck.size() + " file(s) waiting, oldest " + minutes + " min")
                .detail("Files older than " + maxAge.toMinutes() + " min in the TextAPI pickup folder: "
                        + String.join(", ", stuck.stream().limit(20).map(PickupFile::name).toList()))
                .evidence("oldest=" + oldest.name() + " modified=" + oldest.lastModified())
                .suggestedAction("IT: check the GFI FaxMaker service and its access to the pickup folder.")
                .source("faxmaker-pickup").detectedAt(now)
                .context(Finding.FILE, oldest.name())
                .build();
        return new FindingSnapshot(SCOPE, List.of(f));
    }

    /** Reads the folder (not sub-folders). A folder that cannot be read is an error the route reports, not "all clear". */
    public FindingSnapshot evaluate(Path pickupFolder, Instant now) throws IOException {
        List<PickupFile> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(pickupFolder, p -> Files.isRegularFile(p))) {
            for (Path p : ds) {
                files.add(new PickupFile(p.getFileName().toString(), Files.getLastModifiedTime(p).toInstant()));
            }
        }
        return evaluate(files, now);
    }
}
