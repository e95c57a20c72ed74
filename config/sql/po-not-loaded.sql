-- Purchase orders waiting in the interface table longer than <pendingMinutes> (inLoadStatus = 0 Pending):
-- the PO Load has stalled (ClickHome service, back-end jobs, or a load that keeps failing silently).
-- Reads: tblIntPOHeaders (index IX_tblIntPOHeaders_Load). Cost grows with the pending rows.
SELECT TOP (10000)
       h.sgPONumber,
       h.inPOVersion,
       h.sgSourceSystem,
       h.sgContractNo,
       h.sgSupplierCode,
       h.inAttemptCount,
       h.dtReceived,
       DATEDIFF(minute, h.dtReceived, CAST(:#clickhomeNow AS DATETIME2(0))) AS ageMinutes
FROM dbo.tblIntPOHeaders h
WHERE h.inLoadStatus = 0
  AND h.dtReceived < DATEADD(minute, -1 * :#pendingMinutes, CAST(:#clickhomeNow AS DATETIME2(0)))
ORDER BY h.dtReceived
