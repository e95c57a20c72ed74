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
  const resubmit = async (id: number, name: string) => {
    // The reason goes to the file's issue history with the operator's name; the monitor refuses a resubmit without one.
    const reason = window.prompt(`Why resubmit ${name}? (recorded on its issue)`)
    if (!reason) {
      return
    }
    try {
      await api.resubmit(id, reason, false)
      setMessage(`${name} resubmitted: it is validated again like any new file`)
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
        <Thead><Tr><Th>Interface</Th><Th>File</Th><Th>Why</Th><Th>Status</Th><Th>Received</Th><Th>Issue</Th>{canResubmit && <Th screenReaderText='Actions' />}</Tr></Thead>
        <Tbody>
          {(data ?? []).map(({ file, issue, report }) => (
            <Tr key={file.id}>
              <Td>{file.iface}</Td>
              <Td>{file.fileName}</Td>
              <Td title={report ?? undefined}>{file.reasonText}</Td>
              <Td>{file.status}</Td>
              <Td>{builderTime(file.rejectedAt, me.timeZone)}</Td>
              <Td>{issue ? <Link to={`${PLUGIN_PATH}/${issue.id}`}>{issue.summary}</Link> : ''}</Td>
              {canResubmit && <Td><Button variant='link' isInline onClick={() => resubmit(file.id, file.fileName)}>Resubmit</Button></Td>}
            </Tr>
          ))}
          {data && data.length === 0 && <Tr><Td colSpan={7}>No quarantined files.</Td></Tr>}
        </Tbody>
      </Table>
    </>
  )
}
