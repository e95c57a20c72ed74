import React from 'react'
import {
  Alert, Card, CardBody, CardTitle, DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm,
  Grid, GridItem, List, ListItem, Spinner, Title,
} from '@patternfly/react-core'
import { Link, useParams } from 'react-router-dom'
import { api } from '../api/client'
import { PLUGIN_PATH } from '../api/paths'
import { useMe } from '../shared/me'
import { useAsync } from '../shared/useAsync'
import { builderTime, entityLabel, transitionWords } from '../shared/format'
import { SeverityLabel, StatusText } from '../shared/Badges'
import { evidenceFields } from './evidence'
import { IssueActions } from './IssueActions'
import { FileRowsCard, SourceFileLink } from './FileLinks'

const Field: React.FunctionComponent<{ term: string; children: React.ReactNode }> = ({ term, children }) => (
  <DescriptionListGroup>
    <DescriptionListTerm>{term}</DescriptionListTerm>
    <DescriptionListDescription>{children}</DescriptionListDescription>
  </DescriptionListGroup>
)

/** One issue at /integration-issues/<id>: what, evidence, who was told and why, history, related issues, actions. */
export const DetailView: React.FunctionComponent = () => {
  const me = useMe()
  const id = Number(useParams().id)
  const { data: d, error, reload } = useAsync(() => api.issue(id), String(id))
  if (error) return <Alert variant='danger' isInline title={error} />
  if (!d) return <Spinner aria-label='Loading issue' />
  const i = d.issue
  const tz = me.timeZone
  return (
    <Grid hasGutter>
      <GridItem span={12}>
        <Link to={PLUGIN_PATH}>← Work queue</Link>
        <Title headingLevel='h2' id='ii-issue-title'>
          <SeverityLabel severity={i.severity} /> {i.summary}
        </Title>
      </GridItem>
      <GridItem span={me.canAct ? 8 : 12}>
        <Card isFlat>
          <CardBody>
            <DescriptionList isHorizontal isCompact>
              <Field term='Status'><StatusText issue={i} timeZone={tz} />{i.ackNote ? ` — “${i.ackNote}”` : ''}</Field>
              <Field term='Entity'>{entityLabel(i)}</Field>
              <Field term='Business unit'>{d.businessUnit ?? '—'}</Field>
              <Field term='Who must act'>{d.parties.join(', ')}{d.handedTo ? ' (handed over)' : ''}</Field>
              <Field term='Category and code'>{i.category.toLowerCase().replace(/_/g, '-')} · {i.code}</Field>
              <Field term='First seen'>{builderTime(i.firstSeen, tz)}</Field>
              <Field term='Last seen'>{builderTime(i.lastSeen, tz)} ({i.occurrences}×)</Field>
              {i.detail && <Field term='Detail'>{i.detail}</Field>}
            </DescriptionList>
          </CardBody>
        </Card>
        {i.suggestedAction && <Alert variant='info' isInline title='Suggested action' className='pf-v5-u-mt-md'>{i.suggestedAction}</Alert>}
        {d.sourceFile && <SourceFileLink file={d.sourceFile} />}
        {d.parent && (
          <Alert variant='warning' isInline className='pf-v5-u-mt-md'
            title={<>Explained by an open issue: <Link to={`${PLUGIN_PATH}/${d.parent.id}`}>{d.parent.summary}</Link></>} />
        )}
      </GridItem>
      {me.canAct && <GridItem span={4}><IssueActions detail={d} onDone={reload} /></GridItem>}
      <GridItem span={6}>
        <Card isFlat><CardTitle>Evidence</CardTitle><CardBody>
          <DescriptionList isHorizontal isCompact id='ii-evidence'>
            {evidenceFields(i.evidence, tz).map((f, n) => <Field key={n} term={f.label}>{f.value}</Field>)}
          </DescriptionList>
        </CardBody></Card>
      </GridItem>
      <GridItem span={6}>
        <Card isFlat><CardTitle>Who was told</CardTitle><CardBody>
          <List id='ii-told'>
            {d.told.length === 0 && <ListItem>Nobody yet (digest only, or folded under a parent issue).</ListItem>}
            {d.told.map((t, n) => (
              <ListItem key={n}>
                <strong>{t.recipient}</strong>, {builderTime(t.sentAt ?? t.queuedAt, tz)} ({t.email.toLowerCase()}), about “{transitionWords(t.transition)}”, because {t.why}
              </ListItem>
            ))}
          </List>
        </CardBody></Card>
      </GridItem>
      <GridItem span={6}>
        <Card isFlat><CardTitle>History</CardTitle><CardBody>
          <List id='ii-history' data-count={d.history.length}>
            {d.history.map((h, n) => (
              <ListItem key={n} className='ii-history-entry'>
                {builderTime(h.at, tz)}: <strong>{h.actor}</strong> — {transitionWords(h.transition)}{h.reason ? `: ${h.reason}` : ''}
              </ListItem>
            ))}
          </List>
        </CardBody></Card>
      </GridItem>
      {d.fileRows && <GridItem span={12}><FileRowsCard rows={d.fileRows} /></GridItem>}
      <GridItem span={6}>
        <Card isFlat><CardTitle>Related open issues</CardTitle><CardBody>
          <List id='ii-related'>
            {d.related.length === 0 && <ListItem>None.</ListItem>}
            {d.related.map((r) => (
              <ListItem key={r.id}><SeverityLabel severity={r.severity} /> <Link to={`${PLUGIN_PATH}/${r.id}`}>{r.summary}</Link> ({r.why})</ListItem>
            ))}
          </List>
        </CardBody></Card>
      </GridItem>
    </Grid>
  )
}
