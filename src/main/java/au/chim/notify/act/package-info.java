/** Signed one-use action links in emails (Acknowledge, Fixed, Not mine) and the pages they open, for recipients without a dashboard log-in. */
package au.chim.notify.act;
