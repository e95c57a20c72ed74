package au.chim.demo;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** The environment: back end jobs, field devices and their sync log, service heartbeats and SQL Server backup history. */
final class OperationsLoader {
    /** Op codes 17008 and 26041 are sourced (new user, URL trigger); the others are invented for the demo. */
    private static final Integer[] OP_CODES = {17008, 26041, 31020, 31025, 40110};

    private final DemoContext ctx;

    OperationsLoader(DemoContext ctx) {
        this.ctx = ctx;
    }

    void load(List<MasterDataLoader.Contract> contracts) throws SQLException {
        backEndJobs(contracts);
        devices();
        heartbeats();
        backups();
    }

    private void backEndJobs(List<MasterDataLoader.Contract> contracts) throws SQLException {
        Fake f = ctx.fake;
        try (Batch b = new Batch(ctx.c, "dbo.tblBackEndJobs", "inOpCode", "fkidContract", "dtRunAfter", "sgResult",
                "sgLastErrorMessage", "inFailureCount", "dtCreated")) {
            // the READY backlog has grown since the loader stopped cycling 40 minutes ago
            for (int i = 0; i < 48; i++) {
                LocalDateTime created = ctx.minutesAgo(40 - (long) i * 40 / 48);
                b.row(f.pick(OP_CODES), f.pick(contracts).id(), created, i % 5 == 0 ? null : "READY", null, 0, created);
            }
            b.row(31020, f.pick(contracts).id(), ctx.minutesAgo(41), "BUSY", null, 0, ctx.minutesAgo(42));
            // the same URL trigger failing on every cycle, failure counts rising with age
            int[] failures = {3, 7, 12, 25};
            for (int i = 0; i < failures.length; i++) {
                LocalDateTime created = ctx.hoursAgo(2L + failures[i] / 4);
                b.row(26041, f.pick(contracts).id(), ctx.minutesAgo(45), "ERROR",
                        "The remote server returned an error: (500) Internal Server Error. URL trigger https://hooks.example.com.au/clickhome/po",
                        failures[i], created);
            }
            b.row(31020, f.pick(contracts).id(), ctx.hoursAgo(5), "ERROR",
                    "Transaction (Process ID 112) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.",
                    4, ctx.hoursAgo(6));
            b.row(17008, null, ctx.daysAgo(2), "ERROR", "Object reference not set to an instance of an object.", 2, ctx.daysAgo(2));
        }
    }

    private void devices() throws SQLException {
        Fake f = ctx.fake;
        Map<String, Integer> users = ctx.ids("dbo.tblUsers", "idUser", "sgUserName");
        String[][] devices = {
            {"mkelly", "IPAD-7F3A21C9", "5.4.2"}, {"jchen", "IPAD-2B9D04E1", "5.4.2"}, {"sbrown", "IPAD-91C0E7A4", "5.4.2"},
            {"tnguyen", SeededErrors.DEVICE_STALE_NETWORK, "5.4.1"}, {"lrusso", "IPAD-4E66B213", "5.4.2"},
            {"apatel", SeededErrors.DEVICE_STALE_VERSION, "4.9.7"}, {"rmurphy", "IPAD-0C5D8F72", "5.4.2"},
            {"mkelly", "IPHONE-5A1E9B30", "5.4.2"},
        };
        try (Batch b = new Batch(ctx.c, "dbo.tblDevices", "fkidUser", "sgDeviceId", "sgAppVersion", "dtLastSyncOk", "dtLastSyncAttempt", "bActive")) {
            for (String[] d : devices) {
                boolean stale = d[1].equals(SeededErrors.DEVICE_STALE_NETWORK) || d[1].equals(SeededErrors.DEVICE_STALE_VERSION);
                LocalDateTime ok = stale ? ctx.hoursAgo(60) : ctx.minutesAgo(f.between(10, 180));
                b.row(users.get(d[0]), d[1], d[2], ok, stale ? ctx.minutesAgo(35) : ok, true);
            }
            b.row(users.get("jchen"), "IPAD-OLD-11A2", "4.2.0", ctx.daysAgo(200), ctx.daysAgo(200), false);
        }
        Map<String, Integer> ids = ctx.ids("dbo.tblDevices", "idDevice", "sgDeviceId");
        try (Batch b = new Batch(ctx.c, "dbo.tblDeviceSyncLog", "fkidDevice", "dtStarted", "dtFinished", "inStatus", "inItemsRejected",
                "sgErrorCode", "sgErrorMessage")) {
            for (String[] d : devices) {
                int device = ids.get(d[1]);
                boolean stale = d[1].equals(SeededErrors.DEVICE_STALE_NETWORK) || d[1].equals(SeededErrors.DEVICE_STALE_VERSION);
                for (int day = 7; day >= 0; day--) {
                    for (int hour = 7; hour <= 17; hour += f.between(2, 4)) {
                        LocalDateTime t = ctx.now.toLocalDate().minusDays(day).atTime(hour, f.between(0, 59), f.between(0, 59));
                        if (t.isAfter(ctx.minutesAgo(10)) || stale && t.isAfter(ctx.hoursAgo(60))) {
                            continue;
                        }
                        b.row(device, t, t.plusSeconds(f.between(8, 90)), 1, 0, null, null);
                    }
                }
                if (d[1].equals(SeededErrors.DEVICE_STALE_NETWORK)) {
                    for (int i = 0; i < 6; i++) {
                        LocalDateTime t = ctx.hoursAgo(55L - i * 9L);
                        b.row(device, t, t.plusSeconds(60), 2, null, i % 2 == 0 ? "TIMEOUT" : "NETWORK_UNREACHABLE",
                                i % 2 == 0 ? "The request timed out after 60 s" : "The network is unreachable (no cellular data)");
                    }
                } else if (d[1].equals(SeededErrors.DEVICE_STALE_VERSION)) {
                    for (int i = 0; i < 4; i++) {
                        LocalDateTime t = ctx.hoursAgo(50L - i * 12L);
                        b.row(device, t, t.plusSeconds(4), 2, null, "VERSION_UNSUPPORTED",
                                "App version 4.9.7 is no longer supported by the server (minimum 5.2.0)");
                    }
                }
            }
            LocalDateTime t = ctx.hoursAgo(3);
            int sbrown = ids.get("IPAD-91C0E7A4");
            b.row(sbrown, t, t.plusSeconds(40), 3, 2, "CONFLICT", "2 items rejected: task changed on the server since last sync");
            b.row(sbrown, t.plusHours(1), t.plusHours(1).plusSeconds(35), 3, 1, "VALIDATION_REJECTED",
                    "1 item rejected: completion date before start date");
            int lrusso = ids.get("IPAD-4E66B213");
            b.row(lrusso, ctx.hoursAgo(2), ctx.hoursAgo(2).plusSeconds(3), 2, null, "SERVER_500",
                    "HTTP 500 Internal Server Error from /api/sync/upload");
            b.row(lrusso, ctx.hoursAgo(1), null, 4, null, null, null);
        }
    }

    private void heartbeats() throws SQLException {
        try (Batch b = new Batch(ctx.c, "dbo.tblServiceHeartbeat", "sgServiceName", "sgHostName", "inServiceState", "dtLastBeat",
                "dtLastBEJCycle", "sgVersion")) {
            // reports "Started" and keeps beating, but the back end job loader has not cycled for 40 minutes
            b.row("ClickHome Windows Service", SeededErrors.HOST_HUNG, 0, ctx.minutesAgo(1), ctx.minutesAgo(40), "2024.3.1.517");
            // the second application server's service is stopped and stale
            b.row("ClickHome Windows Service", SeededErrors.HOST_STOPPED, 6, ctx.hoursAgo(3), ctx.hoursAgo(3).minusMinutes(2), "2024.3.1.517");
            b.row("GFI FaxMaker", "CHFAX01", 0, ctx.minutesAgo(2), null, "20.3");
            b.row("JobFile poller", SeededErrors.HOST_HUNG, 0, ctx.minutesAgo(130), null, "3.2.0");
        }
    }

    private void backups() throws SQLException {
        try (Batch b = new Batch(ctx.c, "dbo.backupset", "database_name", "type", "backup_start_date", "backup_finish_date")) {
            // ClickHome: last night's full backup did not run (last one 30 h ago) and log backups stopped 6 h ago
            for (int day = 0; day < 14; day++) {
                LocalDateTime full = ctx.hoursAgo(30L + day * 24L);
                b.row("ClickHome", "D", full, full.plusMinutes(23));
            }
            for (LocalDateTime t = ctx.daysAgo(14); t.isBefore(ctx.hoursAgo(6)); t = t.plusMinutes(30)) {
                b.row("ClickHome", "L", t, t.plusSeconds(40));
            }
            LocalDateTime lastNight = ctx.now.toLocalDate().atTime(1, 0).isBefore(ctx.now)
                    ? ctx.now.toLocalDate().atTime(1, 0) : ctx.now.toLocalDate().minusDays(1).atTime(1, 0);
            for (int day = 0; day < 14; day++) {
                LocalDateTime full = lastNight.minusDays(day);
                b.row("ClickHomeDocs", "D", full.plusMinutes(30), full.plusMinutes(71));
                b.row("msdb", "D", full.plusMinutes(5), full.plusMinutes(6));
            }
            for (LocalDateTime t = ctx.daysAgo(2); t.isBefore(ctx.minutesAgo(5)); t = t.plusMinutes(30)) {
                b.row("ClickHomeDocs", "L", t, t.plusSeconds(25));
            }
        }
    }
}
