package au.chim.notify;

import au.chim.register.Issue;
import java.util.List;

/** Who must hear about an issue; implemented by the routing matrix. */
public interface RecipientResolver {
    List<AlertTarget> targetsFor(Issue issue);
}
