import { describe, expect, it } from 'vitest'
import { fileRowsHeadline } from '../src/detail/fileRows'
import type { IssueRef } from '../src/api/types'

const row = (id: number): IssueRef => ({ id, code: 'PO_GST_MISMATCH', summary: `row ${id}`, severity: 'ERROR', status: 'NEW' })

describe('the row issues of a drop file', () => {
  it('says how many there are and how many are still open', () => {
    expect(fileRowsHeadline({ total: 2, open: 1, items: [row(1), row(2)] })).toBe('2 row issues from this file, 1 still open.')
    expect(fileRowsHeadline({ total: 1, open: 0, items: [row(1)] })).toBe('1 row issue from this file, none still open.')
  })

  it('says when only the first ones are listed', () => {
    expect(fileRowsHeadline({ total: 250, open: 250, items: Array.from({ length: 200 }, (_, i) => row(i)) }))
      .toBe('250 row issues from this file, 250 still open; the first 200 are listed.')
  })

  it('says a refused file was never read row by row', () => {
    expect(fileRowsHeadline({ total: 0, open: 0, items: [] })).toBe('No row issues: the file was not read row by row.')
  })
})
