package au.chim.routing;

/**
 * One recipient who must hear about an issue, and why.
 *
 * @param party          the party through which they receive it (first one when several rules reach them)
 * @param reason         the rule(s) that matched, shown in the email: {@code rule routes[2] category=po-integration -> accounts-staff}
 * @param supportRequest the email is a ready-to-forward ClickHome support request, not a plain alert
 * @param realTime       some party they receive it through wants it alerted now; otherwise it waits for the digest
 */
public record Delivery(String recipientId, String email, String party, String reason, boolean supportRequest,
                       boolean realTime, Recipient recipient) {
}
