-- Database backups older than allowed, for the database named in <databaseName>:
--   BACKUP_OVERDUE      newest full ('D') or differential ('I') backup older than <fullHours> hours, or no full backup at all
--                       (a differential restores on top of the last full, so a weekly full plus daily differentials is on time)
--   BACKUP_LOG_OVERDUE  newest log backup ('L') older than <logHours> hours, or none ever while the database is in FULL or
--                       BULK_LOGGED recovery: its log then grows until the disk fills, and no point-in-time restore exists
-- The recovery model is the one SQL Server recorded with the newest full backup (backupset.recovery_model; unknown when
-- empty): a SIMPLE database has no log backups to expect.
-- backupset times are SQL Server's own local clock, so ages compare them with GETDATE(), the same clock, whatever its
-- zone. The time shown is moved to the ClickHome server's zone (the offset between GETDATE() and the clickhomeNow parameter) and
-- written yyyy-mm-dd hh:mm:ss, never in the server's locale format.
-- Reads the table named by the setting monitor.clickhome.backup-history: SQL Server's msdb.dbo.backupset in
-- production (the monitor's login needs SELECT on it), the same-shaped dbo.backupset in the demo.
SELECT CAST(:#databaseName AS NVARCHAR(128)) AS databaseName, 'BACKUP_OVERDUE' AS code, 'full' AS kind,
       s.lastBase AS lastBackup,
       COALESCE(CAST(DATEDIFF(hour, s.lastBase, GETDATE()) AS VARCHAR(12)), 'never') AS ageHours,
       CASE WHEN s.lastFull IS NULL THEN 'No full backup of database ' + CAST(:#databaseName AS NVARCHAR(128)) + ' on record'
            ELSE 'Last full or differential backup of database ' + CAST(:#databaseName AS NVARCHAR(128)) + ' is '
                 + CAST(DATEDIFF(hour, s.lastBase, GETDATE()) AS VARCHAR(12)) + ' hours old' END AS problem,
       COALESCE(CAST(DATEADD(minute, DATEDIFF(minute, GETDATE(), CAST(:#clickhomeNow AS DATETIME2(0))), CAST(s.lastBase AS DATETIME2(0))) AS VARCHAR(19)),
                'never') AS lastBackupText
FROM (SELECT MAX(CASE WHEN b.type = 'D' THEN b.backup_finish_date END) AS lastFull,
             MAX(b.backup_finish_date) AS lastBase
      FROM {{monitor.clickhome.backup-history}} b
      WHERE b.database_name = :#databaseName AND b.type IN ('D', 'I')) s
WHERE s.lastFull IS NULL OR s.lastBase < DATEADD(hour, -1 * :#fullHours, GETDATE())
UNION ALL
SELECT CAST(:#databaseName AS NVARCHAR(128)) AS databaseName, 'BACKUP_LOG_OVERDUE' AS code, 'log' AS kind,
       s.lastLog AS lastBackup,
       COALESCE(CAST(DATEDIFF(hour, s.lastLog, GETDATE()) AS VARCHAR(12)), 'never') AS ageHours,
       CASE WHEN s.lastLog IS NULL
                 THEN 'Database ' + CAST(:#databaseName AS NVARCHAR(128)) + ' is in ' + s.recoveryModel
                      + ' recovery and has never had a log backup: its log grows until the disk fills, and it cannot be restored to a point in time'
            ELSE 'Last log backup of database ' + CAST(:#databaseName AS NVARCHAR(128)) + ' is '
                 + CAST(DATEDIFF(hour, s.lastLog, GETDATE()) AS VARCHAR(12)) + ' hours old' END AS problem,
       COALESCE(CAST(DATEADD(minute, DATEDIFF(minute, GETDATE(), CAST(:#clickhomeNow AS DATETIME2(0))), CAST(s.lastLog AS DATETIME2(0))) AS VARCHAR(19)),
                'never') AS lastBackupText
FROM (SELECT (SELECT MAX(l.backup_finish_date) FROM {{monitor.clickhome.backup-history}} l
              WHERE l.database_name = :#databaseName AND l.type = 'L') AS lastLog,
             (SELECT TOP (1) UPPER(f.recovery_model) FROM {{monitor.clickhome.backup-history}} f
              WHERE f.database_name = :#databaseName AND f.type = 'D' ORDER BY f.backup_finish_date DESC) AS recoveryModel) s
WHERE (s.lastLog IS NULL AND s.recoveryModel IN ('FULL', 'BULK-LOGGED'))
   OR (s.lastLog < DATEADD(hour, -1 * :#logHours, GETDATE()) AND COALESCE(s.recoveryModel, 'FULL') <> 'SIMPLE')
