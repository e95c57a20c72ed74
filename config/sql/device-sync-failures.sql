-- Devices whose latest sync failed, was partial (items rejected) or was abandoned, classified by error
-- code the way the responsibility matrix splits sync problems:
--   SYNC_CONNECTIVITY     TIMEOUT, NETWORK_UNREACHABLE, TLS_HANDSHAKE (and failures with no code): Client IT + the supervisor
--   SYNC_DATA             CONFLICT, VALIDATION_REJECTED, MISSING_REFERENCE, partial syncs: Client IT + Client User
--   SYNC_CLICKHOME_ISSUE  SERVER_500, VERSION_UNSUPPORTED, SERIALIZATION_ERROR: ClickHome Support via the business contact
-- A later successful sync makes the row disappear. Reads: tblDevices, tblUsers, and per active device its latest sync in
-- the look-back window through IX_tblDeviceSyncLog_Device (fkidDevice, dtStarted): cost grows with devices and recent syncs,
-- not with the years of sync history.
SELECT TOP (10000)
       d.sgDeviceId, d.sgAppVersion, u.sgFullName, u.sgEmail AS supervisorEmail,
       s.dtStarted, s.inStatus, s.inItemsRejected,
       COALESCE(s.sgErrorCode, CASE WHEN s.inStatus = 3 THEN 'ITEMS_REJECTED' ELSE 'NO_CODE' END) AS errorCode,
       COALESCE(s.sgErrorMessage, '') AS errorMessage,
       CASE WHEN s.sgErrorCode IN ('SERVER_500', 'VERSION_UNSUPPORTED', 'SERIALIZATION_ERROR') THEN 'SYNC_CLICKHOME_ISSUE'
            WHEN s.sgErrorCode IN ('CONFLICT', 'VALIDATION_REJECTED', 'MISSING_REFERENCE') OR (s.inStatus = 3 AND s.sgErrorCode IS NULL) THEN 'SYNC_DATA'
            ELSE 'SYNC_CONNECTIVITY' END AS code,
       CASE WHEN s.sgErrorCode IN ('SERVER_500', 'VERSION_UNSUPPORTED', 'SERIALIZATION_ERROR') THEN 'clickhome-software'
            WHEN s.sgErrorCode IN ('CONFLICT', 'VALIDATION_REJECTED', 'MISSING_REFERENCE') OR (s.inStatus = 3 AND s.sgErrorCode IS NULL) THEN 'sync-data'
            ELSE 'sync-connectivity' END AS category,
       CASE s.inStatus WHEN 2 THEN 'failed' WHEN 3 THEN 'partly failed (items rejected)' ELSE 'was abandoned' END AS outcome
FROM dbo.tblDevices d
JOIN dbo.tblDeviceSyncLog s ON s.idDeviceSync = (
         SELECT TOP (1) l.idDeviceSync FROM dbo.tblDeviceSyncLog l
         WHERE l.fkidDevice = d.idDevice AND l.dtStarted > DATEADD(day, -1 * :#lookbackDays, CAST(:#clickhomeNow AS DATETIME2(0)))
         ORDER BY l.dtStarted DESC, l.idDeviceSync DESC)
JOIN dbo.tblUsers u ON u.idUser = d.fkidUser
WHERE d.bActive = 1 AND s.inStatus IN (2, 3, 4)
ORDER BY d.sgDeviceId
