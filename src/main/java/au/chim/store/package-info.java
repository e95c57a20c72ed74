/** Opens the two databases (ClickHome read-only, the monitor's own store) and keeps the store's schema current. */
package au.chim.store;
