-- Back-end jobs in ERROR, one row per operation code: ClickHome backs a failing operation off
-- exponentially, so rising failure counts mean it keeps failing. Escalated to ClickHome Support through
-- the business contact. Reads: tblBackEndJobs; with IX_Monitor_tblBackEndJobs_Result (config/clickhome/recommended-indexes.sql)
-- only the failed rows.
SELECT j.inOpCode,
       COUNT(*) AS failedJobs,
       MAX(j.inFailureCount) AS maxFailures,
       COUNT(DISTINCT j.fkidContract) AS contracts,
       MIN(j.dtCreated) AS firstCreated,
       MAX(j.sgLastErrorMessage) AS sampleError,
       CASE WHEN MAX(j.inFailureCount) >= :#severeFailures THEN 'ERROR' ELSE 'WARNING' END AS severity
FROM dbo.tblBackEndJobs j
WHERE j.sgResult = 'ERROR'
GROUP BY j.inOpCode
