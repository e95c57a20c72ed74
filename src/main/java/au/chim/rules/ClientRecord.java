package au.chim.rules;

/**
 * A client (debtor) as ClickHome or a job import describes it.
 *
 * @param key debtor code, or ClickHome's idClient when the client has no debtor code
 */
public record ClientRecord(String key, String name, String email, String mobile, String phone, String state, String postcode) {
}
