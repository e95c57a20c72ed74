/** The ClickHome database checks: declared in config/checks.yaml, each a T-SQL file whose rows become one snapshot. */
package au.chim.detect.clickhome;
