/** Reads and validates accounting/estimating drop-folder CSV files (PO, PO_ACK, SUPPLIER, JOB) into findings, without Camel. */
package au.chim.detect.dropfolder;
