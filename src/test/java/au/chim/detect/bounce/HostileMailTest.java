package au.chim.detect.bounce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Hostile mail is bounded: a huge attachment, deep nesting, broken charsets, thousands of recipients, and random
 * mutations of the team's own samples (fixed seed). Work is bounded by what is read, counted in bytes, parts and
 * recipients; never by timing.
 */
class HostileMailTest {
    private final BounceClassifier classifier = new BounceClassifier();

    /** Counts the bytes the classifier pulls from a mail. */
    private static final class Counting extends FilterInputStream {
        long read;

        Counting(byte[] raw) {
            super(new ByteArrayInputStream(raw));
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            read += Math.max(n, 0);
            return n;
        }
    }

    private List<BounceReport> classifyCounting(byte[] raw) {
        Counting in = new Counting(raw);
        List<BounceReport> reports = classifier.classifyEach((InputStream) in);
        assertTrue(in.read <= BounceClassifier.READ_MAX, "read " + in.read + " bytes of a " + raw.length + "-byte mail");
        assertFalse(reports.isEmpty());
        assertTrue(reports.size() <= DsnFields.MAX_RECIPIENTS, reports.size() + " reports");
        reports.forEach(r -> assertTrue(r.diagnostic() == null || r.diagnostic().length() <= BounceReport.DIAGNOSTIC_MAX));
        return reports;
    }

    @Test
    void aFiftyMegabyteAttachmentIsCutOffAndTheBounceStillRead() throws IOException {
        String head = new String(BounceCorpus.bytes("dsn-first-block-only.eml"), StandardCharsets.ISO_8859_1).replace("--first-block--", "");
        StringBuilder b = new StringBuilder(head).append("--first-block\r\nContent-Type: application/pdf\r\n\r\n");
        byte[] top = b.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] raw = Arrays.copyOf(top, 50 * 1024 * 1024);
        Arrays.fill(raw, top.length, raw.length, (byte) 'A');
        BounceReport r = classifyCounting(raw).get(0);
        assertEquals("site.boss@framingco.example.com", r.failedRecipient());
        assertEquals(BounceReason.USER_UNKNOWN, r.reason());
    }

    @Test
    void deepNestingIsWalkedOnlySoFar() {
        StringBuilder b = new StringBuilder("From: MAILER-DAEMON <>\r\nSubject: Undelivered Mail\r\nMIME-Version: 1.0\r\n");
        for (int i = 0; i < 5000; i++) {
            b.append("Content-Type: multipart/mixed; boundary=\"b").append(i).append("\"\r\n\r\n--b").append(i).append("\r\n");
        }
        b.append("Content-Type: text/plain\r\n\r\n<deep@example.org>: 550 5.1.1 user unknown\r\n");
        BounceReport r = classifyCounting(b.toString().getBytes(StandardCharsets.US_ASCII)).get(0);
        assertTrue(r.kind() != null);
    }

    @Test
    void thousandsOfRecipientsGiveAtMostFiftyReports() {
        StringBuilder b = new StringBuilder("From: MAILER-DAEMON@mx.example.org\r\nTo: callups@acmehomes.com.au\r\nSubject: Undelivered Mail\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\r\n\r\n--r\r\n"
                + "Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n");
        for (int i = 0; i < 5000; i++) {
            b.append("Final-Recipient: rfc822; user").append(i).append("@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n");
        }
        List<BounceReport> reports = classifyCounting(b.append("--r--\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        assertEquals(DsnFields.MAX_RECIPIENTS, reports.size());
        assertEquals("user0@example.org", reports.get(0).failedRecipient());
    }

    @Test
    void brokenCharsetsAreReadAsBytes() {
        String raw = "From: MAILER-DAEMON <>\r\nSubject: =?x-no-such-charset?B?SGVsbG8=?=\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=\"x-no-such-charset\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + "Delivery failed \u00ff\u00fe to <broken@example.org>: 550 5.1.1 no such user\r\n";
        BounceReport r = classifyCounting(raw.getBytes(StandardCharsets.ISO_8859_1)).get(0);
        assertEquals("broken@example.org", r.failedRecipient());
        assertEquals(BounceReason.USER_UNKNOWN, r.reason());
    }

    @Test
    void randomMutationsOfOurSamplesNeverEscapeAndStayBounded() throws IOException {
        Random random = new Random(15);
        String[] files = Objects.requireNonNull(new File("src/test/resources/bounces").list((d, n) -> n.endsWith(".eml")));
        Arrays.sort(files);
        int mails = 0;
        for (String f : files) {
            byte[] sample = BounceCorpus.bytes(f);
            for (int i = 0; i < 20; i++) {
                classifyCounting(mutate(sample, random));
                mails++;
            }
        }
        assertEquals(files.length * 20, mails);
    }

    private static byte[] mutate(byte[] in, Random random) {
        byte[] b = in.clone();
        switch (random.nextInt(5)) {
            case 0 -> { // flip bytes
                for (int k = 0; k < 1 + random.nextInt(20); k++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> b = Arrays.copyOf(b, random.nextInt(b.length)); // truncate
            case 2 -> { // repeat a slice many times
                int from = random.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + random.nextInt(200));
                byte[] slice = Arrays.copyOfRange(b, from, from + len);
                byte[] out = Arrays.copyOf(b, b.length + slice.length * 200);
                for (int k = 0; k < 200; k++) {
                    System.arraycopy(slice, 0, out, b.length + k * slice.length, slice.length);
                }
                b = out;
            }
            case 3 -> b = new String(b, StandardCharsets.ISO_8859_1).replace("\n", random.nextBoolean() ? "\r" : "\n\n")
                    .getBytes(StandardCharsets.ISO_8859_1); // line ends
            default -> b = new String(b, StandardCharsets.ISO_8859_1).replaceFirst("boundary=\"?[^\"\\s;]+\"?", "boundary=\"zz\"")
                    .getBytes(StandardCharsets.ISO_8859_1); // break the boundary
        }
        return b;
    }
}
