import type { FileRows } from '../api/types'

/** The line above a drop file's row issues: how many there are, how many are open, and whether all are listed. */
export function fileRowsHeadline(rows: FileRows): string {
  if (rows.total === 0) return 'No row issues: the file was not read row by row.'
  const noun = rows.total === 1 ? 'row issue' : 'row issues'
  const open = rows.open === 0 ? 'none still open' : `${rows.open} still open`
  const listed = rows.items.length < rows.total ? `; the first ${rows.items.length} are listed` : ''
  return `${rows.total} ${noun} from this file, ${open}${listed}.`
}
