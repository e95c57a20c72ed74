-- Inactive suppliers that still hold purchase orders on active Construction jobs, received in the last
-- <lookbackDays> days and not cancelled or superseded: call-ups for those tasks go nowhere.
-- Reads: tblSuppliers, tblIntPOHeaders, tblContracts.
SELECT s.sgSupplierCode, s.sgSupplierName,
       COUNT(DISTINCT h.sgPONumber) AS openPOs,
       MAX(h.sgPONumber) AS latestPONumber,
       MAX(h.sgContractNo) AS latestContractNo
FROM dbo.tblSuppliers s
JOIN dbo.tblIntPOHeaders h ON h.sgSupplierCode = s.sgSupplierCode
JOIN dbo.tblContracts c ON c.sgContractNo = h.sgContractNo AND c.inJobType = 4 AND c.inContractStatus = 1
WHERE s.bActive = 0
  AND h.inLoadStatus IN (0, 1, 2)
  AND h.sgOrderType <> 'CANCEL'
  AND h.dtReceived > DATEADD(day, -1 * :#lookbackDays, GETDATE())
GROUP BY s.sgSupplierCode, s.sgSupplierName
