package au.chim.register;

/**
 * A change in an issue's lifecycle that may be worth telling someone about.
 *
 * @param notifies false when the flap window says people were told about this issue moments ago
 */
public record Transition(Type type, Issue issue, boolean notifies) {

    public enum Type {
        NEW, REOPENED, RESOLVED, UNSNOOZED
    }
}
