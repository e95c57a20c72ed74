package au.chim.dashboard.jmx;

import java.beans.ConstructorProperties;

/** One issue as a row of Hawtio's JMX result table (an MXBean maps it to CompositeData). */
public final class IssueRow {
    private final long id;
    private final String severity;
    private final String status;
    private final String code;
    private final String entity;
    private final String summary;
    private final String parties;
    private final int occurrences;
    private final String lastSeen;

    @ConstructorProperties({"id", "severity", "status", "code", "entity", "summary", "parties", "occurrences", "lastSeen"})
    public IssueRow(long id, String severity, String status, String code, String entity, String summary, String parties,
                    int occurrences, String lastSeen) {
        this.id = id;
        this.severity = severity;
        this.status = status;
        this.code = code;
        this.entity = entity;
        this.summary = summary;
        this.parties = parties;
        this.occurrences = occurrences;
        this.lastSeen = lastSeen;
    }

    public long getId() {
        return id;
    }

    public String getSeverity() {
        return severity;
    }

    public String getStatus() {
        return status;
    }

    public String getCode() {
        return code;
    }

    /** Entity type and key, e.g. "po 24017/013". */
    public String getEntity() {
        return entity;
    }

    public String getSummary() {
        return summary;
    }

    /** The parties that must act, comma separated. */
    public String getParties() {
        return parties;
    }

    public int getOccurrences() {
        return occurrences;
    }

    /** ISO-8601 instant (UTC). */
    public String getLastSeen() {
        return lastSeen;
    }
}
