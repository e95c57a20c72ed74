-- Inactive suppliers that still hold purchase orders on active Construction jobs, received in the last
-- <lookbackDays> days and not cancelled or superseded: call-ups for those tasks go nowhere.
-- Reads: tblIntPOHeaders (index IX_tblIntPOHeaders_Load), tblSuppliers, tblContracts. Cost grows with the POs received
-- in the look-back window.
-- The statuses as rows: each becomes one seek on IX_tblIntPOHeaders_Load (inLoadStatus, dtReceived) bounded by the
-- window. A plain inLoadStatus IN (...) would read every PO ever loaded, because the bulk of the table is Loaded.
-- "Latest" is the PO received last (with its own job), not the highest PO number.
SELECT o.sgSupplierCode, o.sgSupplierName,
       COUNT(DISTINCT o.sgPONumber) AS openPOs,
       MAX(CASE WHEN o.rn = 1 THEN o.sgPONumber END) AS latestPONumber,
       MAX(CASE WHEN o.rn = 1 THEN o.sgContractNo END) AS latestContractNo
FROM (SELECT s.sgSupplierCode, s.sgSupplierName, h.sgPONumber, h.sgContractNo,
             ROW_NUMBER() OVER (PARTITION BY s.sgSupplierCode ORDER BY h.dtReceived DESC, h.idIntPOHeader DESC) AS rn
      FROM (VALUES (0), (1), (2)) AS openStatus(inLoadStatus)
      JOIN dbo.tblIntPOHeaders h ON h.inLoadStatus = openStatus.inLoadStatus
                                AND h.dtReceived > DATEADD(day, -1 * :#lookbackDays, CAST(:#clickhomeNow AS DATETIME2(0)))
      JOIN dbo.tblSuppliers s ON s.sgSupplierCode = h.sgSupplierCode AND s.bActive = 0
      WHERE h.sgOrderType <> 'CANCEL'
        -- IN, not JOIN: nothing is read from the job, and H2 then looks the number up instead of scanning the jobs per PO
        AND h.sgContractNo IN (SELECT c.sgContractNo FROM dbo.tblContracts c WHERE c.inJobType = 4 AND c.inContractStatus = 1)) o
GROUP BY o.sgSupplierCode, o.sgSupplierName
