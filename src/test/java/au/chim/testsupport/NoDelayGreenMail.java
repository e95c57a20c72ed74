package au.chim.testsupport;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHandler;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.Socket;
import java.net.SocketException;
import java.util.HashMap;
import java.util.Map;

/**
 * GreenMail's SMTP and IMAP servers with TCP_NODELAY on each connection, as mail servers set it. GreenMail writes a
 * reply in several small writes; with Nagle's algorithm the second waits for the client's delayed ACK (40 ms on Linux),
 * so every IMAP command took 40 ms more than the server's work and 60 bounces took 25 s to read.
 */
final class NoDelayGreenMail extends GreenMail {

    NoDelayGreenMail(ServerSetup... setups) {
        super(setups);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        Map<String, AbstractServer> services = new HashMap<>();
        for (ServerSetup setup : config) {
            switch (setup.getProtocol()) {
                case ServerSetup.PROTOCOL_SMTP -> services.put(setup.getProtocol(), new Smtp(setup, managers));
                case ServerSetup.PROTOCOL_IMAP -> services.put(setup.getProtocol(), new Imap(setup, managers));
                default -> throw new IllegalArgumentException("only SMTP and IMAP are served here, not " + setup.getProtocol());
            }
        }
        return services;
    }

    private static Socket noDelay(Socket socket) {
        try {
            socket.setTcpNoDelay(true);
        } catch (SocketException e) {
            // the connection is already gone: its handler finds that out
        }
        return socket;
    }

    private static final class Smtp extends SmtpServer {
        Smtp(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket socket) {
            return super.createProtocolHandler(noDelay(socket));
        }
    }

    /** GreenMail's ImapServer is final: the same handler, on a server that sets the option first. */
    private static final class Imap extends AbstractServer {
        Imap(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket socket) {
            return new ImapHandler(managers.getUserManager(), managers.getImapHostManager(), noDelay(socket));
        }
    }
}
