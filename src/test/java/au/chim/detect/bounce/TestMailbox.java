package au.chim.detect.bounce;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** The ClickHome sending mailbox on the test mail server: mails go in over SMTP, folders are counted over IMAP. */
record TestMailbox(String address, String password, int smtpPort, int imapPort) {

    /** Delivers raw bytes unchanged (sendMessage: no saveChanges, no new Message-ID). */
    void deliver(byte[] raw) throws Exception {
        Properties p = new Properties();
        // envelope only (GreenMail refuses MAIL FROM:<>): the From headers keep their null senders such as "MAILER-DAEMON <>"
        p.put("mail.smtp.from", "postmaster@relay.test");
        Session session = Session.getInstance(p);
        try (Transport t = session.getTransport("smtp")) {
            t.connect("127.0.0.1", smtpPort, null, null);
            t.sendMessage(new MimeMessage(session, new ByteArrayInputStream(raw)), new Address[] {new InternetAddress(address)});
        }
    }

    /** Mails per folder; mails flagged deleted but not yet expunged do not count; empty folders other than INBOX are left out. */
    Map<String, Integer> countFolders() throws Exception {
        Map<String, Integer> out = new HashMap<>();
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", imapPort, address, password);
        try {
            for (Folder f : store.getDefaultFolder().list("*")) {
                if ((f.getType() & Folder.HOLDS_MESSAGES) == 0) {
                    continue;
                }
                f.open(Folder.READ_ONLY);
                int n = 0;
                for (Message m : f.getMessages()) {
                    n += m.isSet(Flags.Flag.DELETED) ? 0 : 1;
                }
                f.close(false);
                if (n > 0 || f.getFullName().equals("INBOX")) {
                    out.put(f.getFullName(), n);
                }
            }
        } finally {
            store.close();
        }
        return out;
    }
}
