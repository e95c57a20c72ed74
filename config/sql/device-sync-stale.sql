-- Active field devices (supervisors' iPads) with no successful sync for <staleHours> hours: the supervisor
-- is working from an old call sheet. Reads: tblDevices, tblUsers.
SELECT TOP (10000)
       d.sgDeviceId, d.sgAppVersion, d.dtLastSyncOk, d.dtLastSyncAttempt,
       u.sgFullName, u.sgEmail AS supervisorEmail,
       COALESCE(CAST(DATEDIFF(hour, d.dtLastSyncOk, CAST(:#clickhomeNow AS DATETIME2(0))) AS VARCHAR(12)), 'never') AS hoursSinceSync,
       CASE WHEN d.dtLastSyncOk IS NULL THEN 'has never synced successfully'
            ELSE CONCAT('has not synced for ', DATEDIFF(hour, d.dtLastSyncOk, CAST(:#clickhomeNow AS DATETIME2(0))), ' hours') END AS syncState
FROM dbo.tblDevices d
JOIN dbo.tblUsers u ON u.idUser = d.fkidUser
WHERE d.bActive = 1
  AND (d.dtLastSyncOk IS NULL OR d.dtLastSyncOk < DATEADD(hour, -1 * :#staleHours, CAST(:#clickhomeNow AS DATETIME2(0))))
ORDER BY d.sgDeviceId
