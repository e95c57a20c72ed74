package au.chim.notify.act;

import au.chim.notify.Outbox;
import au.chim.notify.OutboxMail;
import au.chim.notify.render.EmailRenderer;
import au.chim.notify.render.RenderedEmail;
import au.chim.register.Issue;
import au.chim.routing.PartyRouter;
import au.chim.routing.Recipient;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * "Not mine": tells the parties of the matrix's default route (who takes what no rule matches, client IT in the
 * shipped routing.yaml) who handed the issue back and why, so they can fix the rule or pass it on.
 */
public class HandOn {
    private final PartyRouter router;
    private final EmailRenderer renderer;
    private final Outbox outbox;
    private final Clock clock;

    public HandOn(PartyRouter router, EmailRenderer renderer, Outbox outbox, Clock clock) {
        this.router = router;
        this.renderer = renderer;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Returns how many people were told (the one who handed it on is never among them). */
    public int handOn(Issue issue, Recipient from, String reason) {
        Set<Recipient> to = new LinkedHashSet<>();
        router.config().root().parties().forEach(p -> to.addAll(router.recipientsOf(p)));
        to.removeIf(r -> r.id().equals(from.id()));
        long stamp = clock.millis();
        for (Recipient r : to) {
            RenderedEmail e = renderer.handOn(r, renderer.item(issue, null, "You take what no rule of the matrix names, "
                    + "and what a recipient hands back", r, clock.instant()).withoutActions(), from.name(), reason);
            outbox.write(new OutboxMail("HANDOFF", "handoff:" + issue.id() + ":" + r.id() + ":" + stamp, r.id(), r.email(),
                    e.subject(), e.text(), e.html(), null, null, null));
        }
        return to.size();
    }
}
