import React from 'react'
import { Alert, Card, CardBody, CardTitle, List, ListItem } from '@patternfly/react-core'
import { Link } from 'react-router-dom'
import { PLUGIN_PATH } from '../api/paths'
import type { FileRows, SourceFile } from '../api/types'
import { SeverityLabel } from '../shared/Badges'
import { fileRowsHeadline } from './fileRows'

/** On a row issue of a drop file: the file it came from, linking that file's own issue. */
export const SourceFileLink: React.FunctionComponent<{ file: SourceFile }> = ({ file }) => (
  <Alert variant='info' isInline className='pf-v5-u-mt-md' id='ii-source-file'
    title={<>From drop file {file.fileName}{file.issue
      ? <>: <Link to={`${PLUGIN_PATH}/${file.issue.id}`}>{file.issue.summary}</Link> ({file.issue.status.toLowerCase()})</>
      : ''}</>} />
)

/** On a drop file's own issue: its row issues, open first, each linking its page. */
export const FileRowsCard: React.FunctionComponent<{ rows: FileRows }> = ({ rows }) => (
  <Card isFlat><CardTitle>Row issues of this file</CardTitle><CardBody>
    <p id='ii-file-rows-headline'>{fileRowsHeadline(rows)}</p>
    <List id='ii-file-rows' data-count={rows.items.length}>
      {rows.items.map((r) => (
        <ListItem key={r.id} className='ii-file-row'>
          <SeverityLabel severity={r.severity} /> <Link to={`${PLUGIN_PATH}/${r.id}`}>{r.summary}</Link> ({r.status.toLowerCase()})
        </ListItem>
      ))}
    </List>
  </CardBody></Card>
)
