-- Back-end jobs ready to run for more than <readyMinutes> minutes (READY or empty result, Run After passed):
-- the loader picks them every 5 minutes, so a growing backlog means the service is stalled or overloaded.
-- One row when the backlog is above <backlogRows>. Reads: tblBackEndJobs; with IX_Monitor_tblBackEndJobs_Result
-- (config/clickhome/recommended-indexes.sql) only the overdue ready jobs, as two seeks (READY, and NULL, which an
-- OR would turn into a scan).
SELECT 'ClickHome back-end job queue' AS queueName,
       COUNT(*) AS readyJobs,
       MIN(ready.dtRunAfter) AS oldestRunAfter,
       DATEDIFF(minute, MIN(ready.dtRunAfter), CAST(:#clickhomeNow AS DATETIME2(0))) AS oldestMinutes
FROM (SELECT j.dtRunAfter FROM dbo.tblBackEndJobs j
      WHERE j.sgResult = 'READY' AND j.dtRunAfter < DATEADD(minute, -1 * :#readyMinutes, CAST(:#clickhomeNow AS DATETIME2(0)))
      UNION ALL
      SELECT j.dtRunAfter FROM dbo.tblBackEndJobs j
      WHERE j.sgResult IS NULL AND j.dtRunAfter < DATEADD(minute, -1 * :#readyMinutes, CAST(:#clickhomeNow AS DATETIME2(0)))) ready
HAVING COUNT(*) > :#backlogRows
