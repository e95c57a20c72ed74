/** Builds each recipient's daily digest: only their issues, new / still open / resolved, or an explicit all clear. */
package au.chim.digest;
