import React, { useState } from 'react'
import { Alert, Button } from '@patternfly/react-core'
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table'
import { Link } from 'react-router-dom'
import { api } from '../api/client'
import { PLUGIN_PATH } from '../api/paths'
import { offers, useMe } from '../shared/me'
import { useAsync } from '../shared/useAsync'
import { builderTime } from '../shared/format'

const RESUBMIT = 'POST /files/{id}/resubmit'

/**
 * Drop files the monitor quarantined, with the issue that reports why. Resubmit shows only where the monitor's API
 * offers it (it belongs to the drop-file work) and only to admins.
 */
export const FilesView: React.FunctionComponent = () => {
  const me = useMe()
  const { data, error, reload } = useAsync(() => api.quarantined(), 'files')
  const [message, setMessage] = useState<string>()
  const canResubmit = me.canAct && offers(me, RESUBMIT)
  const resubmit = async (id: string) => {
    try {
      await api.resubmit(id)
      setMessage(`File resubmitted`)
    } catch (e) {
      setMessage(String((e as Error).message))
    }
    reload()
  }
  return (
    <>
      {error && <Alert variant='danger' isInline title={error} />}
      {message && <Alert variant='info' isInline title={message} />}
      <Table aria-label='Quarantined files' variant='compact' data-testid='files-table'>
        <Thead><Tr><Th>Interface</Th><Th>File</Th><Th>Rows</Th><Th>Bad rows</Th><Th>Received</Th><Th>Report</Th>{canResubmit && <Th screenReaderText='Actions' />}</Tr></Thead>
        <Tbody>
          {(data ?? []).map((f) => (
            <Tr key={String(f.id)}>
              <Td>{String(f.interface ?? '')}</Td>
              <Td>{String(f.fileName ?? '')}</Td>
              <Td>{String(f.rowsTotal ?? '')}</Td>
              <Td>{String(f.rowsBad ?? '')}</Td>
              <Td>{builderTime(f.firstSeen as string, me.timeZone)}</Td>
              <Td>{f.issueId ? <Link to={`${PLUGIN_PATH}/${f.issueId}`}>{String(f.report ?? 'report')}</Link> : String(f.report ?? '')}</Td>
              {canResubmit && <Td><Button variant='link' isInline onClick={() => resubmit(String(f.id))}>Resubmit</Button></Td>}
            </Tr>
          ))}
          {data && data.length === 0 && <Tr><Td colSpan={7}>No quarantined files.</Td></Tr>}
        </Tbody>
      </Table>
    </>
  )
}
