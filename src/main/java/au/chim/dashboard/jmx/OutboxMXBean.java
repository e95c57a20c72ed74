package au.chim.dashboard.jmx;

import java.util.List;

/** The outbox: what waits, what failed, and putting failed emails back in the queue. */
@Description("The outbox: every email the monitor writes waits here until the mail server accepted it")
public interface OutboxMXBean {
    @Description("Emails waiting to be sent (or retried)")
    long getPending();

    @Description("Emails that failed all their attempts")
    long getFailed();

    @Description("Emails the mail server accepted")
    long getSent();

    @Description("Failed emails, newest first: id | recipient | subject | attempts | last error")
    List<String> listFailed(@Description("how many at most") int max);

    @Description("Send one failed email again; answers how many were put back (0 or 1)")
    int retry(@Description("the email id (first column of listFailed)") long id);

    @Description("Send every failed email again; answers how many were put back")
    int retryAllFailed();
}
