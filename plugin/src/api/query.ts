/** The work queue's filters as kept in the page's URL (?status=...&party=...), so refresh and links keep them. */
export interface QueueFilters {
  mine: boolean
  status: string
  party?: string
  category?: string
  severity?: string
  businessUnit?: string
  q?: string
  sort: string
  dir: 'asc' | 'desc'
  page: number
  size: number
}

export const DEFAULT_FILTERS: QueueFilters = { mine: true, status: 'OPEN', sort: 'lastSeen', dir: 'desc', page: 0, size: 25 }

const TEXT_KEYS = ['status', 'party', 'category', 'severity', 'businessUnit', 'q', 'sort'] as const

/** Reads the filters from a query string; unknown or bad values fall back to the defaults. */
export function parseFilters(search: string): QueueFilters {
  const p = new URLSearchParams(search)
  const f: QueueFilters = { ...DEFAULT_FILTERS }
  for (const k of TEXT_KEYS) {
    const v = p.get(k)
    if (v && v.trim()) {
      ;(f as unknown as Record<string, string>)[k] = v.trim()
    }
  }
  if (p.get('mine') === 'false') f.mine = false
  if (p.get('dir') === 'asc') f.dir = 'asc'
  const page = Number(p.get('page'))
  if (Number.isInteger(page) && page > 0) f.page = page
  const size = Number(p.get('size'))
  if (Number.isInteger(size) && size >= 1 && size <= 500) f.size = size
  return f
}

/** The query string for the API and for the page URL: only what differs from "everything open, mine". */
export function buildQuery(f: QueueFilters): string {
  const p = new URLSearchParams()
  for (const k of TEXT_KEYS) {
    const v = f[k]
    if (v !== undefined && v !== '' && v !== DEFAULT_FILTERS[k as keyof QueueFilters]) p.set(k, String(v))
  }
  // a party filter replaces "mine"; otherwise say which of the two the user chose
  if (!f.party || !f.mine) p.set('mine', String(f.mine))
  if (f.dir !== DEFAULT_FILTERS.dir) p.set('dir', f.dir)
  if (f.page > 0) p.set('page', String(f.page))
  if (f.size !== DEFAULT_FILTERS.size) p.set('size', String(f.size))
  const s = p.toString()
  return s ? '?' + s : ''
}

/** A new filter value sends the user back to the first page; sorting the same column again flips the order. */
export function withFilter(f: QueueFilters, change: Partial<QueueFilters>): QueueFilters {
  return { ...f, ...change, page: change.page ?? 0 }
}

export function withSort(f: QueueFilters, column: string): QueueFilters {
  const dir = f.sort === column ? (f.dir === 'asc' ? 'desc' : 'asc') : column === 'what' || column === 'entity' ? 'asc' : 'desc'
  return { ...f, sort: column, dir, page: 0 }
}

/** The chips shown above the table, one per active filter, each removable. */
export function activeChips(f: QueueFilters): { key: keyof QueueFilters; label: string }[] {
  const chips: { key: keyof QueueFilters; label: string }[] = []
  if (f.status !== 'OPEN') chips.push({ key: 'status', label: `Status: ${f.status.toLowerCase()}` })
  if (f.party) chips.push({ key: 'party', label: `Party: ${f.party}` })
  if (f.category) chips.push({ key: 'category', label: `Category: ${f.category}` })
  if (f.severity) chips.push({ key: 'severity', label: `Severity: ${f.severity.toLowerCase()}` })
  if (f.businessUnit) chips.push({ key: 'businessUnit', label: `Business unit: ${f.businessUnit}` })
  if (f.q) chips.push({ key: 'q', label: `Search: ${f.q}` })
  return chips
}
