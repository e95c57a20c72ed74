package au.chim.register;

/** Lifecycle of an issue in the register (design.md section 2). REOPENED is a transition back to OPEN. */
public enum IssueStatus {
    NEW, OPEN, ACKNOWLEDGED, SNOOZED, RESOLVED;

    public boolean isOpen() {
        return this != RESOLVED;
    }
}
