package au.chim.dashboard.api;

/**
 * The sentence a 400 answer carries. Messages the monitor writes itself are already sentences; the JDK's
 * "No enum constant au.chim...Status.PWNED" names a class, so it becomes "unknown value 'PWNED'".
 */
final class ApiErrors {
    private ApiErrors() {
    }

    static String sentence(RuntimeException e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "the request is not valid";
        }
        if (m.startsWith("No enum constant ")) {
            return "unknown value '" + m.substring(m.lastIndexOf('.') + 1) + "'";
        }
        // A message naming a Java type or package came from a library, not from the monitor.
        return m.matches("(?s).*\\b(java|javax|com|org|au)\\.[a-z]+\\..*|.*Exception.*") ? "the request is not valid" : m;
    }
}
