/** The document backup check: the newest file in the folder the builder's backup job writes must be recent. */
package au.chim.detect.backup;
