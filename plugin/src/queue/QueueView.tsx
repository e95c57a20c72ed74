import React, { useState } from 'react'
import { Alert, Button, Pagination, TextInput, Toolbar, ToolbarContent, ToolbarItem } from '@patternfly/react-core'
import { Table, Tbody, Td, Th, Thead, ThProps, Tr } from '@patternfly/react-table'
import { Link, useSearchParams } from 'react-router-dom'
import { api } from '../api/client'
import { PLUGIN_PATH } from '../api/paths'
import { buildQuery, parseFilters, QueueFilters, withSort } from '../api/query'
import { useMe } from '../shared/me'
import { useAsync } from '../shared/useAsync'
import { age, builderTime, entityLabel, peopleTold } from '../shared/format'
import { SeverityLabel, StatusText } from '../shared/Badges'
import { QueueToolbar } from './QueueToolbar'

const COLUMNS: { key: string; title: string; sortable: boolean }[] = [
  { key: 'severity', title: 'Severity', sortable: true },
  { key: 'what', title: 'What', sortable: true },
  { key: 'entity', title: 'Entity', sortable: true },
  { key: 'businessUnit', title: 'Business unit', sortable: false },
  { key: 'party', title: 'Party and people told', sortable: false },
  { key: 'status', title: 'Status', sortable: true },
  { key: 'age', title: 'Age', sortable: true },
  { key: 'occurrences', title: 'Seen', sortable: true },
  { key: 'lastSeen', title: 'Last seen', sortable: true },
]

/** The work queue: the issues of the signed-in user's parties (or all), filtered, searched, sorted and paged by the server. */
export const QueueView: React.FunctionComponent = () => {
  const me = useMe()
  const [params, setParams] = useSearchParams()
  const filters = parseFilters(params.toString())
  const { data, error, loading, reload } = useAsync(() => api.queue(filters), buildQuery(filters))
  const [selected, setSelected] = useState<number[]>([])
  const [note, setNote] = useState('')
  const [message, setMessage] = useState<string>()
  const show = (f: QueueFilters) => (setSelected([]), setParams(new URLSearchParams(buildQuery(f).slice(1))))
  const sortBy = (index: number): ThProps['sort'] => ({
    sortBy: { index: COLUMNS.findIndex((c) => c.key === filters.sort), direction: filters.dir },
    onSort: () => show(withSort(filters, COLUMNS[index].key)),
    columnIndex: index,
  })
  const bulk = async (action: 'acknowledge' | 'snooze') => {
    const r = await api.bulk(action, selected, note || (action === 'snooze' ? 'snoozed from the work queue' : ''), action === 'snooze' ? 24 : undefined)
    const failed = r.results.filter((x) => !x.ok)
    setMessage(`${r.results.length - failed.length} issue(s) ${action === 'snooze' ? 'snoozed for 24 h' : 'acknowledged'}` +
      (failed.length ? `; not changed: ${failed.map((x) => `${x.id} (${x.error})`).join(', ')}` : ''))
    setSelected([])
    reload()
  }
  const rows = data?.items ?? []
  return (
    <>
      <QueueToolbar filters={filters} counts={data?.counts ?? {}} parties={data?.allParties ?? []} myParties={me.parties} onChange={show} onRefresh={reload} />
      {error && <Alert variant='danger' isInline title={error} />}
      {message && <Alert variant='info' isInline title={message} />}
      {me.canAct && (
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <TextInput id='ii-bulk-note' aria-label='Note for the selected issues' placeholder='Note for the selected issues' value={note} onChange={(_, v) => setNote(v)} />
            </ToolbarItem>
            <ToolbarItem>
              <Button id='ii-bulk-ack' isDisabled={!selected.length} onClick={() => bulk('acknowledge')}>Acknowledge selected</Button>
            </ToolbarItem>
            <ToolbarItem>
              <Button id='ii-bulk-snooze' variant='secondary' isDisabled={!selected.length} onClick={() => bulk('snooze')}>Snooze selected 24 h</Button>
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
      )}
      <Table aria-label='Integration issues' variant='compact' data-testid='queue-table' data-loading={loading}>
        <Thead>
          <Tr>
            {me.canAct && <Th screenReaderText='Select' />}
            {COLUMNS.map((c, i) => (
              <Th key={c.key} sort={c.sortable ? sortBy(i) : undefined}>{c.title}</Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {rows.map((r, rowIndex) => (
            <Tr key={r.issue.id} data-issue-id={r.issue.id}>
              {me.canAct && (
                <Td select={{ rowIndex, isSelected: selected.includes(r.issue.id),
                  onSelect: (_, on) => setSelected((s) => (on ? [...s, r.issue.id] : s.filter((x) => x !== r.issue.id))) }} />
              )}
              <Td dataLabel='Severity'><SeverityLabel severity={r.issue.severity} /></Td>
              <Td dataLabel='What'><Link to={`${PLUGIN_PATH}/${r.issue.id}`} className='ii-open-issue'>{r.issue.summary}</Link></Td>
              <Td dataLabel='Entity'>{entityLabel(r.issue)}</Td>
              <Td dataLabel='Business unit'>{r.businessUnit ?? ''}</Td>
              <Td dataLabel='Party and people told'>{r.parties.join(', ')}{r.told.length ? ` — told ${peopleTold(r.told)}` : ''}</Td>
              <Td dataLabel='Status'><StatusText issue={r.issue} timeZone={me.timeZone} /></Td>
              <Td dataLabel='Age'>{age(r.issue.firstSeen)}</Td>
              <Td dataLabel='Seen'>{r.issue.occurrences}×</Td>
              <Td dataLabel='Last seen' modifier='nowrap'>{builderTime(r.issue.lastSeen, me.timeZone)}</Td>
            </Tr>
          ))}
          {!loading && rows.length === 0 && (
            <Tr><Td colSpan={COLUMNS.length + 1}>No issues match these filters.</Td></Tr>
          )}
        </Tbody>
      </Table>
      <Pagination
        itemCount={data?.total ?? 0}
        perPage={filters.size}
        page={filters.page + 1}
        onSetPage={(_, p) => show({ ...filters, page: p - 1 })}
        onPerPageSelect={(_, size) => show({ ...filters, size, page: 0 })}
        id='ii-pagination'
      />
    </>
  )
}
