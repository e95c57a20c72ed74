package au.chim.detect.bounce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The whole corpus goes into a mailbox over SMTP and comes back over IMAP, where parts are served from the
 * server's BODYSTRUCTURE: the classifier must say the same about each mail as it does about the file.
 */
class BounceClassifierImapTest {
    private static final String MAILBOX = "callups@acmehomes.com.au";

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX, "callups", "secret"));

    @Test
    void corpusServedOverImapIsClassifiedLikeTheFiles() throws Exception {
        List<BounceCorpus.Case> cases = BounceCorpus.cases();
        Properties p = new Properties();
        // envelope only (GreenMail refuses MAIL FROM:<>): the From headers keep their null senders such as "MAILER-DAEMON <>"
        p.put("mail.smtp.from", "postmaster@relay.test");
        Session session = Session.getInstance(p);
        try (Transport t = session.getTransport("smtp")) {
            t.connect("127.0.0.1", GREEN_MAIL.getSmtp().getPort(), null, null);
            for (BounceCorpus.Case c : cases) {
                // sendMessage (not Transport.send) sends the file's bytes unchanged: no saveChanges, no new Message-ID
                MimeMessage m = new MimeMessage(session, BounceCorpus.resource(c.file()));
                t.sendMessage(m, new Address[] {new InternetAddress(MAILBOX)});
            }
        }
        GREEN_MAIL.waitForIncomingEmail(10_000, cases.size());

        BounceClassifier classifier = new BounceClassifier();
        List<String> wrong = new ArrayList<>();
        Store store = session.getStore("imap");
        store.connect("127.0.0.1", GREEN_MAIL.getImap().getPort(), "callups", "secret");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            Message[] messages = inbox.getMessages();
            assertEquals(cases.size(), messages.length);
            for (int i = 0; i < messages.length; i++) {
                IMAPMessage m = (IMAPMessage) messages[i];
                m.setPeek(true);   // what camel-mail's peek=true does before the route runs
                List<String> diff = cases.get(i).mismatches(classifier.classify(m));
                if (!diff.isEmpty()) {
                    wrong.add(cases.get(i).file() + " " + diff);
                }
            }
            for (Message m : inbox.getMessages()) {
                assertFalse(m.isSet(Flags.Flag.SEEN), "classifying must not mark a mail seen: the route decides");
            }
            inbox.close(false);
        } finally {
            store.close();
        }
        System.out.println("bounce corpus over IMAP: " + (cases.size() - wrong.size()) + "/" + cases.size() + " classified correctly");
        wrong.forEach(w -> System.out.println("  wrong: " + w));
        assertEquals(List.of(), wrong);
    }
}
