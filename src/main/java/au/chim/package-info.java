/** Starts the monitor: finds its home folder, loads config/ and routes/, binds the beans. */
package au.chim;
