/** Who may see and act on the operator dashboard: users, password hashes, Hawtio in Jetty, and HTTP Basic for /api and /observe. */
package au.chim.dashboard;
