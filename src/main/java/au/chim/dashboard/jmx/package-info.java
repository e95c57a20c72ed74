/** The monitor's own JMX beans (domain au.chim.monitor), shown and operated in Hawtio's JMX view. */
package au.chim.dashboard.jmx;
