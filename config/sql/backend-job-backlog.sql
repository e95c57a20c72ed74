-- Back-end jobs ready to run for more than <readyMinutes> minutes (READY or empty result, Run After passed):
-- the loader picks them every 5 minutes, so a growing backlog means the service is stalled or overloaded.
-- One row when the backlog is above <backlogRows>. Reads: tblBackEndJobs.
SELECT 'ClickHome back-end job queue' AS queueName,
       COUNT(*) AS readyJobs,
       MIN(j.dtRunAfter) AS oldestRunAfter,
       DATEDIFF(minute, MIN(j.dtRunAfter), GETDATE()) AS oldestMinutes
FROM dbo.tblBackEndJobs j
WHERE (j.sgResult IS NULL OR j.sgResult = 'READY')
  AND j.dtRunAfter < DATEADD(minute, -1 * :#readyMinutes, GETDATE())
HAVING COUNT(*) > :#backlogRows
