/** Decides whether a finding is a new problem, the same one again, or gone; keeps the lifecycle and audit trail. */
package au.chim.register;
