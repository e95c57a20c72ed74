package au.chim.detect.bounce;

import au.chim.finding.FindingSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * The bean behind the detect-faxmaker routes: FaxMaker TextAPI response files (.ok/.err) in, outcomes out;
 * and the pickup folder's state as one snapshot. Never writes to FaxMaker's folders.
 */
public final class FaxMakerFolder {
    private final FaxMakerResponseFile responseFiles;
    private final BounceMailHandler handler;
    private final FaxPickupStuckRule pickupRule;
    private final Path pickupFolder;
    private final Clock clock;

    public FaxMakerFolder(FaxMakerResponseFile responseFiles, BounceMailHandler handler, FaxPickupStuckRule pickupRule,
                          Path pickupFolder, Clock clock) {
        this.responseFiles = responseFiles;
        this.handler = handler;
        this.pickupRule = pickupRule;
        this.pickupFolder = pickupFolder;
        this.clock = clock;
    }

    /**
     * One response file; the folder it stays in is FaxMaker's, so the handling names no mail folder.
     *
     * @param lastModified file time in epoch milliseconds (camel-file header CamelFileLastModified); null = now
     */
    public BounceMailbox.Handling responseFile(String fileName, byte[] content, Long lastModified) {
        Instant at = lastModified == null || lastModified <= 0 ? clock.instant() : Instant.ofEpochMilli(lastModified);
        BounceReport report = responseFiles.parse(fileName, content, at);
        BounceOutcome outcome = handler.evaluate(report);
        return new BounceMailbox.Handling(new BounceCounters.Handled("faxmaker-file", fileName, null, report, outcome.result()),
                outcome, null, fileName, null);
    }

    /** Stuck .txt/.tmp files in the pickup folder, as the snapshot of scope check:fax-pickup. */
    public FindingSnapshot pickup() throws IOException {
        return pickupRule.evaluate(pickupFolder, clock.instant());
    }
}
