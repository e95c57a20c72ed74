/** Decides who must act on an issue (the responsibility matrix), when they may be told (business hours, grouping, inhibition) and when to escalate. */
package au.chim.routing;
