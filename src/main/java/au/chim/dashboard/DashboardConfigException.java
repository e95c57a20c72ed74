package au.chim.dashboard;

/** The dashboard's security settings are unusable; the message names the file, line or key to fix. */
public class DashboardConfigException extends RuntimeException {
    public DashboardConfigException(String message) {
        super(message);
    }

    public DashboardConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
