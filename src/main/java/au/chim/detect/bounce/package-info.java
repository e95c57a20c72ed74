/** Reads the bounce mailbox and FaxMaker responses: decides what failed, for whom, and which finding that makes. */
package au.chim.detect.bounce;
