/** The vocabulary every stage shares: what a detector observed (a {@link au.chim.finding.Finding}) and how bad it is. */
package au.chim.finding;
