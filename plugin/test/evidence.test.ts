import { describe, expect, it } from 'vitest'
import { evidenceFields, humanName } from '../src/detail/evidence'

describe('evidence as labelled fields', () => {
  it('gives ClickHome columns human names', () => {
    expect(humanName('PONumber')).toBe('Purchase order number')
    expect(humanName('SupplierCode')).toBe('Supplier code')
    expect(humanName('CostCentreCode')).toBe('Cost centre code')
    expect(humanName('sgPONumber')).toBe('Purchase order number')
    expect(humanName('sgContractNo')).toBe('Job (contract) number')
    expect(humanName('dcTotalIncGST')).toBe('Total inc GST')
    expect(humanName('sgOrderType')).toBe('Order type')
    expect(humanName('idIntPOHeader')).toBe('Interface PO header id')
    expect(humanName('s.contract_no')).toBe('Job (contract) number')
  })

  it('turns column=value lines into fields and shows instants in the builder zone', () => {
    const f = evidenceFields('PONumber=24017/013\nSentDate=2026-11-24T23:30:00Z\nnote without a column', 'Australia/Sydney')
    expect(f[0]).toEqual({ label: 'Purchase order number', value: '24017/013' })
    expect(f[1].label).toBe('Sent')
    expect(f[1].value).toMatch(/25 Nov 2026.*10:30/)
    expect(f[2]).toEqual({ label: 'Evidence', value: 'note without a column' })
  })

  it('keeps a local time without a zone as written (the builder already reads it so)', () => {
    expect(evidenceFields('ModifiedDate=2026-11-24 10:30:00', 'Australia/Sydney')[0].value).toBe('2026-11-24 10:30:00')
  })
})
