-- Devices whose syncs fail, classified by error code the way the responsibility matrix splits sync problems:
--   SYNC_CONNECTIVITY     TIMEOUT, NETWORK_UNREACHABLE, TLS_HANDSHAKE (and failures with no code): Client IT + the supervisor
--   SYNC_DATA             CONFLICT, VALIDATION_REJECTED, MISSING_REFERENCE, partial syncs: Client IT + Client User
--   SYNC_CLICKHOME_ISSUE  SERVER_500, VERSION_UNSUPPORTED, SERIALIZATION_ERROR: ClickHome Support via the business contact
--   SYNC_FAILING          the latest sync worked, but <repeatFailures> or more failed in the look-back window (intermittent)
-- Judged on the whole window, not the latest sync alone: a device failing again and again is an ERROR (someone must act
-- now), one failure of the latest sync a WARNING. The class is that of the latest failure. Reads: tblDevices, tblUsers,
-- and per active device its syncs in the look-back window through IX_tblDeviceSyncLog_Device (fkidDevice, dtStarted):
-- cost grows with devices and recent syncs, not with the years of sync history.
SELECT TOP (10000)
       d.sgDeviceId, d.sgAppVersion, u.sgFullName, u.sgEmail AS supervisorEmail,
       f.dtStarted, f.inStatus, f.inItemsRejected, d.failuresInWindow,
       COALESCE(f.sgErrorCode, CASE WHEN f.inStatus = 3 THEN 'ITEMS_REJECTED' ELSE 'NO_CODE' END) AS errorCode,
       COALESCE(f.sgErrorMessage, '') AS errorMessage,
       CASE WHEN s.inStatus NOT IN (2, 3, 4) THEN 'SYNC_FAILING'
            WHEN f.sgErrorCode IN ('SERVER_500', 'VERSION_UNSUPPORTED', 'SERIALIZATION_ERROR') THEN 'SYNC_CLICKHOME_ISSUE'
            WHEN f.sgErrorCode IN ('CONFLICT', 'VALIDATION_REJECTED', 'MISSING_REFERENCE') OR (f.inStatus = 3 AND f.sgErrorCode IS NULL) THEN 'SYNC_DATA'
            ELSE 'SYNC_CONNECTIVITY' END AS code,
       CASE WHEN f.sgErrorCode IN ('SERVER_500', 'VERSION_UNSUPPORTED', 'SERIALIZATION_ERROR') THEN 'clickhome-software'
            WHEN f.sgErrorCode IN ('CONFLICT', 'VALIDATION_REJECTED', 'MISSING_REFERENCE') OR (f.inStatus = 3 AND f.sgErrorCode IS NULL) THEN 'sync-data'
            ELSE 'sync-connectivity' END AS category,
       CASE WHEN d.failuresInWindow >= :#repeatFailures AND s.inStatus IN (2, 3, 4) THEN 'ERROR' ELSE 'WARNING' END AS severity,
       CASE WHEN s.inStatus NOT IN (2, 3, 4) THEN CONCAT('syncs keep failing (', d.failuresInWindow, ' in ', :#lookbackDays, ' days, the latest worked); last failure')
            WHEN d.failuresInWindow >= :#repeatFailures THEN CONCAT('sync failed again (', d.failuresInWindow, ' failures in ', :#lookbackDays, ' days)')
            ELSE CASE f.inStatus WHEN 2 THEN 'last sync failed' WHEN 3 THEN 'last sync partly failed (items rejected)' ELSE 'last sync was abandoned' END
       END AS outcome
FROM (SELECT a.idDevice, a.sgDeviceId, a.sgAppVersion, a.fkidUser,
             (SELECT TOP (1) l.idDeviceSync FROM dbo.tblDeviceSyncLog l
              WHERE l.fkidDevice = a.idDevice AND l.dtStarted > DATEADD(day, -1 * :#lookbackDays, CAST(:#clickhomeNow AS DATETIME2(0)))
              ORDER BY l.dtStarted DESC, l.idDeviceSync DESC) AS latestSync,
             (SELECT TOP (1) l.idDeviceSync FROM dbo.tblDeviceSyncLog l
              WHERE l.fkidDevice = a.idDevice AND l.dtStarted > DATEADD(day, -1 * :#lookbackDays, CAST(:#clickhomeNow AS DATETIME2(0)))
                AND l.inStatus IN (2, 3, 4)
              ORDER BY l.dtStarted DESC, l.idDeviceSync DESC) AS latestFailure,
             (SELECT COUNT(*) FROM dbo.tblDeviceSyncLog l
              WHERE l.fkidDevice = a.idDevice AND l.dtStarted > DATEADD(day, -1 * :#lookbackDays, CAST(:#clickhomeNow AS DATETIME2(0)))
                AND l.inStatus IN (2, 3, 4)) AS failuresInWindow
      FROM dbo.tblDevices a
      WHERE a.bActive = 1) d
JOIN dbo.tblDeviceSyncLog s ON s.idDeviceSync = d.latestSync
JOIN dbo.tblDeviceSyncLog f ON f.idDeviceSync = d.latestFailure
JOIN dbo.tblUsers u ON u.idUser = d.fkidUser
WHERE s.inStatus IN (2, 3, 4) OR d.failuresInWindow >= :#repeatFailures
ORDER BY d.sgDeviceId
