/** Tells people: queues alerts per recipient, groups them into emails, and sends every email through the persisted outbox. */
package au.chim.notify;
