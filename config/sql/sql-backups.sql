-- Database backups older than allowed, per database named in <databaseName>:
--   BACKUP_OVERDUE      newest full backup ('D') older than <fullHours> hours, or none at all
--   BACKUP_LOG_OVERDUE  newest log backup ('L') older than <logHours> hours (only for databases that have log backups)
-- Reads the table named by the setting monitor.clickhome.backup-history: SQL Server's msdb.dbo.backupset in
-- production (the monitor's login needs SELECT on it), the same-shaped dbo.backupset in the demo.
SELECT CAST(:#databaseName AS NVARCHAR(128)) AS databaseName, 'BACKUP_OVERDUE' AS code, 'full' AS kind,
       MAX(b.backup_finish_date) AS lastBackup,
       COALESCE(CAST(DATEDIFF(hour, MAX(b.backup_finish_date), GETDATE()) AS VARCHAR(12)), 'never') AS ageHours,
       CASE WHEN MAX(b.backup_finish_date) IS NULL THEN 'No full backup of database ' + CAST(:#databaseName AS NVARCHAR(128)) + ' on record'
            ELSE 'Last full backup of database ' + CAST(:#databaseName AS NVARCHAR(128)) + ' is '
                 + CAST(DATEDIFF(hour, MAX(b.backup_finish_date), GETDATE()) AS VARCHAR(12)) + ' hours old' END AS problem,
       COALESCE(CAST(MAX(b.backup_finish_date) AS VARCHAR(30)), 'never') AS lastBackupText
FROM {{monitor.clickhome.backup-history}} b
WHERE b.database_name = :#databaseName AND b.type = 'D'
HAVING MAX(b.backup_finish_date) IS NULL OR MAX(b.backup_finish_date) < DATEADD(hour, -1 * :#fullHours, GETDATE())
UNION ALL
SELECT CAST(:#databaseName AS NVARCHAR(128)) AS databaseName, 'BACKUP_LOG_OVERDUE' AS code, 'log' AS kind,
       MAX(b.backup_finish_date) AS lastBackup,
       CAST(DATEDIFF(hour, MAX(b.backup_finish_date), GETDATE()) AS VARCHAR(12)) AS ageHours,
       'Last log backup of database ' + CAST(:#databaseName AS NVARCHAR(128)) + ' is '
           + CAST(DATEDIFF(hour, MAX(b.backup_finish_date), GETDATE()) AS VARCHAR(12)) + ' hours old' AS problem,
       CAST(MAX(b.backup_finish_date) AS VARCHAR(30)) AS lastBackupText
FROM {{monitor.clickhome.backup-history}} b
WHERE b.database_name = :#databaseName AND b.type = 'L'
HAVING MAX(b.backup_finish_date) < DATEADD(hour, -1 * :#logHours, GETDATE())
