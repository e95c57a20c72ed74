/** Australian data rules (ABN, phones, postcodes, email syntax) and supplier/client detail checks, shared by file and database detectors. */
package au.chim.rules;
