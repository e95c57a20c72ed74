package au.chim.notify;

import au.chim.register.Issue;
import java.util.List;

/** Sends every issue to one configured address; used only when no routing matrix is configured. */
public class FallbackRecipients implements RecipientResolver {
    private final String recipientId;
    private final String email;

    public FallbackRecipients(String recipientId, String email) {
        this.recipientId = recipientId;
        this.email = email;
    }

    @Override
    public List<AlertTarget> targetsFor(Issue issue) {
        return List.of(new AlertTarget(recipientId, email, "fallback recipient (monitor.routing.fallback-email)"));
    }
}
