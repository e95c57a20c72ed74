package au.chim.dashboard.jmx;

import java.util.List;

/** The ClickHome checks and the digest: last run, last duration, last error, run now. */
public interface DetectorsMXBean {
    /** One line per check: "id | last run | duration ms | rows | last error". */
    List<String> getChecks();

    String runNow(String checkId);

    /** Writes a digest for one recipient id (config/recipients.yaml) now, whatever the schedule. */
    String sendDigestNow(String recipientId);
}
