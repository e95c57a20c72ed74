package au.chim.detect.dropfolder;

import au.chim.config.Settings;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;

/**
 * Binds the drop-folder beans the routes 12-detect-drop-files and 13-detect-stale-drop-files use:
 * {@code dropFiles} (a {@link DropFileHandler}), {@code staleDropFiles}, {@code dropFileRows}, and one {@code dropFilter_<IFACE>} per interface.
 * Runs after MonitorConfiguration, whose clock and data sources it takes from the registry.
 */
public class DropFolderConfiguration implements CamelConfiguration {
    private static final String PREFIX = "monitor.dropfolders.";

    @Override
    public void configure(CamelContext context) {
        Settings s = new Settings(context);
        Registry registry = context.getRegistry();
        Clock clock = registry.lookupByNameAndType("clock", Clock.class);
        DataSource store = registry.lookupByNameAndType("storeDataSource", DataSource.class);
        DataSource clickhome = registry.lookupByNameAndType("clickhomeDataSource", DataSource.class);
        ZoneId zone = s.zone("monitor.time-zone", "Australia/Sydney");
        Clock builderClock = clock.withZone(zone);

        Map<DropInterface, DropFolder> folders = new EnumMap<>(DropInterface.class);
        Map<DropInterface, java.time.Duration> loadWindows = new EnumMap<>(DropInterface.class);
        TimedReads.limit(s.duration(PREFIX + "read-timeout", "60s"));
        boolean all = s.flag(PREFIX + "enabled", true);
        for (DropInterface iface : DropInterface.values()) {
            String p = PREFIX + DropFolder.key(iface) + ".";
            registry.bind("dropFilter_" + iface.name(), new DropNameFilter<>(iface));
            if (!all || !s.flag(p + "enabled", true)) {
                continue;
            }
            DropFolder folder = new DropFolder(iface, s.path(p + "folder", "work/dropfolders/" + DropFolder.key(iface)),
                    s.path(p + "archive", "work/dropfolders/archive/" + DropFolder.key(iface)),
                    s.path(p + "quarantine", "work/dropfolders/quarantine/" + DropFolder.key(iface)),
                    s.duration(p + "stale-after", "30m"), s.duration(p + "tmp-stale-after", "15m"));
            folders.put(iface, folder);
            loadWindows.put(iface, s.duration(p + "load-window", "2h"));
            // the route's file: URI reads the same key; give it the folder resolved against the application home
            context.getPropertiesComponent().addOverrideProperty(p + "folder", folder.folder().toString());
        }
        ProcessedFiles processed = new ProcessedFiles(store, clock);
        RejectedFiles rejected = new RejectedFiles(store, clock);
        DropFileValidator validator = new DropFileValidator(new JdbcClickHomeLookup(clickhome),
                new JdbcCrossFileState(store, JdbcCrossFileState.DEFAULT_OWNER, builderClock), builderClock,
                KeysOfInterest.inStore(store, rejected), s.integer(PREFIX + "max-findings-per-file", FindingCap.DEFAULT_MAX, 1));
        DropOutcomes outcomes = new DropOutcomes(new FileMover(builderClock), rejected, builderClock, loadWindows);
        registry.bind("dropFiles", new DropFileHandler(folders, validator, processed, outcomes));
        Resubmits resubmits = new Resubmits(folders, rejected, processed);
        registry.bind("dropFileResubmits", resubmits);
        registry.bind("rejectedDropFiles", rejected);
        registry.bind("rejectedFileLoads", new LoadVerifier(rejected, clickhome, resubmits, clock));
        registry.bind("dropFileRows", new FileRowIssues(registry.lookupByNameAndType("issueStore", au.chim.register.IssueStore.class)));
        // file ages are compared with the file server's wall clock, never a business or test clock
        registry.bind("staleDropFiles", new StaleDropFiles(java.util.List.copyOf(folders.values()), Clock.systemUTC()));
    }
}
