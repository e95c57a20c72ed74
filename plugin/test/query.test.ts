import { describe, expect, it } from 'vitest'
import { activeChips, buildQuery, DEFAULT_FILTERS, parseFilters, withFilter, withSort } from '../src/api/query'

describe('work queue filters in the URL', () => {
  it('opens on "mine", open issues, newest first', () => {
    expect(parseFilters('')).toEqual(DEFAULT_FILTERS)
    expect(buildQuery(DEFAULT_FILTERS)).toBe('?mine=true')
  })

  it('keeps every filter through a round trip, so a refresh shows the same queue', () => {
    const f = { ...DEFAULT_FILTERS, mine: false, status: 'SNOOZED', party: 'accounts-staff', category: 'po-integration',
      severity: 'ERROR', businessUnit: 'QLD Housing', q: '24017/013', sort: 'age', dir: 'asc' as const, page: 3, size: 50 }
    expect(parseFilters(buildQuery(f).slice(1))).toEqual(f)
  })

  it('a party filter replaces mine/all in the query', () => {
    expect(buildQuery({ ...DEFAULT_FILTERS, party: 'client-it' })).toBe('?party=client-it')
  })

  it('ignores a bad page or size instead of sending it', () => {
    const f = parseFilters('page=-2&size=100000')
    expect(f.page).toBe(0)
    expect(f.size).toBe(25)
  })

  it('a changed filter goes back to the first page', () => {
    expect(withFilter({ ...DEFAULT_FILTERS, page: 4 }, { q: 'CONC03' }).page).toBe(0)
  })

  it('sorting the same column twice flips the order; text columns start A-Z', () => {
    const bySeverity = withSort(DEFAULT_FILTERS, 'severity')
    expect([bySeverity.sort, bySeverity.dir]).toEqual(['severity', 'desc'])
    expect(withSort(bySeverity, 'severity').dir).toBe('asc')
    expect(withSort(DEFAULT_FILTERS, 'what').dir).toBe('asc')
  })

  it('shows one removable chip per active filter', () => {
    const chips = activeChips({ ...DEFAULT_FILTERS, party: 'accounts-qld', q: 'CONC03' }).map((c) => c.label)
    expect(chips).toEqual(['Party: accounts-qld', 'Search: CONC03'])
  })
})
