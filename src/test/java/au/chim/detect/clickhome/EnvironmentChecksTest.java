package au.chim.detect.clickhome;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Environment checks on real rows: service heartbeats, back-end jobs, SQL Server backups. */
class EnvironmentChecksTest extends CheckTestBase {
    private static final String CH = "ClickHome Windows Service";

    @Test
    void stoppedServiceIsDownUntilItRunsAgain() {
        int id = rows.heartbeat(CH, "HB-STOP", 6, 0, 0);
        rows.heartbeat("GFI FaxMaker", "HB-UNKNOWN", 255, 0, null);
        Map<String, Object> issue = awaitOpen("SVC_DOWN|service:" + CH + "@HB-STOP");
        assertIssue(issue, "CRITICAL", "environment", "ClickHome Windows Service on HB-STOP is stopped");
        assertTrue(((String) issue.get("suggested_action")).contains("restart ClickHome Windows Service"));
        assertIssue(awaitOpen("SVC_DOWN|service:GFI FaxMaker@HB-UNKNOWN"), "CRITICAL", "environment", "GFI FaxMaker on HB-UNKNOWN is in an unknown state");

        db.update("UPDATE dbo.tblServiceHeartbeat SET inServiceState = 0, dtLastBeat = GETDATE(), dtLastBEJCycle = GETDATE() WHERE idServiceHeartbeat = ?", id);
        awaitResolved("SVC_DOWN|service:" + CH + "@HB-STOP");
    }

    @Test
    void silentServiceIsStaleAfterFifteenMinutes() {
        int id = rows.heartbeat("GFI FaxMaker", "HB-STALE", 0, 17, null);
        rows.heartbeat("GFI FaxMaker", "HB-FRESH", 0, 13, null);
        Map<String, Object> issue = awaitOpen("SVC_STALE|service:GFI FaxMaker@HB-STALE");
        assertIssue(issue, "ERROR", "environment", "GFI FaxMaker on HB-STALE has not reported for 17 minutes");
        assertNotRaised("service-heartbeat", "SVC_STALE|service:GFI FaxMaker@HB-FRESH");

        db.update("UPDATE dbo.tblServiceHeartbeat SET dtLastBeat = GETDATE() WHERE idServiceHeartbeat = ?", id);
        awaitResolved("SVC_STALE|service:GFI FaxMaker@HB-STALE");
    }

    @Test
    void startedServiceWhoseJobLoaderStoppedIsHung() {
        int id = rows.heartbeat(CH, "HB-HUNG", 0, 0, 17);
        rows.heartbeat(CH, "HB-BUSY", 0, 0, 13);
        rows.heartbeat(CH, "HB-NEW", 0, 0, null);
        assertIssue(awaitOpen("SVC_HUNG|service:" + CH + "@HB-HUNG"), "CRITICAL", "environment",
                "ClickHome Windows Service on HB-HUNG shows as started but has not run back-end jobs for 17 minutes");
        assertNothingOpenFor("service-heartbeat", "@HB-BUSY", "@HB-NEW");

        db.update("UPDATE dbo.tblServiceHeartbeat SET dtLastBEJCycle = GETDATE() WHERE idServiceHeartbeat = ?", id);
        awaitResolved("SVC_HUNG|service:" + CH + "@HB-HUNG");
    }

    @Test
    void jobFilePollerIsJudgedByItsOwnHourNotTheFifteenMinutes() {
        int id = rows.heartbeat("JobFile poller", "HB-JF-LATE", 0, 62, null);
        rows.heartbeat("JobFile poller", "HB-JF-OK", 0, 45, null);
        assertIssue(awaitOpen("JOBFILE_POLL_STALE|service:JobFile poller@HB-JF-LATE"), "ERROR", "environment",
                "JobFile poller on HB-JF-LATE has not reported for 62 minutes");
        // It polls every 30 minutes, so 45 minutes of silence is normal.
        assertNothingOpenFor("service-heartbeat", "@HB-JF-OK");

        db.update("UPDATE dbo.tblServiceHeartbeat SET dtLastBeat = GETDATE() WHERE idServiceHeartbeat = ?", id);
        awaitResolved("JOBFILE_POLL_STALE|service:JobFile poller@HB-JF-LATE");
    }

    private void job(int opCode, Integer contract, String result, int failures, String error, int runAfterMinutesAgo) {
        db.update("INSERT INTO dbo.tblBackEndJobs (inOpCode, fkidContract, dtRunAfter, sgResult, sgLastErrorMessage, inFailureCount) "
                + "VALUES (?, ?, DATEADD(minute, -1 * ?, GETDATE()), ?, ?, ?)", opCode, contract, runAfterMinutesAgo, result, error, failures);
    }

    @Test
    void failingBackEndJobsAreGroupedByOperation() {
        job(7101, 1, "ERROR", 2, "Deadlock victim", 5);
        job(7101, 2, "ERROR", 3, HOSTILE, 5);
        job(7102, 3, "ERROR", 5, "Timeout", 5);
        job(7103, 3, "READY", 0, null, 5);
        job(7103, 3, "BUSY", 0, null, 5);
        Map<String, Object> warning = awaitOpen("BEJ_ERRORS|backend-operation:7101");
        assertIssue(warning, "WARNING", "clickhome-software", "2 back-end job(s) for operation 7101 in ERROR (up to 3 failures each, 2 job(s))");
        assertIssue(awaitOpen("BEJ_ERRORS|backend-operation:7102"), "ERROR", "clickhome-software", "operation 7102 in ERROR (up to 5 failures each");
        assertNotRaised("backend-job-errors", "BEJ_ERRORS|backend-operation:7103");

        db.update("DELETE FROM dbo.tblBackEndJobs WHERE inOpCode = 7101");
        awaitResolved("BEJ_ERRORS|backend-operation:7101");
        db.update("DELETE FROM dbo.tblBackEndJobs WHERE inOpCode IN (7102, 7103)");
    }

    @Test
    void backlogAboveTwentyReadyJobsOlderThanFifteenMinutes() {
        String fp = "BEJ_BACKLOG|backend-queue:ClickHome back-end job queue";
        for (int i = 0; i < 20; i++) {
            job(7200, null, i % 2 == 0 ? null : "READY", 0, null, 17 + i);
        }
        for (int i = 0; i < 10; i++) {
            job(7201, null, "READY", 0, null, 13);    // not overdue yet
            job(7202, null, "BUSY", 0, null, 120);    // running, not waiting
            job(7203, null, "ERROR", 1, "x", 120);    // failed, reported by backend-job-errors
        }
        assertNotRaised("backend-job-backlog", fp);

        job(7200, null, "READY", 0, null, 90);
        assertIssue(awaitOpen(fp), "ERROR", "environment", "21 back-end jobs waiting, the oldest for 90 minutes");

        db.update("UPDATE dbo.tblBackEndJobs SET sgResult = 'BUSY' WHERE inOpCode = 7200 AND dtRunAfter < DATEADD(minute, -60, GETDATE())");
        awaitResolved(fp);
        db.update("DELETE FROM dbo.tblBackEndJobs WHERE inOpCode BETWEEN 7200 AND 7203");
    }

    /** SQL Server's default collation ignores case, and so does the test database: a service typed in capitals is still JobFile's. */
    @Test
    void serviceNamesCompareIgnoringCaseAsUnderSqlServersDefaultCollation() {
        rows.heartbeat("JOBFILE POLLER", "HB-CASE", 0, 40, null);
        assertNotRaised("service-heartbeat", "SVC_STALE|service:JOBFILE POLLER@HB-CASE", "JOBFILE_POLL_STALE|service:JOBFILE POLLER@HB-CASE");
        db.update("UPDATE dbo.tblServiceHeartbeat SET dtLastBeat = DATEADD(minute, -61, GETDATE()) WHERE sgHostName = 'HB-CASE'");
        awaitOpen("JOBFILE_POLL_STALE|service:JOBFILE POLLER@HB-CASE");
        db.update("DELETE FROM dbo.tblServiceHeartbeat WHERE sgHostName = 'HB-CASE'");
    }

    private void backup(String database, String type, int hoursAgo) {
        backup(database, type, hoursAgo, null);
    }

    private void backup(String database, String type, int hoursAgo, String recoveryModel) {
        db.update("INSERT INTO dbo.backupset (database_name, type, backup_start_date, backup_finish_date, recovery_model) "
                + "VALUES (?, ?, DATEADD(hour, -1 * ?, GETDATE()), DATEADD(hour, -1 * ?, GETDATE()), ?)", database, type, hoursAgo + 1, hoursAgo,
                recoveryModel);
    }

    /** The backup tests start from an empty history: the check looks at one database, so its state is shared. */
    @Test
    void fullAndLogBackupsOverdueUntilARecentOneFinishesAndADifferentialCounts() {
        String full = "BACKUP_OVERDUE|database-backup:ClickHome|full";
        String log = "BACKUP_LOG_OVERDUE|database-backup:ClickHome|log";
        db.update("DELETE FROM dbo.backupset");   // TestMonitor starts every ClickHome with a recent backup
        assertIssue(awaitOpen(full), "ERROR", "backup", "No full backup of database ClickHome on record");
        assertNotRaised("sql-backups", log);

        backup("ClickHome", "D", 25);
        backup("OtherDb", "D", 0);
        backup("ClickHome", "L", 5);
        awaitFreshRuns("sql-backups");
        Map<String, Object> overdue = awaitOpen(full);
        assertIssue(overdue, "ERROR", "backup", "Last full or differential backup of database ClickHome is 25 hours old");
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("Last full backup finished: (\\d{4}-\\d\\d-\\d\\d) (\\d\\d:\\d\\d:\\d\\d) \\(ClickHome server time\\)\\.")
                .matcher((String) overdue.get("detail"));
        assertTrue(shown.matches(), "ISO time, not the SQL Server's locale format: " + overdue.get("detail"));
        java.time.LocalDateTime expected = java.time.LocalDateTime.now(java.time.ZoneId.of("Australia/Sydney")).minusHours(25);
        assertTrue(Math.abs(java.time.Duration.between(expected, java.time.LocalDateTime.parse(shown.group(1) + "T" + shown.group(2))).toMinutes()) <= 2,
                "shown in the ClickHome server's zone: " + overdue.get("detail"));
        assertIssue(awaitOpen(log), "ERROR", "backup", "Last log backup of database ClickHome is 5 hours old");

        backup("ClickHome", "I", 2);    // weekly full + daily differential: on time
        backup("ClickHome", "L", 3);
        awaitResolved(full);
        awaitResolved(log);
    }

    @Test
    void aFullRecoveryDatabaseThatNeverHadALogBackupIsRaisedButASimpleOneIsNot() {
        String log = "BACKUP_LOG_OVERDUE|database-backup:ClickHome|log";
        db.update("DELETE FROM dbo.backupset");
        backup("ClickHome", "D", 1, "FULL");
        assertIssue(awaitOpen(log), "ERROR", "backup",
                "Database ClickHome is in FULL recovery and has never had a log backup: its log grows until the disk fills");

        db.update("DELETE FROM dbo.backupset");
        backup("ClickHome", "D", 1, "SIMPLE");
        backup("ClickHome", "L", 30, null);   // from before the switch to SIMPLE: nothing to expect now
        awaitResolved(log);
        assertNotRaised("sql-backups", log, "BACKUP_OVERDUE|database-backup:ClickHome|full");
    }
}
