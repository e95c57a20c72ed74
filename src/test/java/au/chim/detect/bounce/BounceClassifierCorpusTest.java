package au.chim.detect.bounce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Every mail in the corpus is classified as expected.csv says. */
class BounceClassifierCorpusTest {
    private final BounceClassifier classifier = new BounceClassifier();

    static List<BounceCorpus.Case> cases() throws IOException {
        return BounceCorpus.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void classifiesAsExpected(BounceCorpus.Case c) throws IOException {
        BounceReport r = classifier.classify(BounceCorpus.bytes(c.file()));
        assertEquals(List.of(), c.mismatches(r), c.file() + " -> " + r);
    }

    @Test
    void summaryOfTheWholeCorpus() throws IOException {
        List<BounceCorpus.Case> cases = cases();
        List<String> wrong = new ArrayList<>();
        for (BounceCorpus.Case c : cases) {
            List<String> m = c.mismatches(classifier.classify(BounceCorpus.bytes(c.file())));
            if (!m.isEmpty()) {
                wrong.add(c.file() + " " + m);
            }
        }
        System.out.println("bounce corpus: " + (cases.size() - wrong.size()) + "/" + cases.size() + " classified correctly");
        wrong.forEach(w -> System.out.println("  wrong: " + w));
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyCorpusFileHasAnExpectation() {
        File dir = new File("src/test/resources/bounces");
        Set<String> files = Arrays.stream(Objects.requireNonNull(dir.list((d, n) -> n.endsWith(".eml")))).collect(Collectors.toSet());
        Set<String> listed = assertDoesNotThrowCases().stream().map(BounceCorpus.Case::file).collect(Collectors.toSet());
        assertEquals(files, listed);
        assertTrue(files.size() >= 20, "corpus has " + files.size() + " mails");
    }

    @Test
    void hostileDiagnosticIsOneBoundedLine() throws IOException {
        BounceReport r = classifier.classify(BounceCorpus.bytes("hostile-nonlatin-dsn.eml"));
        assertTrue(r.diagnostic().length() <= BounceReport.DIAGNOSTIC_MAX, r.diagnostic());
        assertTrue(r.diagnostic().chars().noneMatch(Character::isISOControl), r.diagnostic());
        assertTrue(r.diagnostic().startsWith("550 5.1.1 <ivan.petrov@yandex.example>"), r.diagnostic());
    }

    @Test
    void styleNamesTheMtaFamily() throws IOException {
        assertEquals("dsn/postfix", classifier.classify(BounceCorpus.bytes("postfix-dsn-hard-511.eml")).style());
        assertEquals("dsn/exchange", classifier.classify(BounceCorpus.bytes("m365-ndr-5110.eml")).style());
        assertEquals("qmail", classifier.classify(BounceCorpus.bytes("qmail-failure-notice.eml")).style());
        assertEquals("exim", classifier.classify(BounceCorpus.bytes("exim-mail-delivery-failed.eml")).style());
        assertEquals("gmail", classifier.classify(BounceCorpus.bytes("gmail-550-511.eml")).style());
        assertEquals("exchange", classifier.classify(BounceCorpus.bytes("exchange-legacy-ndr-511.eml")).style());
    }

    @Test
    void garbageBytesBecomeUnparseableNotAnException() {
        BounceReport r = classifier.classify(new byte[] {0, 1, 2, (byte) 0xff, '\n', '\n', 'x'});
        assertTrue(Set.of(BounceKind.UNPARSEABLE, BounceKind.NOT_A_BOUNCE).contains(r.kind()), r.toString());
        assertEquals(BounceKind.UNPARSEABLE, classifier.classify((jakarta.mail.internet.MimeMessage) null).kind());
    }

    @Test
    void eachRecipientOfATextBounceKeepsItsOwnReason() throws IOException {
        List<BounceReport> r = classifier.classifyEach(BounceCorpus.bytes("exim-two-recipients-rcpt.eml"));
        assertEquals(List.of("tiler.sam@tilehouse.example.com", "office@tilehouse.example.com"),
                r.stream().map(BounceReport::failedRecipient).toList());
        assertEquals(List.of(BounceReason.USER_UNKNOWN, BounceReason.MAILBOX_FULL), r.stream().map(BounceReport::reason).toList());
        assertEquals(List.of("5.2.1", "5.2.2"), r.stream().map(BounceReport::statusCode).toList());
        // sendmail's summary lines: one per recipient, the transcript's RCPT TO belongs to the first only
        List<BounceReport> v5 = classifier.classifyEach(BounceCorpus.bytes("v5sendmail-summary-lines.eml"));
        assertEquals(List.of(BounceReason.USER_UNKNOWN, BounceReason.NETWORK_ERROR), v5.stream().map(BounceReport::reason).toList());
        assertEquals("frames@doors.example.org", v5.get(1).failedRecipient());
        // delivery-status fields without a Diagnostic-Code: each recipient's own line of the notification
        List<BounceReport> smtpd = classifier.classifyEach(BounceCorpus.bytes("opensmtpd-two-recipients-no-diagnostic.eml"));
        assertEquals(List.of(BounceReason.MAILBOX_FULL, BounceReason.USER_UNKNOWN), smtpd.stream().map(BounceReport::reason).toList());
        assertEquals(List.of("5.2.2", "5.1.1"), smtpd.stream().map(BounceReport::statusCode).toList());
        // sendmail's X-Actual-Recipient beside Final-Recipient is the same recipient, not a second one
        assertEquals(1, classifier.classifyEach(BounceCorpus.bytes("gmail-account-inactive-521.eml")).size());
        // Exim names our own sender above the failed address: it is never reported as failing
        assertEquals(List.of("bookings@cranehire.example.com"), classifier.classifyEach(BounceCorpus.bytes("exim-hosts-failing-long-time.eml"))
                .stream().map(BounceReport::failedRecipient).toList());
    }

    private static List<BounceCorpus.Case> assertDoesNotThrowCases() {
        try {
            return cases();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
