-- Purchase orders whose money does not add up, among POs received in the last <lookbackDays> days and not superseded:
--   PO_TOTAL_MISMATCH  header ex-GST total <> sum of the lines' ex-GST amounts, or header inc <> ex + GST
--   PO_GST_MISMATCH    a GST-coded line whose GST is not 10 % of its ex-GST amount (1 cent tolerance),
--                      or a GST-free line (FRE, N-T) that carries GST
-- Reads: tblIntPOHeaders (index IX_tblIntPOHeaders_Load), tblIntPOLines. Cost grows with the POs received in the
-- look-back window. Superseded (8) is left out by listing the other statuses.
-- The statuses as rows: each becomes one seek on IX_tblIntPOHeaders_Load (inLoadStatus, dtReceived) bounded by the
-- window. A plain inLoadStatus IN (...) would read every PO ever loaded, because the bulk of the table is Loaded.
SELECT TOP (10000) *
FROM (
    SELECT h.sgPONumber, h.inPOVersion, h.sgContractNo, h.sgSupplierCode,
           'PO_TOTAL_MISMATCH' AS code,
           'total' AS field,
           CONCAT('header ex-GST ', h.dcTotalExGST, ', GST ', h.dcTotalGST, ', inc-GST ', h.dcTotalIncGST,
                  '; lines ex-GST ', SUM(l.dcLineExGST), ', GST ', SUM(l.dcLineGST)) AS problem
    FROM (VALUES (0), (1), (2), (3), (9)) AS st(inLoadStatus)
    JOIN dbo.tblIntPOHeaders h ON h.inLoadStatus = st.inLoadStatus AND h.dtReceived > DATEADD(day, -1 * :#lookbackDays, CAST(:#clickhomeNow AS DATETIME2(0)))
    JOIN dbo.tblIntPOLines l ON l.fkidIntPOHeader = h.idIntPOHeader
    GROUP BY h.sgPONumber, h.inPOVersion, h.sgContractNo, h.sgSupplierCode, h.dcTotalExGST, h.dcTotalGST, h.dcTotalIncGST
    HAVING ABS(h.dcTotalExGST - SUM(l.dcLineExGST)) > 0.01 OR ABS(h.dcTotalIncGST - h.dcTotalExGST - h.dcTotalGST) > 0.01
    UNION ALL
    SELECT h.sgPONumber, h.inPOVersion, h.sgContractNo, h.sgSupplierCode,
           'PO_GST_MISMATCH' AS code,
           CONCAT('line ', l.inLineNo) AS field,
           CONCAT('line ', l.inLineNo, ' (', l.sgCostCode, ' ', l.sgDescription, '): GST code ', l.sgGSTCode,
                  ', ex-GST ', l.dcLineExGST, ', GST ', l.dcLineGST,
                  CASE WHEN l.sgGSTCode = 'GST' THEN CONCAT(', expected ', ROUND(l.dcLineExGST * 0.1, 2)) ELSE ', expected 0.00' END) AS problem
    FROM (VALUES (0), (1), (2), (3), (9)) AS st(inLoadStatus)
    JOIN dbo.tblIntPOHeaders h ON h.inLoadStatus = st.inLoadStatus AND h.dtReceived > DATEADD(day, -1 * :#lookbackDays, CAST(:#clickhomeNow AS DATETIME2(0)))
    JOIN dbo.tblIntPOLines l ON l.fkidIntPOHeader = h.idIntPOHeader
      AND ((l.sgGSTCode = 'GST' AND ABS(l.dcLineGST - ROUND(l.dcLineExGST * 0.1, 2)) > 0.01)
        OR (l.sgGSTCode <> 'GST' AND l.dcLineGST <> 0))
) problems
ORDER BY sgPONumber, field
