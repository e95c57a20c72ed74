-- Services that write a heartbeat (ClickHome Windows Service, GFI FaxMaker, JobFile poller, ...):
--   SVC_DOWN            Windows reports a state other than 0 (running): 1 paused ... 6 stopped, 255 unknown
--   SVC_STALE           no heartbeat for <staleMinutes> minutes (the service or its host is gone)
--   SVC_HUNG            "Started" but the back-end-job loader has not cycled for <hungMinutes> minutes
--                       (it cycles every 5 minutes; ClickHome support article "shows as started but not running")
--   JOBFILE_POLL_STALE  the JobFile poller has not polled for <jobfileMinutes> minutes (normal: every 30, so it is
--                       judged by this limit only, never by <staleMinutes>)
-- Reads: tblServiceHeartbeat (one row per service and host).
SELECT h.sgServiceName, h.sgHostName, h.inServiceState, h.dtLastBeat, h.dtLastBEJCycle, h.sgVersion,
       CASE WHEN h.inServiceState <> 0 THEN 'SVC_DOWN'
            WHEN h.sgServiceName LIKE 'JobFile%' AND h.dtLastBeat < DATEADD(minute, -1 * :#jobfileMinutes, CAST(:#clickhomeNow AS DATETIME2(0))) THEN 'JOBFILE_POLL_STALE'
            WHEN h.sgServiceName NOT LIKE 'JobFile%' AND h.dtLastBeat < DATEADD(minute, -1 * :#staleMinutes, CAST(:#clickhomeNow AS DATETIME2(0))) THEN 'SVC_STALE'
            ELSE 'SVC_HUNG' END AS code,
       CASE WHEN h.inServiceState <> 0 OR h.sgServiceName LIKE 'ClickHome%' THEN 'CRITICAL' ELSE 'ERROR' END AS severity,
       CASE h.inServiceState WHEN 0 THEN 'running' WHEN 1 THEN 'paused' WHEN 2 THEN 'start pending' WHEN 3 THEN 'pause pending'
            WHEN 4 THEN 'continue pending' WHEN 5 THEN 'stop pending' WHEN 6 THEN 'stopped' ELSE 'unable to get state' END AS stateName,
       CASE WHEN h.inServiceState <> 0 THEN CONCAT(h.sgServiceName, ' on ', h.sgHostName, ' is ',
                CASE h.inServiceState WHEN 1 THEN 'paused' WHEN 6 THEN 'stopped' WHEN 255 THEN 'in an unknown state' ELSE 'not running' END)
            WHEN h.dtLastBeat < DATEADD(minute, -1 * :#staleMinutes, CAST(:#clickhomeNow AS DATETIME2(0))) OR (h.sgServiceName LIKE 'JobFile%' AND h.dtLastBeat < DATEADD(minute, -1 * :#jobfileMinutes, CAST(:#clickhomeNow AS DATETIME2(0))))
                THEN CONCAT(h.sgServiceName, ' on ', h.sgHostName, ' has not reported for ', DATEDIFF(minute, h.dtLastBeat, CAST(:#clickhomeNow AS DATETIME2(0))), ' minutes')
            ELSE CONCAT(h.sgServiceName, ' on ', h.sgHostName, ' shows as started but has not run back-end jobs for ',
                DATEDIFF(minute, h.dtLastBEJCycle, CAST(:#clickhomeNow AS DATETIME2(0))), ' minutes') END AS summary
FROM dbo.tblServiceHeartbeat h
WHERE h.inServiceState <> 0
   OR (h.sgServiceName NOT LIKE 'JobFile%' AND h.dtLastBeat < DATEADD(minute, -1 * :#staleMinutes, CAST(:#clickhomeNow AS DATETIME2(0))))
   OR (h.sgServiceName LIKE 'JobFile%' AND h.dtLastBeat < DATEADD(minute, -1 * :#jobfileMinutes, CAST(:#clickhomeNow AS DATETIME2(0))))
   OR (h.sgServiceName LIKE 'ClickHome%' AND h.dtLastBEJCycle < DATEADD(minute, -1 * :#hungMinutes, CAST(:#clickhomeNow AS DATETIME2(0))))
