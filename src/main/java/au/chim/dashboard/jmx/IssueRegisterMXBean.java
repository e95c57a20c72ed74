package au.chim.dashboard.jmx;

import java.util.List;
import java.util.Map;

/** The issue register as Hawtio shows it: counts, the open list, and the operator actions. */
@Description("The issue register: open issue counts, the list of issues, their history, and the operator actions "
        + "(each action is written to the issue's audit trail with the logged-in person)")
public interface IssueRegisterMXBean {
    @Description("Issues not resolved (new, open, acknowledged or snoozed)")
    long getOpenIssues();

    @Description("Issues not resolved, per category")
    Map<String, Long> getOpenByCategory();

    @Description("Issues not resolved, per severity")
    Map<String, Long> getOpenBySeverity();

    @Description("Issues not resolved, per party that must act (routing.yaml or a hand-off)")
    Map<String, Long> getOpenByParty();

    @Description("Issues as a table (id, severity, status, code, entity, summary, parties, occurrences, last seen), most recently seen first")
    List<IssueRow> list(@Description("OPEN (everything not resolved), ALL, or one of NEW, ACKNOWLEDGED, SNOOZED, RESOLVED") String status,
                        @Description("only issues for this party (e.g. accounts-staff); empty for all") String party,
                        @Description("how many rows at most (1-500)") int max);

    @Description("The issue's audit trail, oldest first: time | transition | from -> to | who | why")
    List<String> history(@Description("the issue id (first column of list)") long id);

    @Description("Acknowledge an issue: someone is on it; reminders stop until it changes")
    String acknowledge(@Description("the issue id") long id, @Description("what you are doing about it (kept in the history)") String note);

    @Description("Snooze an issue for some hours: no alerts or reminders until then")
    String snooze(@Description("the issue id") long id, @Description("how many hours (1 or more)") int hours,
                  @Description("why it can wait (kept in the history)") String reason);

    @Description("Resolve an issue by hand (the detector resolves it by itself once the problem is gone)")
    String resolve(@Description("the issue id") long id, @Description("what fixed it (kept in the history)") String reason);

    @Description("Reopen a resolved issue")
    String reopen(@Description("the issue id") long id, @Description("why it is back (kept in the history)") String reason);
}
