/** Builds the embedded demo: a ClickHome reference database full of realistic data and seeded errors, demo drop folders, and a failure simulator. */
package au.chim.demo;
