package au.chim.dashboard.jmx;

import java.util.List;

/** The ClickHome checks and the digest: last run, last duration, last error, run now. */
@Description("The ClickHome checks and the daily digest")
public interface DetectorsMXBean {
    /** One line per check: "id | last run | duration ms | rows | last error". */
    @Description("Each check: id | last run | duration ms | rows found | last error (ok when none)")
    List<String> getChecks();

    @Description("Run one check now, whatever its schedule")
    String runNow(@Description("the check id (config/checks.yaml), e.g. failed-messages") String checkId);

    /** Writes a digest for one recipient id (config/recipients.yaml) now, whatever the schedule. */
    @Description("Write the daily digest for one person now, whatever the schedule")
    String sendDigestNow(@Description("the recipient id from config/recipients.yaml") String recipientId);
}
