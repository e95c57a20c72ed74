package au.chim.finding;

/** How urgently a finding needs a person. Ordered: later constants are worse. */
public enum Severity {
    INFO, WARNING, ERROR, CRITICAL;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
