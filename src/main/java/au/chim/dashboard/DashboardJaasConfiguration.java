package au.chim.dashboard;

import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import javax.security.auth.login.Configuration;

/**
 * The JAAS configuration in code, so no jaas.conf file is needed: the dashboard realm uses
 * {@link UserStoreLoginModule} with the store as an option object; other realms go to the previous configuration.
 */
public final class DashboardJaasConfiguration extends Configuration {
    private final String realm;
    private final AppConfigurationEntry[] entries;
    private final Configuration previous;

    DashboardJaasConfiguration(String realm, UserStore store, Configuration previous) {
        this.realm = realm;
        this.previous = previous;
        this.entries = new AppConfigurationEntry[] {new AppConfigurationEntry(UserStoreLoginModule.class.getName(),
                LoginModuleControlFlag.REQUIRED, Map.of(UserStoreLoginModule.STORE_OPTION, store))};
    }

    /** Makes {@code realm} log in against {@code store} for the whole JVM (JAAS configuration is global). */
    public static synchronized void install(String realm, UserStore store) {
        Configuration current = currentOrNull();
        if (current instanceof DashboardJaasConfiguration mine) {
            current = mine.previous;
        }
        Configuration.setConfiguration(new DashboardJaasConfiguration(realm, store, current));
    }

    private static Configuration currentOrNull() {
        try {
            return Configuration.getConfiguration();
        } catch (SecurityException e) {
            // No java.security.auth.login.config file: normal here, there is simply nothing to delegate to.
            return null;
        }
    }

    @Override
    public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
        if (realm.equals(name)) {
            return entries.clone();
        }
        return previous == null ? null : previous.getAppConfigurationEntry(name);
    }
}
