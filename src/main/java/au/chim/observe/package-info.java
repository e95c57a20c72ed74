/** Health checks (/observe/health) and the monitor's own Prometheus series (/observe/metrics). */
package au.chim.observe;
