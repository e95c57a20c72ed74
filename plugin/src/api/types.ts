export type Severity = 'INFO' | 'WARNING' | 'ERROR' | 'CRITICAL'
export type Status = 'NEW' | 'OPEN' | 'ACKNOWLEDGED' | 'SNOOZED' | 'RESOLVED'

export interface Issue {
  id: number
  code: string
  category: string
  severity: Severity
  entityType: string
  entityKey: string
  field?: string
  summary: string
  detail?: string
  evidence?: string
  suggestedAction?: string
  source?: string
  context: Record<string, string>
  status: Status
  firstSeen: string
  lastSeen: string
  occurrences: number
  resolvedAt?: string
  acknowledgedBy?: string
  acknowledgedAt?: string
  ackNote?: string
  snoozedUntil?: string
  snoozeReason?: string
}

export interface Told {
  recipient: string
  transition: string
  why: string
  queuedAt: string
  sentAt?: string
  email: string
}

export interface QueueRow {
  issue: Issue
  businessUnit?: string
  parties: string[]
  told: Told[]
}

export interface QueuePage {
  total: number
  page: number
  size: number
  items: QueueRow[]
  counts: Record<string, number>
  allParties: string[]
}

export interface AuditEntry {
  at: string
  transition: string
  fromStatus?: string
  toStatus: string
  actor: string
  reason?: string
}

export interface Related {
  id: number
  summary: string
  severity: Severity
  status: Status
  why: string
}

/** A short reference to another issue (a drop file's row issue, or the file's own issue). */
export interface IssueRef {
  id: number
  code: string
  summary: string
  severity: Severity
  status: Status
}

/** For a row issue of a drop file: the file it came from, and that file's own issue when there is one. */
export interface SourceFile {
  fileName: string
  issue: IssueRef | null
}

/** For a drop file's own issue: its row issues (open first, at most 200 listed) and how many there are. */
export interface FileRows {
  total: number
  open: number
  items: IssueRef[]
}

export interface IssueDetail extends QueueRow {
  handedTo?: string
  history: AuditEntry[]
  parent?: Issue
  related: Related[]
  allParties: string[]
  sourceFile?: SourceFile | null
  fileRows?: FileRows | null
}

export interface Me {
  name: string
  canAct: boolean
  parties: string[]
  timeZone: string
}

export interface OutboxRow {
  id: number
  kind: string
  recipient_id: string
  recipient_email: string
  subject: string
  status: string
  attempts: number
  next_attempt_at?: string
  last_error?: string
  created_at: string
  sent_at?: string
}

export interface CheckStatus {
  [key: string]: unknown
}

/** One file still in a drop folder's quarantine (GET /files/quarantined): the file, the issue about it, its report. */
export interface QuarantinedFile {
  file: {
    id: number
    iface: string
    source: string
    fileName: string
    reasonText: string
    severity: string
    status: string
    rejectedAt: string
    resubmittedBy?: string
    resubmitReason?: string
  }
  issue: { id: number; status: string; summary: string } | null
  report: string | null
}
