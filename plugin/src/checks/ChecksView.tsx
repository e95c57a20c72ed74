import React, { useState } from 'react'
import { Alert, Button } from '@patternfly/react-core'
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table'
import { api } from '../api/client'
import { useMe } from '../shared/me'
import { useAsync } from '../shared/useAsync'
import { builderTime } from '../shared/format'

interface Check {
  id: string
  lastRun?: string
  lastDurationMs: number
  lastRows: number
  lastError?: string
  nextRun?: string
}

/** Each ClickHome check: when it last ran, how long it took, rows it found, its error; an admin can run one now. */
export const ChecksView: React.FunctionComponent = () => {
  const me = useMe()
  const { data, error, reload } = useAsync(() => api.checks() as unknown as Promise<Check[]>, 'checks')
  const [message, setMessage] = useState<string>()
  const run = async (id: string) => {
    await api.runCheck(id)
    setMessage(`Check ${id} will run within a few seconds`)
    reload()
  }
  return (
    <>
      {error && <Alert variant='danger' isInline title={error} />}
      {message && <Alert variant='info' isInline title={message} />}
      <Button variant='secondary' onClick={reload} className='pf-v5-u-mb-sm'>Refresh</Button>
      <Table aria-label='Checks' variant='compact' data-testid='checks-table'>
        <Thead><Tr><Th>Check</Th><Th>Last run</Th><Th>Took</Th><Th>Rows found</Th><Th>Error</Th><Th>Next run</Th>{me.canAct && <Th screenReaderText='Actions' />}</Tr></Thead>
        <Tbody>
          {(data ?? []).map((c) => (
            <Tr key={c.id}>
              <Td>{c.id}</Td>
              <Td>{c.lastRun ? builderTime(c.lastRun, me.timeZone) : 'not yet'}</Td>
              <Td>{c.lastRun ? `${c.lastDurationMs} ms` : ''}</Td>
              <Td>{c.lastRun ? c.lastRows : ''}</Td>
              <Td>{c.lastError ?? ''}</Td>
              <Td>{builderTime(c.nextRun, me.timeZone)}</Td>
              {me.canAct && <Td><Button variant='link' isInline onClick={() => run(c.id)}>Run now</Button></Td>}
            </Tr>
          ))}
        </Tbody>
      </Table>
    </>
  )
}
