package au.chim.dashboard;

import java.util.Locale;

/** What a dashboard user may do: an admin can act (exec, write, POST), a viewer can only look. */
public enum Role {
    ADMIN, VIEWER;

    /** The lower-case name used in users.properties and as the Hawtio/JAAS role principal name. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role for a config word, or null when the word is not a role. */
    public static Role fromId(String id) {
        for (Role r : values()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }
}
