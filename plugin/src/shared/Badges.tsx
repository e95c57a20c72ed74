import React from 'react'
import { Label } from '@patternfly/react-core'
import { severityColor, statusWords } from './format'
import type { Issue } from '../api/types'

export const SeverityLabel: React.FunctionComponent<{ severity: string }> = ({ severity }) => (
  <Label color={severityColor(severity)} isCompact>
    {severity.charAt(0) + severity.slice(1).toLowerCase()}
  </Label>
)

export const StatusText: React.FunctionComponent<{ issue: Issue; timeZone: string }> = ({ issue, timeZone }) => (
  <span data-testid='issue-status' data-status={issue.status}>
    {statusWords(issue, timeZone)}
  </span>
)
