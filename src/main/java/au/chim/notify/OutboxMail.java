package au.chim.notify;

/**
 * An email as it is written to the outbox, before any send attempt.
 *
 * @param dedupKey a second email with the same key is refused (one digest per recipient per day, one alert batch)
 */
public record OutboxMail(String kind, String dedupKey, String recipientId, String recipientEmail, String subject,
                         String bodyText, String bodyHtml, String attachmentName, String attachmentType, String attachmentBody) {
}
