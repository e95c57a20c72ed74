/** Reads and checks every monitor.* setting once, at start, so a bad value stops startup with its key named. */
package au.chim.config;
