package au.chim;

/** Header names the routes share; YAML uses the string values. */
public final class MonitorHeaders {
    /** Id of the ClickHome check being run; set by route detect-clickhome for each due check. */
    public static final String CHECK_ID = "MonitorCheckId";
    /** Outbox row id of the email being sent; set by route notify-outbox for each due row. */
    public static final String OUTBOX_ID = "MonitorOutboxId";

    private MonitorHeaders() {
    }
}
