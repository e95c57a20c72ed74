package au.chim.dashboard.jmx;

import java.util.List;
import java.util.Map;

/** The issue register as Hawtio shows it: counts, the open list, and the operator actions. */
public interface IssueRegisterMXBean {
    long getOpenIssues();

    Map<String, Long> getOpenByCategory();

    Map<String, Long> getOpenBySeverity();

    Map<String, Long> getOpenByParty();

    /** One line per open issue, newest first: "id | severity | status | code | entity | summary". */
    List<String> listOpen(int max);

    /** The issue's history, one line per transition. */
    List<String> history(long id);

    String acknowledge(long id, String note);

    String snooze(long id, int hours, String reason);

    String resolve(long id, String reason);

    String reopen(long id, String reason);
}
