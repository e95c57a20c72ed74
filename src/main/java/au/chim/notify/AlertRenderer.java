package au.chim.notify;

import java.util.List;

/** Turns one recipient's grouped alert items into an email. */
public interface AlertRenderer {
    OutboxMail render(String recipientId, String email, List<AlertItem> items);
}
