/** Turns alert, support-request, reminder and digest models into bounded, injection-safe emails from the templates in config/templates. */
package au.chim.notify.render;
