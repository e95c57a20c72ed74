/*
 Indexes the monitor's checks want on ClickHome's database, for the DBA to add (the monitor itself only reads).

 Without them every check still finds the same problems; what changes is cost. The checks that read
 these tables then scan them, so a poll takes longer as the table grows (years of approvals), instead of
 growing only with the rows that are problems. ChecksBenchmark prints both cases; the README has the figures.

 The reference schema's own indexes already serve the other checks:
   IX_tblIntPOHeaders_Load (inLoadStatus, dtReceived)   PO load errors, pending, autotasks, amounts, inactive suppliers
   IX_tblMessages_Status (inStatus, dtStatusChanged)     failed, unsent and retried messages
   IX_tblDeviceSyncLog_Device (fkidDevice, dtStarted)    each device's latest sync

 Ask ClickHome Support before adding indexes to a hosted or vendor-managed database. All five are
 narrow and online-buildable; on SQL Server Enterprise add WITH (ONLINE = ON).
 The names start with IX_Monitor_ so nobody mistakes them for ClickHome's own.
*/

-- po-amounts, po-autotasks: a PO's lines. SQL Server does not index foreign keys by itself
-- (H2 does, which is why the demo never needs this one).
CREATE INDEX IX_Monitor_tblIntPOLines_Header ON dbo.tblIntPOLines (fkidIntPOHeader);

-- po-approvals: approvals not yet acknowledged (Pending, Exported, Error) and rejected ones.
CREATE INDEX IX_Monitor_tblIntPOApprovals_Export ON dbo.tblIntPOApprovals (inExportStatus, dtExported);

-- po-approvals: approvals acknowledged with status REJECTED in the look-back window.
CREATE INDEX IX_Monitor_tblIntPOApprovals_Ack ON dbo.tblIntPOApprovals (sgAckStatus, dtAcknowledged);

-- backend-job-errors, backend-job-backlog: jobs in ERROR and ready jobs whose Run After has passed.
CREATE INDEX IX_Monitor_tblBackEndJobs_Result ON dbo.tblBackEndJobs (sgResult, dtRunAfter);

-- po-load-errors, po-approvals, supplier-inactive-on-open-po: the job a PO or an approval names by number.
CREATE INDEX IX_Monitor_tblContracts_ContractNo ON dbo.tblContracts (sgContractNo);
