import React, { useState } from 'react'
import { Alert, Button, FormSelect, FormSelectOption, Toolbar, ToolbarContent, ToolbarItem } from '@patternfly/react-core'
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table'
import { api } from '../api/client'
import { useMe } from '../shared/me'
import { useAsync } from '../shared/useAsync'
import { builderTime } from '../shared/format'

/** Emails waiting or failed (the default) or sent; an admin can send a failed one again. */
export const OutboxView: React.FunctionComponent = () => {
  const me = useMe()
  const [status, setStatus] = useState('FAILED')
  const { data, error, reload } = useAsync(() => api.outbox(status || undefined), status)
  const [message, setMessage] = useState<string>()
  const retry = async (id: number) => {
    await api.retryOutbox(id)
    setMessage(`Email ${id} queued to be sent again`)
    reload()
  }
  return (
    <>
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <FormSelect id='ii-outbox-status' aria-label='Email status' value={status} onChange={(_, v) => setStatus(v)}>
              <FormSelectOption value='FAILED' label='Failed' />
              <FormSelectOption value='PENDING' label='Pending' />
              <FormSelectOption value='SENT' label='Sent' />
              <FormSelectOption value='' label='All' />
            </FormSelect>
          </ToolbarItem>
          <ToolbarItem><Button variant='secondary' onClick={reload}>Refresh</Button></ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      {error && <Alert variant='danger' isInline title={error} />}
      {message && <Alert variant='info' isInline title={message} />}
      <Table aria-label='Outbox' variant='compact' data-testid='outbox-table'>
        <Thead><Tr><Th>Kind</Th><Th>To</Th><Th>Subject</Th><Th>Status</Th><Th>Attempts</Th><Th>Next try</Th><Th>Last error</Th><Th>Written</Th>{me.canAct && <Th screenReaderText='Actions' />}</Tr></Thead>
        <Tbody>
          {(data ?? []).map((r) => (
            <Tr key={r.id}>
              <Td>{r.kind}</Td>
              <Td>{r.recipient_email}</Td>
              <Td>{r.subject}</Td>
              <Td>{r.status}</Td>
              <Td>{r.attempts}</Td>
              <Td>{r.status === 'SENT' ? '' : builderTime(r.next_attempt_at, me.timeZone)}</Td>
              <Td>{r.last_error ?? ''}</Td>
              <Td>{builderTime(r.created_at, me.timeZone)}</Td>
              {me.canAct && <Td>{r.status === 'FAILED' && <Button variant='link' isInline onClick={() => retry(r.id)}>Retry</Button>}</Td>}
            </Tr>
          ))}
          {data && data.length === 0 && <Tr><Td colSpan={9}>No emails with this status.</Td></Tr>}
        </Tbody>
      </Table>
    </>
  )
}
