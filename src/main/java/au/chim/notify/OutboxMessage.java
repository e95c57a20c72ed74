package au.chim.notify;

/** An outbox row due for sending, with the Message-ID fixed when it was written. */
public record OutboxMessage(long id, OutboxMail mail, String messageId, int attempts) {
}
