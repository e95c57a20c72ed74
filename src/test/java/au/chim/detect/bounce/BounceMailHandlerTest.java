package au.chim.detect.bounce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;

/** The route's bean end to end on H2: a mail in, findings out; a ClickHome outage fails the exchange. */
class BounceMailHandlerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T03:00:00Z"), ZoneOffset.UTC);

    private static BounceMailHandler handler(DataSource clickHome) {
        return new BounceMailHandler(new BounceClassifier(), new FaxMakerResponseFile(), new MessageCorrelator(clickHome),
                new BounceFindings(new SoftBounceCounter(TestDatabases.monitorStore()), 3, Duration.ofHours(72)), CLOCK);
    }

    private static MimeMessage mail(String file) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), BounceCorpus.resource(file));
    }

    @Test
    void bounceMailBecomesASupplierFinding() throws Exception {
        BounceOutcome o = handler(TestDatabases.clickHome()).handleMail(mail("m365-ndr-5110.eml"));
        assertEquals("MSG_EMAIL_BOUNCED|email-address:admin@roofrite.com.au", o.events().get(0).fingerprint());
        BounceOutcome spark = handler(TestDatabases.clickHome()).handleMail(mail("postfix-dsn-hard-511.eml"));
        assertEquals("MSG_EMAIL_BOUNCED|supplier:SPARK01|email", spark.events().get(0).fingerprint());
    }

    @Test
    void responseFileGoesThroughTheSameCorrelation() throws Exception {
        BounceOutcome o = handler(TestDatabases.clickHome()).handleResponseFile("CH1042.err",
                "::(02) 9876 5432\r\nJob ID: 20261120-000311\r\nDescription: Line busy\r\n".getBytes(StandardCharsets.UTF_8), CLOCK.instant());
        assertEquals("bounce:fax:SPARK01", o.snapshots().get(0).scope());
        assertEquals("MSG_FAX_FAILED|supplier:SPARK01|fax", o.snapshots().get(0).findings().get(0).fingerprint());
    }

    @Test
    void clickHomeOutageFailsTheMailSoItIsReadAgain() throws Exception {
        BounceMailHandler broken = handler(TestDatabases.h2());
        assertThrows(MessageCorrelator.CorrelationFailedException.class, () -> broken.handleMail(mail("qmail-failure-notice.eml")));
        // mails that need no lookup still pass while ClickHome is down
        assertEquals(BounceOutcome.Result.IGNORED, broken.handleMail(mail("out-of-office.eml")).result());
    }
}
