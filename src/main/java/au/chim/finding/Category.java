package au.chim.finding;

import java.util.Arrays;

/**
 * The rows of the responsibility matrix (design.md section 3). The routing file names these ids;
 * an id that is not here stops startup, so a typo cannot silently route an error to nobody.
 */
public enum Category {
    FAILED_MESSAGE("failed-message"),
    MESSAGE_GATEWAY("message-gateway"),
    PO_INTEGRATION("po-integration"),
    SUPPLIER_DETAILS("supplier-details"),
    CLIENT_DETAILS("client-details"),
    ENVIRONMENT("environment"),
    BACKUP("backup"),
    SYNC_CONNECTIVITY("sync-connectivity"),
    SYNC_DATA("sync-data"),
    CLICKHOME_SOFTWARE("clickhome-software"),
    FORMAT_CHANGE("format-change"),
    DROP_FILE("drop-file"),
    MONITOR_SELF("monitor-self");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Category fromId(String id) {
        return Arrays.stream(values())
                .filter(c -> c.id.equalsIgnoreCase(id) || c.name().equalsIgnoreCase(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown category '" + id + "' (known: "
                        + Arrays.stream(values()).map(Category::id).toList() + ")"));
    }

    @Override
    public String toString() {
        return id;
    }
}
