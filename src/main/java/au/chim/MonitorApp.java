package au.chim;

import au.chim.dashboard.DashboardMainListener;
import au.chim.detect.bounce.BounceConfiguration;
import au.chim.detect.dropfolder.DropFolderConfiguration;
import au.chim.observe.ObserveConfiguration;
import au.chim.config.EnvironmentOverrides;
import au.chim.config.PropertiesFileCheck;
import au.chim.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.camel.main.Main;
import org.slf4j.LoggerFactory;

/**
 * Starts the monitor. Settings come from config/application.properties, then
 * config/application-&lt;profile&gt;.properties when MONITOR_PROFILE (or -Dmonitor.profile) names a
 * profile, then environment variables (MONITOR_SMTP_HOST overrides monitor.smtp.host, CAMEL_SERVER_PORT
 * camel.server.port: {@link EnvironmentOverrides}).
 */
public final class MonitorApp {
    private MonitorApp() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", AppHome.get().resolve("config/log4j2.properties").toString());
        }
        int exit;
        try {
            exit = create(new Properties()).run(args);
        } catch (Exception e) {
            // one line that names the part, the setting and the cause; the stack trace only at DEBUG
            LoggerFactory.getLogger(MonitorApp.class).error(StartFailure.describe(e));
            LoggerFactory.getLogger(MonitorApp.class).debug("start-up failure", e);
            exit = 1;
        }
        // a non-zero exit lets the service manager (systemd Restart=on-failure, NSSM) see the failure
        System.exit(exit);
    }

    /** The configured but not yet started application; tests start it with overrides (test servers, ports). */
    public static Main create(Properties overrides) {
        Path home = AppHome.get();
        // before Camel reads them: a Windows path with single backslashes would be read as another folder, silently
        PropertiesFileCheck.check(propertyFiles(home));
        Main main = new Main() {
            @Override
            protected void configurePropertiesService(org.apache.camel.CamelContext context) throws Exception {
                // Notepad saves UTF-8: a folder named "Intégration" must not be read as Latin-1 "IntÃ©gration"
                context.getPropertiesComponent().setEncoding(Settings.FILE_ENCODING);
                super.configurePropertiesService(context);
            }
        };
        main.setPropertyPlaceholderLocations(propertyLocations(home));
        Properties initial = new Properties();
        initial.setProperty("monitor.home", home.toString());
        main.setInitialProperties(initial);
        // the test's or caller's explicit overrides win over the environment, which wins over the files
        Properties effective = EnvironmentOverrides.from(propertyFiles(home), System.getenv());
        effective.putAll(overrides);
        main.setOverrideProperties(effective);
        main.configure().addConfiguration(new MonitorConfiguration());
        main.configure().addConfiguration(new DropFolderConfiguration());
        main.configure().addConfiguration(new au.chim.dashboard.api.DropFilesApiConfiguration());
        main.configure().addConfiguration(new BounceConfiguration());
        main.configure().addConfiguration(new ObserveConfiguration());
        main.addMainListener(new RequiredPorts());
        main.addMainListener(new DashboardMainListener());
        main.addMainListener(new DemoBanner());
        main.configure().withRoutesIncludePattern("file:" + home.resolve("routes") + "/*.camel.yaml");
        return main;
    }

    /** config/application.properties, after the profile's file when MONITOR_PROFILE (or -Dmonitor.profile) names one. */
    public static String propertyLocations(Path home) {
        return propertyFiles(home).stream().map(f -> "file:" + f).collect(Collectors.joining(","));
    }

    static List<Path> propertyFiles(Path home) {
        List<Path> files = new ArrayList<>();
        String profile = System.getProperty("monitor.profile", System.getenv("MONITOR_PROFILE"));
        if (profile != null && !profile.isBlank()) {
            Path file = home.resolve("config/application-" + profile.trim() + ".properties");
            if (!Files.isReadable(file)) {
                throw new IllegalStateException("profile '" + profile + "' selected but " + file + " does not exist");
            }
            // Camel takes a key from the first location that has it, so the profile must come first to override
            files.add(file);
        }
        files.add(home.resolve("config/application.properties"));
        return files;
    }
}
