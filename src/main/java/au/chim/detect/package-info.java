/** Detectors: each turns what it reads (ClickHome tables, drop files, bounce emails) into findings for the register. */
package au.chim.detect;
