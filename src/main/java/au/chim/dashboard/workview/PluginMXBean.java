package au.chim.dashboard.workview;

/**
 * What Hawtio's {@code /plugin} servlet reads from every {@code hawtio:type=plugin,name=*} MBean to load a
 * Module Federation remote: where its remoteEntry.js is, the container name (webpack's ModuleFederationPlugin
 * {@code name}), the exposed module, and the function the module exports that registers the plugin.
 */
public interface PluginMXBean {
    /** Base URL of the remote entry; a path on the console's own server. */
    String getUrl();

    String getScope();

    String getModule();

    String getRemoteEntryFileName();

    /** True: the console adds a timestamp to the remote entry's URL, so a new build is never read from cache. */
    boolean isBustRemoteEntryCache();

    String getPluginEntry();
}
