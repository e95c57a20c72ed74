-- Cost codes that matched no task of the job's template, so ClickHome made an "Autotask for PO=..."
-- (tblIntPOLines.inMatchStatus = 2) on POs loaded in the last <lookbackDays> days. One row per cost code:
-- the fix (map the cost code in the template, or add it to the ignore list) is made once per code.
-- Reads: tblIntPOLines, tblIntPOHeaders. Cost grows with the POs loaded in the look-back window.
SELECT TOP (10000)
       l.sgCostCode,
       COUNT(*) AS autotaskLines,
       COUNT(DISTINCT h.sgPONumber) AS purchaseOrders,
       MAX(h.sgPONumber) AS latestPONumber,
       MAX(h.sgContractNo) AS latestContractNo,
       MAX(l.sgAutotaskName) AS latestAutotask,
       MAX(h.dtLoaded) AS lastLoaded
FROM dbo.tblIntPOHeaders h
JOIN dbo.tblIntPOLines l ON l.fkidIntPOHeader = h.idIntPOHeader
WHERE h.inLoadStatus IN (1, 2)
  AND h.dtLoaded > DATEADD(day, -1 * :#lookbackDays, GETDATE())
  AND l.inMatchStatus = 2
GROUP BY l.sgCostCode
ORDER BY l.sgCostCode
