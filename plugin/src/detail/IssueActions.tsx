import React, { useState } from 'react'
import { Alert, Button, Card, CardBody, CardTitle, Flex, FlexItem, FormSelect, FormSelectOption, TextArea } from '@patternfly/react-core'
import { api, ApiError } from '../api/client'
import type { IssueDetail } from '../api/types'

const SNOOZE_HOURS = [1, 4, 24, 72, 168]

/** Acknowledge, snooze, resolve, reopen and "not mine": shown to admins only (the server refuses viewers anyway). */
export const IssueActions: React.FunctionComponent<{ detail: IssueDetail; onDone: () => void }> = ({ detail, onDone }) => {
  const id = detail.issue.id
  const resolved = detail.issue.status === 'RESOLVED'
  const [note, setNote] = useState('')
  const [hours, setHours] = useState(24)
  const [party, setParty] = useState('')
  const [error, setError] = useState<string>()
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action()
      setNote('')
      setError(undefined)
      onDone()
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e))
    }
  }
  return (
    <Card isFlat id='ii-actions'>
      <CardTitle>Actions</CardTitle>
      <CardBody>
        {error && <Alert variant='danger' isInline title={error} />}
        <TextArea id='ii-note' aria-label='Note or reason' placeholder='Note or reason (kept in the history)' value={note} onChange={(_, v) => setNote(v)} />
        <Flex className='pf-v5-u-mt-sm'>
          {!resolved && (
            <>
              <FlexItem><Button id='ii-ack' isDisabled={detail.issue.status === 'ACKNOWLEDGED'} onClick={() => run(() => api.acknowledge(id, note))}>Acknowledge</Button></FlexItem>
              <FlexItem><Button id='ii-resolve' variant='secondary' onClick={() => run(() => api.resolve(id, note))}>Resolve</Button></FlexItem>
              <FlexItem>
                <FormSelect id='ii-snooze-hours' aria-label='Snooze for' value={String(hours)} onChange={(_, v) => setHours(Number(v))}>
                  {SNOOZE_HOURS.map((h) => <FormSelectOption key={h} value={String(h)} label={h < 24 ? `${h} h` : `${h / 24} d`} />)}
                </FormSelect>
              </FlexItem>
              <FlexItem><Button id='ii-snooze' variant='secondary' isDisabled={!note.trim()} onClick={() => run(() => api.snooze(id, hours, note))}>Snooze</Button></FlexItem>
            </>
          )}
          {resolved && <FlexItem><Button id='ii-reopen' onClick={() => run(() => api.reopen(id, note))}>Reopen</Button></FlexItem>}
        </Flex>
        {!resolved && (
          <Flex className='pf-v5-u-mt-md'>
            <FlexItem>Not mine — hand to</FlexItem>
            <FlexItem>
              <FormSelect id='ii-handoff-party' aria-label='Hand to party' value={party} onChange={(_, v) => setParty(v)}>
                <FormSelectOption value='' label='Choose a party' />
                {detail.allParties.filter((p) => !detail.parties.includes(p)).map((p) => <FormSelectOption key={p} value={p} label={p} />)}
              </FormSelect>
            </FlexItem>
            <FlexItem><Button id='ii-handoff' variant='secondary' isDisabled={!party || !note.trim()} onClick={() => run(() => api.handOff(id, party, note))}>Hand over</Button></FlexItem>
          </Flex>
        )}
      </CardBody>
    </Card>
  )
}

