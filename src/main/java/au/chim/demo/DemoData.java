package au.chim.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a realistic builder's ClickHome data (three business units, ~64 suppliers, 120 clients, 400 contracts, ~800 PO
 * headers, ~4000 messages, devices, heartbeats, backups) with the errors listed in {@link SeededErrors}.
 *
 * <p>Timestamps are local server time in Australia/Sydney, as ClickHome writes them. Monitor queries compare them with
 * GETDATE(), so an H2 demo database must run in that zone: add {@code ;TIME ZONE=Australia/Sydney} to its URL.
 */
public final class DemoData {
    /** ClickHome writes local server time; the demo server is in Sydney. */
    public static final ZoneId ZONE = ZoneId.of("Australia/Sydney");
    /** Tables in load order; also the order of {@link Loaded#rowCounts()}. */
    public static final List<String> TABLES = List.of("tblBusinessUnits", "tblUsers", "tblSuppliers", "tblClients", "tblContracts",
            "tblIntPOHeaders", "tblIntPOLines", "tblIntPOApprovals", "tblMessages", "tblBackEndJobs", "tblDevices",
            "tblDeviceSyncLog", "tblServiceHeartbeat", "backupset");
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /** What a load wrote: rows per table (dbo.*) and how long it took. */
    public record Loaded(Map<String, Long> rowCounts, Duration took) {
    }

    private DemoData() {
    }

    /**
     * Fills an empty ClickHome reference schema (see {@link ClickHomeSchema}) in one transaction. The same seed and clock
     * give the same rows.
     *
     * @throws IllegalStateException if the database already holds suppliers, or an insert fails (nothing is kept then)
     */
    public static Loaded load(DataSource dataSource, Clock clock, long seed) {
        long start = System.nanoTime();
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZONE)).truncatedTo(ChronoUnit.SECONDS);
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                DemoContext ctx = new DemoContext(c, new Random(seed), now);
                if (ctx.count("dbo.tblSuppliers") > 0) {
                    throw new IllegalStateException("ClickHome demo data not loaded: dbo.tblSuppliers is not empty");
                }
                MasterDataLoader master = new MasterDataLoader(ctx);
                master.loadBusinessUnitsAndUsers();
                List<SupplierLoader.Row> suppliers = new SupplierLoader(ctx).load();
                List<Integer> clients = master.loadClients();
                List<MasterDataLoader.Contract> contracts = master.loadContracts(clients);
                new PurchaseOrderLoader(ctx, contracts, suppliers).load();
                new MessageLoader(ctx, suppliers, contracts).load();
                new OperationsLoader(ctx).load(contracts);
                Map<String, Long> counts = new LinkedHashMap<>();
                for (String t : TABLES) {
                    counts.put(t, ctx.count("dbo." + t));
                }
                c.commit();
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                LOG.info("ClickHome demo data loaded in {} ms (seed {}, now {}): {}", took.toMillis(), seed, now, counts);
                return new Loaded(counts, took);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ClickHome demo data not loaded: " + e.getMessage(), e);
        }
    }
}
