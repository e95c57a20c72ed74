package au.chim.detect.bounce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.finding.FindingSnapshot;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** TextAPI response files (.ok / .err) in the assumed key: value layout, and their findings. */
class FaxMakerResponseFileTest {
    private static final Instant AT = Instant.parse("2026-11-20T00:15:00Z");
    private final FaxMakerResponseFile parser = new FaxMakerResponseFile();

    private BounceReport parse(String name, String content) {
        return parser.parse(name, content.getBytes(StandardCharsets.UTF_8), AT);
    }

    @Test
    void okFileIsASentFax() {
        BounceReport r = parse("CH1042.ok", "::0298765432\r\n::S=Call-up 24017\r\nStatus: Sent\r\nJob ID: 20261120-000400\r\nPages: 2\r\n");
        assertEquals(BounceKind.FAX_SENT, r.kind());
        assertEquals("+61298765432", r.faxNumberE164());
        assertEquals("20261120-000400", r.faxJobId());
        assertEquals("faxmaker-file", r.style());
    }

    @Test
    void errDescriptionDecidesTheFailure() {
        assertEquals(BounceKind.FAX_FAILED_RETRYABLE, parse("a.err", "::0246551200\nStatus: Failed\nDescription: Line busy\n").kind());
        assertEquals("NO_ANSWER", parse("a.err", "::0246551200\nDescription=No answer (T1 timeout)\n").statusCode());
        BounceReport bad = parse("a.err", "::Dave, Nguyen Concreting, Nguyen, , dave@example.com, (02) 4655 7001\nDescription: Number not in service\n");
        assertEquals(BounceKind.FAX_BAD_NUMBER, bad.kind());
        assertEquals("+61246557001", bad.faxNumberE164(), "fax is the last field of the long :: form");
        BounceReport gw = parse("a.ERR", "Description: Unauthorized sending email address\n");
        assertEquals(BounceKind.FAX_GATEWAY, gw.kind());
        assertEquals("Unauthorized sending email address", gw.diagnostic());
    }

    @Test
    void errWithoutAKnownCauseIsStillAFailure() {
        BounceReport r = parse("CH77.err", "");
        assertEquals(BounceKind.FAX_FAILED_RETRYABLE, r.kind());
        assertEquals("FAILED", r.statusCode());
        assertTrue(r.diagnostic().contains("CH77.err"), r.diagnostic());
    }

    @Test
    void windows1252ContentIsRead() {
        byte[] cp1252 = "::0298765432\r\nDescription: No dial tone – check number\r\n".getBytes(Charset.forName("windows-1252"));
        BounceReport r = parser.parse("x.err", cp1252, AT);
        assertEquals(BounceKind.FAX_BAD_NUMBER, r.kind());
        assertEquals("No dial tone – check number", r.diagnostic());
    }

    @Test
    void otherFileNamesAreNamedNotGuessed() {
        BounceReport r = parse("CH1042.txt", "::0298765432");
        assertEquals(BounceKind.UNPARSEABLE, r.kind());
        assertTrue(r.diagnostic().contains("CH1042.txt"));
    }

    @Test
    void responseFileFindingsUseTheSameMapping() {
        BounceFindings findings = new BounceFindings(new SoftBounceCounter(TestDatabases.monitorStore()), 3, Duration.ofHours(72));
        BounceOutcome o = findings.evaluate(parse("a.err", "::0733009999\nDescription: No dial tone\n"), Optional.empty(), AT);
        FindingSnapshot s = o.snapshots().get(0);
        assertEquals("MSG_FAX_BAD_NUMBER|fax-number:+61733009999|fax", s.findings().get(0).fingerprint());
        assertEquals(List.of(new FindingSnapshot("bounce:fax:+61298765432", List.of()), new FindingSnapshot("bounce:fax-gateway", List.of())),
                findings.evaluate(parse("b.ok", "::0298765432\n"), Optional.empty(), AT).snapshots());
    }
}
