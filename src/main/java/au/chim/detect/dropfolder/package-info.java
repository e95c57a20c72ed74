/**
 * Reads and validates accounting/estimating drop-folder CSV files (PO, PO_ACK, SUPPLIER, JOB) into findings, and moves each
 * file once to the archive or the quarantine. Plain beans; only DropFolderConfiguration and DropNameFilter know Camel.
 */
package au.chim.detect.dropfolder;
