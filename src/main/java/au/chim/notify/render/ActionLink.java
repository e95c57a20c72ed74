package au.chim.notify.render;

/** A link under an item: the work view, or a signed action (Acknowledge, Fixed, Not mine) for people without a log-in. */
public record ActionLink(String label, String url) {
}
