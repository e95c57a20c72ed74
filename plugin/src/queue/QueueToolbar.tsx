import React, { useState } from 'react'
import {
  Button,
  FormSelect,
  FormSelectOption,
  Label,
  LabelGroup,
  SearchInput,
  TextInput,
  ToggleGroup,
  ToggleGroupItem,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core'
import { activeChips, QueueFilters, withFilter } from '../api/query'

interface Props {
  filters: QueueFilters
  counts: Record<string, number>
  parties: string[]
  myParties: string[]
  onChange: (f: QueueFilters) => void
  onRefresh: () => void
}

const STATUSES = ['OPEN', 'NEW', 'ACKNOWLEDGED', 'SNOOZED', 'RESOLVED', 'ALL']
const SEVERITIES = ['CRITICAL', 'ERROR', 'WARNING', 'INFO']

/** Mine/all, the filters, the search box, the active filters as removable chips and the category counts. */
export const QueueToolbar: React.FunctionComponent<Props> = ({ filters: f, counts, parties, myParties, onChange, onRefresh }) => {
  const [text, setText] = useState(f.q ?? '')
  const [bu, setBu] = useState(f.businessUnit ?? '')
  const set = (change: Partial<QueueFilters>) => onChange(withFilter(f, change))
  return (
    <>
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <ToggleGroup aria-label='Whose issues'>
              <ToggleGroupItem
                text={myParties.length ? 'Mine' : 'Mine (no parties set)'}
                buttonId='ii-mine'
                isSelected={f.mine && !f.party}
                onChange={() => set({ mine: true, party: undefined })}
              />
              <ToggleGroupItem text='All' buttonId='ii-all' isSelected={!f.mine && !f.party} onChange={() => set({ mine: false, party: undefined })} />
            </ToggleGroup>
          </ToolbarItem>
          <ToolbarItem>
            <FormSelect id='ii-status' aria-label='Status' value={f.status} onChange={(_, v) => set({ status: v })}>
              {STATUSES.map((s) => (
                <FormSelectOption key={s} value={s} label={s === 'OPEN' ? 'Open (not resolved)' : s.charAt(0) + s.slice(1).toLowerCase()} />
              ))}
            </FormSelect>
          </ToolbarItem>
          <ToolbarItem>
            <FormSelect id='ii-party' aria-label='Party' value={f.party ?? ''} onChange={(_, v) => set({ party: v || undefined })}>
              <FormSelectOption value='' label='Any party' />
              {parties.map((p) => (
                <FormSelectOption key={p} value={p} label={p} />
              ))}
            </FormSelect>
          </ToolbarItem>
          <ToolbarItem>
            <FormSelect id='ii-severity' aria-label='Severity' value={f.severity ?? ''} onChange={(_, v) => set({ severity: v || undefined })}>
              <FormSelectOption value='' label='Any severity' />
              {SEVERITIES.map((s) => (
                <FormSelectOption key={s} value={s} label={s.charAt(0) + s.slice(1).toLowerCase()} />
              ))}
            </FormSelect>
          </ToolbarItem>
          <ToolbarItem>
            <TextInput
              id='ii-bu'
              aria-label='Business unit'
              placeholder='Business unit'
              value={bu}
              onChange={(_, v) => setBu(v)}
              onKeyDown={(e) => e.key === 'Enter' && set({ businessUnit: bu.trim() || undefined })}
              onBlur={() => bu.trim() !== (f.businessUnit ?? '') && set({ businessUnit: bu.trim() || undefined })}
            />
          </ToolbarItem>
          <ToolbarItem>
            <SearchInput
              id='ii-search'
              aria-label='Search'
              placeholder='PO number, supplier code or words'
              value={text}
              onChange={(_, v) => setText(v)}
              onSearch={(_, v) => set({ q: v.trim() || undefined })}
              onClear={() => (setText(''), set({ q: undefined }))}
            />
          </ToolbarItem>
          <ToolbarItem>
            <Button variant='secondary' id='ii-refresh' onClick={onRefresh}>
              Refresh
            </Button>
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      <LabelGroup categoryName='Filters' numLabels={8}>
        {activeChips(f).map((c) => (
          <Label key={c.key} onClose={() => set({ [c.key]: c.key === 'status' ? 'OPEN' : undefined })}>
            {c.label}
          </Label>
        ))}
      </LabelGroup>{' '}
      <LabelGroup categoryName='Categories' numLabels={12} id='ii-counts'>
        {Object.entries(counts).map(([category, n]) => (
          <Label
            key={category}
            color={f.category === category ? 'blue' : 'grey'}
            onClick={() => set({ category: f.category === category ? undefined : category })}
          >
            {category} {n}
          </Label>
        ))}
      </LabelGroup>
    </>
  )
}
