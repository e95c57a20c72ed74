-- Inactive suppliers that still hold purchase orders on active Construction jobs, received in the last
-- <lookbackDays> days and not cancelled or superseded: call-ups for those tasks go nowhere.
-- Reads: tblSuppliers, tblIntPOHeaders, tblContracts.
-- "Latest" is the PO received last (with its own job), not the highest PO number.
SELECT o.sgSupplierCode, o.sgSupplierName,
       COUNT(DISTINCT o.sgPONumber) AS openPOs,
       MAX(CASE WHEN o.rn = 1 THEN o.sgPONumber END) AS latestPONumber,
       MAX(CASE WHEN o.rn = 1 THEN o.sgContractNo END) AS latestContractNo
FROM (SELECT s.sgSupplierCode, s.sgSupplierName, h.sgPONumber, h.sgContractNo,
             ROW_NUMBER() OVER (PARTITION BY s.sgSupplierCode ORDER BY h.dtReceived DESC, h.idIntPOHeader DESC) AS rn
      FROM dbo.tblSuppliers s
      JOIN dbo.tblIntPOHeaders h ON h.sgSupplierCode = s.sgSupplierCode
      JOIN dbo.tblContracts c ON c.sgContractNo = h.sgContractNo AND c.inJobType = 4 AND c.inContractStatus = 1
      WHERE s.bActive = 0
        AND h.inLoadStatus IN (0, 1, 2)
        AND h.sgOrderType <> 'CANCEL'
        AND h.dtReceived > DATEADD(day, -1 * :#lookbackDays, GETDATE())) o
GROUP BY o.sgSupplierCode, o.sgSupplierName
