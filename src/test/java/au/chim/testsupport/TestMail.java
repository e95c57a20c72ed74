package au.chim.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A real SMTP/IMAP server (GreenMail) on ports chosen for this test, that can be stopped and
 * started again on the same ports to play an outage of the builder's relay.
 */
public final class TestMail implements AutoCloseable {
    private final int smtpPort = freePort();
    private final int imapPort = freePort();
    private GreenMail server;

    public TestMail start() {
        server = new NoDelayGreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.start();
        return this;
    }

    public void stop() {
        server.stop();
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    public GreenMail server() {
        return server;
    }

    public MimeMessage[] received() {
        return server.getReceivedMessages();
    }

    public MimeMessage[] receivedBy(String address) {
        return server.getReceivedMessagesForDomain(address);
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
