package au.chim.notify.render;

/**
 * An email ready for the outbox: a one-line bounded subject, plain text and HTML alternatives, and an
 * optional text attachment (the full CSV list when the body shows only the first items).
 */
public record RenderedEmail(String subject, String text, String html, Attachment attachment) {
    /** A text attachment; {@code content} is what goes in {@code monitor_outbox.attachment_body}. */
    public record Attachment(String name, String contentType, String content) {
    }

    public boolean hasAttachment() {
        return attachment != null;
    }

    /** Characters across subject, bodies and attachment: what the benchmark reports as email size. */
    public long size() {
        return subject.length() + text.length() + (html == null ? 0 : html.length())
                + (attachment == null ? 0 : attachment.content().length());
    }
}
