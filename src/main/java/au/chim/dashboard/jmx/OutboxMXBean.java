package au.chim.dashboard.jmx;

import java.util.List;

/** The outbox: what waits, what failed, and putting failed emails back in the queue. */
public interface OutboxMXBean {
    long getPending();

    long getFailed();

    long getSent();

    /** One line per failed email: "id | recipient | subject | attempts | last error". */
    List<String> listFailed(int max);

    int retry(long id);

    int retryAllFailed();
}
