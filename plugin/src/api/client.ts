import { apiBase } from './paths'
import { buildQuery, QueueFilters } from './query'
import type { CheckStatus, IssueDetail, Me, OutboxRow, QuarantinedFile, QueuePage } from './types'

/** An API answer other than 2xx, with the server's one-line reason. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

async function answer<T>(res: Response): Promise<T> {
  const text = await res.text()
  const body = text ? JSON.parse(text) : null
  if (!res.ok) {
    throw new ApiError(res.status, (body && body.error) || `${res.status} ${res.statusText}`)
  }
  return body as T
}

async function get<T>(path: string): Promise<T> {
  return answer<T>(await fetch(apiBase() + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } }))
}

/** Every write: same-origin, JSON body, the Hawtio session's cookie; the server refuses anything else. */
async function post<T>(path: string, body: unknown): Promise<T> {
  return answer<T>(
    await fetch(apiBase() + path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body ?? {}),
    }),
  )
}

export const api = {
  me: () => get<Me & { apis: string[] }>('/me'),
  queue: (f: QueueFilters) => get<QueuePage>('/queue' + buildQuery(f)),
  issue: (id: number) => get<IssueDetail>(`/issues/${id}`),
  acknowledge: (id: number, note: string) => post(`/issues/${id}/acknowledge`, { note }),
  snooze: (id: number, hours: number, reason: string) => post(`/issues/${id}/snooze`, { hours, reason }),
  resolve: (id: number, note: string) => post(`/issues/${id}/resolve`, { note }),
  reopen: (id: number, note: string) => post(`/issues/${id}/reopen`, { note }),
  handOff: (id: number, party: string, reason: string) => post(`/issues/${id}/hand-off`, { party, reason }),
  bulk: (action: 'acknowledge' | 'snooze', ids: number[], note: string, hours?: number) =>
    post<{ results: { id: number; ok: boolean; error?: string }[] }>('/issues/bulk', { action, ids, note, hours }),
  outbox: (status?: string) => get<OutboxRow[]>('/outbox' + (status ? `?status=${encodeURIComponent(status)}` : '')),
  retryOutbox: (id: number) => post(`/outbox/${id}/retry`, {}),
  checks: () => get<CheckStatus[]>('/detectors'),
  runCheck: (id: string) => post(`/detectors/${encodeURIComponent(id)}/run`, {}),
  quarantined: () => get<QuarantinedFile[]>('/files/quarantined'),
  resubmit: (id: number, reason: string, force: boolean) => post(`/files/${id}/resubmit`, { reason, force }),
}
