package au.chim.dashboard.api;

import au.chim.register.IssueOperations;
import au.chim.register.IssueStore;
import au.chim.routing.InhibitionRules;
import au.chim.routing.PartyRouter;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionTemplate;

/** Builds the work view's API handler and the parts it shares (party lookup, people told). */
public final class WorkViewApis {
    private WorkViewApis() {
    }

    public static IssueViewApi create(IssueOperations operations, IssueStore store, PartyRouter router, InhibitionRules inhibition,
                                      TransactionTemplate tx, Clock clock, Function<String, List<String>> partiesOfUser) {
        IssueParties parties = new IssueParties(router, store.jdbc());
        PeopleTold told = new PeopleTold(store.jdbc(), router);
        return new IssueViewApi(new IssuePages(store, parties, told), new IssueDetail(operations, store, parties, told, inhibition),
                new IssueHandOff(operations, store, parties, tx, clock), operations, clock, partiesOfUser);
    }
}
