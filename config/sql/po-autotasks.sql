-- Cost codes that matched no task of the job's template, so ClickHome made an "Autotask for PO=..."
-- (tblIntPOLines.inMatchStatus = 2) on POs received in the last <lookbackDays> days. One row per cost code:
-- the fix (map the cost code in the template, or add it to the ignore list) is made once per code.
-- Reads: tblIntPOHeaders (index IX_tblIntPOHeaders_Load), tblIntPOLines. Cost grows with the POs received in the
-- look-back window. The window is on receipt, not load, because only receipt is indexed; a PO loaded later than
-- <lookbackDays> after receipt was reported as PO_NOT_LOADED meanwhile.
-- The statuses as rows: each becomes one seek on IX_tblIntPOHeaders_Load (inLoadStatus, dtReceived) bounded by the
-- window. A plain inLoadStatus IN (...) would read every PO ever loaded, because the bulk of the table is Loaded.
-- "Latest" is the autotask line on the PO loaded last (with its own PO, job and autotask name), not column maxima.
SELECT TOP (10000)
       a.sgCostCode,
       COUNT(*) AS autotaskLines,
       COUNT(DISTINCT a.sgPONumber) AS purchaseOrders,
       MAX(CASE WHEN a.rn = 1 THEN a.sgPONumber END) AS latestPONumber,
       MAX(CASE WHEN a.rn = 1 THEN a.sgContractNo END) AS latestContractNo,
       MAX(CASE WHEN a.rn = 1 THEN a.sgAutotaskName END) AS latestAutotask,
       MAX(a.dtLoaded) AS lastLoaded
FROM (SELECT l.sgCostCode, h.sgPONumber, h.sgContractNo, l.sgAutotaskName, h.dtLoaded,
             ROW_NUMBER() OVER (PARTITION BY l.sgCostCode ORDER BY h.dtLoaded DESC, l.idIntPOLine DESC) AS rn
      FROM (VALUES (1), (2)) AS loaded(inLoadStatus)
      JOIN dbo.tblIntPOHeaders h ON h.inLoadStatus = loaded.inLoadStatus
                                AND h.dtReceived > DATEADD(day, -1 * :#lookbackDays, CAST(:#clickhomeNow AS DATETIME2(0)))
      JOIN dbo.tblIntPOLines l ON l.fkidIntPOHeader = h.idIntPOHeader
      WHERE l.inMatchStatus = 2) a
GROUP BY a.sgCostCode
ORDER BY a.sgCostCode
