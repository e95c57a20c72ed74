import { describe, expect, it } from 'vitest'
import { age, builderTime, entityLabel, peopleTold, statusWords, transitionWords } from '../src/shared/format'
import { apiBase } from '../src/api/paths'

describe('plain words for the queue', () => {
  const now = new Date('2026-11-25T00:00:00Z')

  it('says how old an issue is in minutes, hours or days', () => {
    expect(age('2026-11-24T23:55:00Z', now)).toBe('5 min')
    expect(age('2026-11-24T19:00:00Z', now)).toBe('5 h')
    expect(age('2026-11-20T00:00:00Z', now)).toBe('5 d')
    expect(age('2026-11-26T00:00:00Z', now)).toBe('just now')
  })

  it('shows times in the builder zone, not the browser zone', () => {
    // 23:30 UTC is 10:30 the next morning in Sydney in summer (AEDT, +11)
    expect(builderTime('2026-11-24T23:30:00Z', 'Australia/Sydney')).toMatch(/Wed.*25 Nov 2026.*10:30/)
    expect(builderTime('2026-11-24T23:30:00Z', 'Australia/Perth')).toMatch(/25 Nov 2026.*7:30/)
  })

  it('names the entity by name and number', () => {
    expect(entityLabel({ entityType: 'supplier', entityKey: 'CONC03', context: { supplierName: 'Westway Concreting' } }))
      .toBe('Supplier Westway Concreting (CONC03)')
    expect(entityLabel({ entityType: 'purchaseOrder', entityKey: '24017/013', context: {} })).toBe('PO 24017/013')
  })

  it('lists each person told once', () => {
    const t = { transition: 'NEW', why: 'rule', queuedAt: '', email: 'SENT' }
    expect(peopleTold([{ ...t, recipient: 'Anna' }, { ...t, recipient: 'Sam' }, { ...t, recipient: 'Anna' }])).toBe('Anna, Sam')
  })

  it('says who acknowledged and what a hand-off is', () => {
    expect(statusWords({ status: 'ACKNOWLEDGED', acknowledgedBy: 'anna' }, 'UTC')).toBe('Acknowledged by anna')
    expect(transitionWords('HANDED_OFF')).toBe('handed over')
  })

  it('calls the API bridge under the console context path', () => {
    expect(apiBase('http://127.0.0.1:8090/hawtio/')).toBe('/hawtio/integration-api')
    expect(apiBase('http://host/console')).toBe('/console/integration-api')
  })
})
