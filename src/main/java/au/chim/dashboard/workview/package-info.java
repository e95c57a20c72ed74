/**
 * The "Integration issues" Hawtio plugin's server side: the plugin's registration (MBean), the static serving
 * of its built files, and the same-origin bridge from the Hawtio session to the REST API routes.
 */
package au.chim.dashboard.workview;
