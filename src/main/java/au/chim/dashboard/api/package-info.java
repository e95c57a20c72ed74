/** The REST API under /api: the register, the outbox and the detectors, with the same actions as the JMX beans. */
package au.chim.dashboard.api;
