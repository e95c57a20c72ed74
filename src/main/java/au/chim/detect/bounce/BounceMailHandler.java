package au.chim.detect.bounce;

import jakarta.mail.internet.MimeMessage;

import java.time.Clock;
import java.util.Optional;

/**
 * The one bean the routes call: classify, correlate with ClickHome, evaluate. Logs nothing itself;
 * a ClickHome read failure propagates (as {@link MessageCorrelator.CorrelationFailedException}) so the
 * mail consumer rolls back and the mail is read again on the next poll.
 */
public final class BounceMailHandler {
    private final BounceClassifier classifier;
    private final FaxMakerResponseFile responseFiles;
    private final MessageCorrelator correlator;
    private final BounceFindings findings;
    private final Clock clock;

    public BounceMailHandler(BounceClassifier classifier, FaxMakerResponseFile responseFiles, MessageCorrelator correlator,
                             BounceFindings findings, Clock clock) {
        this.classifier = classifier;
        this.responseFiles = responseFiles;
        this.correlator = correlator;
        this.findings = findings;
        this.clock = clock;
    }

    /** One mail from the bounce mailbox (camel-mail with mapMailMessage=false gives the jakarta.mail message). */
    public BounceOutcome handleMail(MimeMessage message) {
        return evaluate(classifier.classify(message));
    }

    /** One FaxMaker TextAPI response file (.ok / .err). */
    public BounceOutcome handleResponseFile(String fileName, byte[] content, java.time.Instant lastModified) {
        return evaluate(responseFiles.parse(fileName, content, lastModified));
    }

    /** Correlates and evaluates a report already read (the mailbox route reads the mail itself to tell IMAP trouble from bad mail). */
    public BounceOutcome evaluate(BounceReport report) {
        java.time.Instant now = clock.instant();
        boolean worthLooking = report.kind() != BounceKind.UNPARSEABLE && report.kind() != BounceKind.AUTO_REPLY
                && report.kind() != BounceKind.NOT_A_BOUNCE;
        Optional<MessageCorrelation> m = worthLooking ? correlator.correlate(report, now) : Optional.empty();
        return findings.evaluate(report, m, now);
    }
}
