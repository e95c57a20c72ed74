package au.chim.notify.act;

import java.util.Arrays;
import java.util.Optional;

/** What a signed link lets its recipient do; {@code code} is the one letter the link carries. */
public enum ActionKind {
    ACKNOWLEDGE("a", "Acknowledge", "Acknowledge this issue", "Yes, I am on it"),
    FIXED("f", "Fixed (check again now)", "Tell the monitor it is fixed", "Check again now"),
    NOT_MINE("n", "Not mine", "Hand this issue on", "Hand it on");

    private final String code;
    private final String linkLabel;
    private final String pageTitle;
    private final String button;

    ActionKind(String code, String linkLabel, String pageTitle, String button) {
        this.code = code;
        this.linkLabel = linkLabel;
        this.pageTitle = pageTitle;
        this.button = button;
    }

    public String code() {
        return code;
    }

    public String linkLabel() {
        return linkLabel;
    }

    public String pageTitle() {
        return pageTitle;
    }

    public String button() {
        return button;
    }

    public static Optional<ActionKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
