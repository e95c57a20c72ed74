/** The plugin's own pages under the console, e.g. /hawtio/integration-issues/123 (alert emails link there). */
export const PLUGIN_PATH = '/integration-issues'

/**
 * The API bridge inside the Hawtio webapp (WorkViewPlugin.API_PATH): same origin as the page, so the calls carry
 * the Hawtio session. Resolved against the console's <base href>, so another context path works too.
 */
export function apiBase(baseUri: string = document.baseURI): string {
  return new URL('integration-api', baseUri.endsWith('/') ? baseUri : baseUri + '/').pathname
}
