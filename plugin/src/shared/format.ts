import type { Issue, Told } from '../api/types'

/** "3 d", "5 h", "12 min": how long since a time, for the queue's Age and Last seen columns. */
export function age(fromIso: string, now: Date = new Date()): string {
  const ms = now.getTime() - new Date(fromIso).getTime()
  if (!Number.isFinite(ms) || ms < 0) return 'just now'
  const min = Math.floor(ms / 60_000)
  if (min < 1) return 'just now'
  if (min < 60) return `${min} min`
  const h = Math.floor(min / 60)
  if (h < 48) return `${h} h`
  return `${Math.floor(h / 24)} d`
}

/** A time as the builder reads it: in the builder's zone (monitor.time-zone), e.g. "Wed 2 Dec 2026, 10:05 am". */
export function builderTime(iso: string | undefined, timeZone: string): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return new Intl.DateTimeFormat('en-AU', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(d)
}

const ENTITY_WORDS: Record<string, string> = {
  supplier: 'Supplier',
  purchaseOrder: 'PO',
  po: 'PO',
  message: 'Message',
  device: 'Device',
  contract: 'Job',
  job: 'Job',
  client: 'Client',
  file: 'File',
}

/** The entity by name and number, e.g. "Supplier Westway Concreting (CONC03)" or "PO 24017/013". */
export function entityLabel(i: Pick<Issue, 'entityType' | 'entityKey' | 'context'>): string {
  const word = ENTITY_WORDS[i.entityType] ?? ENTITY_WORDS[i.entityType?.toLowerCase()] ?? i.entityType
  const name = i.context?.supplierName ?? i.context?.name
  return name ? `${word} ${name} (${i.entityKey})` : `${word} ${i.entityKey}`
}

/** Distinct people told, in order, e.g. "Anna Accounts, Sam Supervisor". */
export function peopleTold(told: Told[]): string {
  return [...new Set(told.map((t) => t.recipient))].join(', ')
}

export const SEVERITY_ORDER = ['CRITICAL', 'ERROR', 'WARNING', 'INFO'] as const

export function severityColor(s: string): 'red' | 'orange' | 'gold' | 'blue' {
  return s === 'CRITICAL' ? 'red' : s === 'ERROR' ? 'orange' : s === 'WARNING' ? 'gold' : 'blue'
}

/** Status in plain words, with what a snooze or acknowledgement means. */
export function statusWords(i: Pick<Issue, 'status' | 'acknowledgedBy' | 'snoozedUntil'>, timeZone: string): string {
  switch (i.status) {
    case 'ACKNOWLEDGED':
      return `Acknowledged${i.acknowledgedBy ? ' by ' + i.acknowledgedBy : ''}`
    case 'SNOOZED':
      return `Snoozed${i.snoozedUntil ? ' until ' + builderTime(i.snoozedUntil, timeZone) : ''}`
    case 'RESOLVED':
      return 'Resolved'
    case 'NEW':
      return 'New'
    default:
      return 'Open'
  }
}

/** An audit transition as a sentence part, e.g. "HANDED_OFF" -> "handed over". */
export function transitionWords(t: string): string {
  const words: Record<string, string> = {
    NEW: 'first seen',
    REOPENED: 'reopened',
    RESOLVED: 'resolved',
    ACKNOWLEDGED: 'acknowledged',
    SNOOZED: 'snoozed',
    UNSNOOZED: 'snooze ended',
    HANDED_OFF: 'handed over',
  }
  return words[t] ?? t.toLowerCase().replace(/_/g, ' ')
}
