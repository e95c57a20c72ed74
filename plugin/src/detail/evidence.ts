/**
 * Evidence as labelled fields. Detectors store the row that shows the problem as "column=value" lines (ClickHome
 * column names such as PONumber or SupplierCode); people read "Purchase order number", and times in the builder's zone.
 */
import { builderTime } from '../shared/format'

const NAMES: Record<string, string> = {
  ponumber: 'Purchase order number',
  po_number: 'Purchase order number',
  ordernumber: 'Order number',
  suppliercode: 'Supplier code',
  supplier_code: 'Supplier code',
  suppliername: 'Supplier name',
  contractno: 'Job (contract) number',
  contract_no: 'Job (contract) number',
  jobno: 'Job number',
  businessunit: 'Business unit',
  email: 'Email address',
  emailaddress: 'Email address',
  fax: 'Fax number',
  faxno: 'Fax number',
  abn: 'ABN',
  status: 'Status',
  statuscode: 'Status code',
  errorcode: 'Error code',
  errormessage: 'Error message',
  messageid: 'Message id',
  deviceid: 'Device id',
  lastsync: 'Last sync',
  createddate: 'Created',
  modifieddate: 'Last changed',
  sentdate: 'Sent',
  file: 'File',
  line: 'Line',
  intpoheader: 'Interface PO header id',
  poversion: 'PO version',
  attemptcount: 'Load attempts',
  received: 'Received',
  totalincgst: 'Total inc GST',
}

/** ClickHome's column prefixes for the type: sg string, in integer, dc decimal, dt date, id/fkid keys, bl/bit flags. */
const TYPE_PREFIX = /^(sg|in|dc|dt|fkid|id|fk|bl|bit)(?=[A-Z])/

/**
 * "sgPONumber" -> "Purchase order number"; other names lose the type prefix and are split into words, acronyms
 * kept ("dcTotalIncGST" -> "Total inc GST").
 */
export function humanName(column: string): string {
  const bare = column.replace(/^[a-z]+\./i, '').replace(TYPE_PREFIX, '')
  const key = bare.toLowerCase()
  if (NAMES[key]) return NAMES[key]
  const words = bare
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim()
    .split(/\s+/)
    .map((w) => (w.length > 1 && w === w.toUpperCase() ? w : w.toLowerCase()))
    .join(' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/

/** A value shown as is, except an instant with a zone (UTC "Z" or an offset), which is shown in the builder's zone. */
export function humanValue(value: string, timeZone: string): string {
  const v = value.trim()
  return ISO_TIME.test(v) ? builderTime(v.replace(' ', 'T'), timeZone) : v
}

export interface Field {
  label: string
  value: string
}

/** Evidence text to fields: "k=v" lines become fields; any other line is kept whole under "Evidence". */
export function evidenceFields(evidence: string | undefined, timeZone: string): Field[] {
  if (!evidence) return []
  return evidence
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const eq = line.indexOf('=')
      if (eq > 0 && /^[A-Za-z_][A-Za-z0-9_.]*$/.test(line.slice(0, eq).trim())) {
        return { label: humanName(line.slice(0, eq).trim()), value: humanValue(line.slice(eq + 1), timeZone) }
      }
      return { label: 'Evidence', value: line.trim() }
    })
}
